/**
 * A routine as slides: its warm-up (the phases, then one slide per warm-up drill), one slide per
 * exercise, a summary, and a "when to stop" slide with the stop rules and the red flags of the
 * conditions it is for.
 */
import type { Library, Routine, RoutineItem, Warmup } from '../model/library.ts';
import { lookup, lookupAll } from '../model/lookup.ts';
import { applyDose } from '../model/schema/dose.ts';
import { doseNumbers } from '../render/dose-words.ts';
import { exerciseSlide, type ExpandContext } from './exercise-slide.ts';
import { routineFacts } from './facts.ts';
import { notesOf, type PhaseView, type Slide } from './slides.ts';

function minutesWords(min: number, max = min): string {
  return min === max ? `${min} ${min === 1 ? 'minute' : 'minutes'}` : `${min} to ${max} minutes`;
}

/** The drills of a warm-up protocol, each with its warm-up dose, as routine items. */
function protocolDrills(library: Library, warmup: Warmup | undefined): RoutineItem[] {
  return (warmup?.phases ?? []).flatMap((phase) =>
    phase.drills.map((drill) => {
      const exercise = lookup(library, 'exercise', drill.exercise);
      const dose = applyDose(exercise.dose, drill.dose);
      const minutes = (exercise.minutes * dose.sets) / exercise.dose.sets;
      return { exercise: drill.exercise, dose, note: drill.note, minutes };
    }),
  );
}

function warmupSlide(library: Library, routine: Routine, warmup: Warmup | undefined): Slide {
  const name = (id: string) => lookup(library, 'exercise', id).name;
  const phases: PhaseView[] = (warmup?.phases ?? []).map((p) => ({
    name: p.name,
    minutes: minutesWords(p.minutes, p.maxMinutes),
    instructions: p.instructions,
    things: [...p.activities, ...p.drills.map((d) => name(d.exercise))],
  }));
  const items = routine.warmUp.items;
  if (items.length > 0)
    phases.push({
      name: 'Warm-up moves',
      minutes: minutesWords(Math.ceil(items.reduce((sum, i) => sum + i.minutes, 0))),
      instructions: 'Do each move in turn.',
      things: items.map((i) => name(i.exercise)),
    });
  return {
    kind: 'warmup',
    title: 'Warm up first',
    summary: warmup?.summary ?? 'Warm muscles move more freely. Start gently.',
    phases,
    notes: notesOf(undefined, [
      {
        heading: 'Phases',
        items: phases.map((p) => `${p.name} (${p.minutes}): ${p.instructions}`),
        ordered: true,
      },
    ]),
  };
}

/**
 * Shown when the routine is not for a named condition, so the "when to stop" slide always says when
 * to get help. General advice that holds for any hip pain.
 */
const generalRedFlags = [
  'The pain lasts more than 2 weeks or keeps coming back.',
  'The pain wakes you at night or is there when you rest.',
  'You cannot put weight on your leg.',
];

/** The same sentence written twice (across exercises) is shown once. */
function unique(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = line.trim().toLowerCase().replace(/\.$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function summarySlide(
  library: Library,
  routine: Routine,
  warmup: Warmup | undefined,
  items: readonly RoutineItem[],
): Slide {
  const units = library.settings.units;
  const first = warmup
    ? [{ name: 'Warm-up', dose: minutesWords(warmup.minutes, warmup.maxMinutes) }]
    : [];
  const rows = [
    ...first,
    ...items.map((item) => ({
      name: lookup(library, 'exercise', item.exercise).name,
      dose: doseNumbers(item.dose, units),
    })),
  ];
  return {
    kind: 'summary',
    title: 'The routine at a glance',
    items: rows,
    twoColumns: rows.length > 6,
    facts: routineFacts(routine),
    notes: notesOf(undefined, [
      { heading: 'What it is for', items: [routine.summary], ordered: false },
    ]),
  };
}

function stopSlide(library: Library, routine: Routine, items: readonly RoutineItem[]): Slide {
  const rules = unique(items.flatMap((i) => lookup(library, 'exercise', i.exercise).stopRules));
  const named = unique(
    lookupAll(library, 'condition', routine.conditions).flatMap((c) => c.redFlags),
  );
  const flags = named.length > 0 ? named : generalRedFlags;
  return {
    kind: 'stop',
    title: 'When to stop',
    rules: rules.slice(0, 4),
    redFlags: flags.slice(0, 3),
    notes: notesOf(undefined, [
      { heading: 'Every stop rule in this routine', items: rules, ordered: false },
      { heading: 'See a clinician if', items: flags, ordered: false },
    ]),
  };
}

export function routineSlides(context: ExpandContext, routine: Routine, notes?: string): Slide[] {
  const { library } = context;
  const warmup = routine.warmUp.protocol
    ? lookup(library, 'warmup', routine.warmUp.protocol)
    : undefined;
  const warmups = [...protocolDrills(library, warmup), ...routine.warmUp.items];
  const sections = [
    { name: 'Warm-up', items: warmups },
    { name: 'Main exercise', items: routine.main },
    { name: 'Cool-down', items: routine.coolDown },
  ];
  const exercises = sections.flatMap((s) =>
    s.items.map((item, i) =>
      exerciseSlide(context, item.exercise, {
        item,
        section: s.items.length > 1 ? `${s.name} ${i + 1} of ${s.items.length}` : s.name,
      }),
    ),
  );
  const hasWarmup = warmup !== undefined || routine.warmUp.items.length > 0;
  const slides = [
    ...(hasWarmup ? [warmupSlide(library, routine, warmup)] : []),
    ...exercises,
    summarySlide(library, routine, warmup, [
      ...routine.warmUp.items,
      ...routine.main,
      ...routine.coolDown,
    ]),
    stopSlide(library, routine, [...warmups, ...routine.main, ...routine.coolDown]),
  ];
  const [first, ...rest] = slides;
  // The deck file's notes for a routine slide belong to the first slide it expands into.
  return first ? [{ ...first, notes: { ...first.notes, text: notes ?? null } }, ...rest] : [];
}
