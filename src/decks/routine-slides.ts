/**
 * A routine as slides: its warm-up (the phases, then one slide per warm-up drill), one slide per
 * exercise, a summary, "when to stop" with the exercises' stop rules, the routine's "stop and call
 * your clinician" signs (the same list as its page and handout) and, for a routine that gets you
 * back to running, the 10% ladder.
 */
import { fill, type Catalog } from '../domain/catalog/index.ts';
import { doseNumbers, minutesWords } from '../domain/dose-words.ts';
import { routineFacts } from '../domain/facts.ts';
import { stopSigns } from '../domain/stop-signs.ts';
import { routineLadder } from '../domain/ten-percent.ts';
import { warmUpPlan, type WarmUpPlan } from '../domain/warm-up.ts';
import type { Library, Routine, RoutineItem } from '../model/library.ts';
import { lookup } from '../model/lookup.ts';
import { exerciseSlide, type ExpandContext } from './exercise-slide.ts';
import { ladderSlide } from './guidance-slides.ts';
import { chunks, notesOf, partTitle, type PhaseView, type Slide } from './slides.ts';

function warmupSlide(library: Library, plan: WarmUpPlan, catalog: Catalog): Slide {
  const name = (id: string) => lookup(library, 'exercise', id).name;
  const phases: PhaseView[] = plan.phases.map((p) => ({
    name: p.name,
    minutes: p.time,
    instructions: p.instructions,
    things: [...p.activities, ...p.drills.map((d) => name(d.exercise))],
  }));
  return {
    kind: 'warmup',
    title: catalog.warmUp.title,
    summary: plan.summary,
    phases,
    notes: notesOf(undefined, [
      {
        heading: catalog.deck.notes.phases,
        items: phases.map((p) => `${p.name} (${p.minutes}): ${p.instructions}`),
        ordered: true,
      },
    ]),
  };
}

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
  items: readonly RoutineItem[],
  catalog: Catalog,
): Slide {
  const units = library.settings.units;
  const warmup = routine.warmUp.protocol
    ? lookup(library, 'warmup', routine.warmUp.protocol)
    : undefined;
  const first = warmup
    ? [
        {
          name: catalog.deck.sections.warmUp,
          dose: minutesWords(warmup.minutes, warmup.maxMinutes, catalog.dose),
        },
      ]
    : [];
  const rows = [
    ...first,
    ...items.map((item) => ({
      name: lookup(library, 'exercise', item.exercise).name,
      dose: doseNumbers(item.dose, units, catalog.dose),
    })),
  ];
  return {
    kind: 'summary',
    title: catalog.deck.titles.glance,
    items: rows,
    twoColumns: rows.length > 6,
    facts: routineFacts(routine, catalog),
    advice: routine.advice,
    // The routine's clinician notes go here, in the speaker notes only: never on a slide.
    notes: notesOf(undefined, [
      { heading: catalog.deck.notes.whatFor, items: [routine.summary], ordered: false },
      { heading: catalog.deck.notes.advice, items: routine.advice, ordered: false },
      {
        heading: catalog.deck.notes.clinician,
        items: routine.notes ? [routine.notes] : [],
        ordered: false,
      },
    ]),
  };
}

/** The exercises' own stop rules. */
function stopSlide(library: Library, items: readonly RoutineItem[], catalog: Catalog): Slide {
  const rules = unique(items.flatMap((i) => lookup(library, 'exercise', i.exercise).stopRules));
  return {
    kind: 'stop',
    title: catalog.deck.titles.whenToStop,
    rules: rules.slice(0, 4),
    notes: notesOf(undefined, [
      { heading: catalog.deck.notes.everyStopRule, items: rules, ordered: false },
    ]),
  };
}

/** The routine's "stop and call your clinician" signs, 6 a slide so the type stays big. */
function callSlides(library: Library, routine: Routine, catalog: Catalog): Slide[] {
  const stop = stopSigns(library, routine, catalog);
  const parts = chunks(stop.signs, 6);
  return parts.map((signs, i) => ({
    kind: 'call',
    title: partTitle(stop.heading, i, parts.length, catalog.deck),
    signs,
    urgent: i === parts.length - 1 ? stop.urgent : null,
    notes: notesOf(undefined, [{ heading: stop.heading, items: stop.signs, ordered: false }]),
  }));
}

export function routineSlides(context: ExpandContext, routine: Routine, notes?: string): Slide[] {
  const { library, catalog } = context;
  const plan = warmUpPlan(library, routine, catalog);
  // The protocol's drills, then the routine's own warm-up moves (the plan's last phase).
  const warmups = plan ? plan.phases.flatMap((p) => p.drills) : [];
  const sections = [
    { name: catalog.deck.sections.warmUp, items: warmups },
    { name: catalog.deck.sections.main, items: routine.main },
    { name: catalog.deck.sections.coolDown, items: routine.coolDown },
  ];
  const exercises = sections.flatMap((s) =>
    s.items.map((item, i) =>
      exerciseSlide(context, item.exercise, {
        item,
        section:
          s.items.length > 1
            ? fill(catalog.deck.sections.nOfCount, {
                section: s.name,
                n: i + 1,
                count: s.items.length,
              })
            : s.name,
      }),
    ),
  );
  const ladder = routineLadder(library, routine, catalog);
  const slides = [
    ...(plan ? [warmupSlide(library, plan, catalog)] : []),
    ...exercises,
    summarySlide(
      library,
      routine,
      [...routine.warmUp.items, ...routine.main, ...routine.coolDown],
      catalog,
    ),
    stopSlide(library, [...warmups, ...routine.main, ...routine.coolDown], catalog),
    ...callSlides(library, routine, catalog),
    ...(ladder ? [ladderSlide(ladder, catalog)] : []),
  ];
  const [first, ...rest] = slides;
  // The deck file's notes for a routine slide belong to the first slide it expands into.
  return first ? [{ ...first, notes: { ...first.notes, text: notes ?? null } }, ...rest] : [];
}
