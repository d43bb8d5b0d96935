/**
 * Every string a patient reads, with the file it came from, so quality checks (reading grade)
 * can name the exact place to fix. Names a clinician uses (exercise `name`, condition `name`),
 * clinician-only notes and search words (`alsoCalled`) are left out on purpose: they are not
 * sentences written for patients.
 */
import path from 'node:path';
import type { Library, RoutineItem } from '../model/library.ts';
import { displayPath } from '../model/display-path.ts';

/** One patient-facing string and where it lives. */
export interface PatientText {
  readonly file: string;
  readonly field: string;
  readonly text: string;
}

type Fields = Record<string, string | readonly string[] | undefined>;

function fromFields(file: string, prefix: string, fields: Fields): PatientText[] {
  return Object.entries(fields).flatMap(([field, value]) => {
    if (value === undefined) return [];
    const name = `${prefix}${field}`;
    if (typeof value === 'string') return [{ file, field: name, text: value }];
    return value.map((text, index) => ({ file, field: `${name}[${index}]`, text }));
  });
}

function itemNotes(file: string, section: string, items: readonly RoutineItem[]): PatientText[] {
  return items.flatMap((item, index) =>
    item.note === undefined ? [] : [{ file, field: `${section}[${index}].note`, text: item.note }],
  );
}

/** Every patient-facing string in the library. */
export function patientTexts(library: Library): PatientText[] {
  const texts: PatientText[] = [];
  for (const x of Object.values(library.exercises)) {
    const { alias, purpose, steps, cues, mistakes, stopRules, effort, effortOneSide } = x;
    texts.push(
      ...fromFields(x.source, '', {
        alias,
        purpose,
        steps,
        cues,
        mistakes,
        stopRules,
        effort,
        effortOneSide,
      }),
      ...fromFields(x.source, 'moveOn.', {
        when: x.moveOn?.when,
        whenOneSide: x.moveOn?.whenOneSide,
      }),
    );
  }
  for (const c of Object.values(library.conditions)) {
    const { plainName, summary, whereItHurts, symptoms, worseWith, causes, whatHelps, redFlags } =
      c;
    const fields = {
      plainName,
      summary,
      whereItHurts,
      symptoms,
      worseWith,
      causes,
      whatHelps,
      redFlags,
    };
    texts.push(
      ...fromFields(c.source, '', fields),
      ...fromFields(c.source, 'running.', {
        advice: c.running.advice,
        seeClinician: c.running.seeClinician,
      }),
      ...fromFields(c.source, 'everyday.', { ...c.everyday }),
    );
  }
  const guidanceFile = displayPath(path.join(library.root, 'guidance.yaml'));
  const { riskFactors, practices, treatment, painRule } = library.guidance;
  const { scale, green, amber, red, nextDay } = painRule;
  texts.push(...fromFields(guidanceFile, 'painRule.', { scale, green, amber, red, nextDay }));
  for (const [group, topics] of Object.entries({ riskFactors, practices, treatment }))
    topics.forEach((t, index) =>
      texts.push(
        ...fromFields(guidanceFile, `${group}[${index}].`, {
          title: t.title,
          text: t.text,
          points: t.points,
        }),
      ),
    );
  for (const r of Object.values(library.routines)) {
    texts.push(
      ...fromFields(r.source, '', { title: r.title, summary: r.summary, advice: r.advice }),
    );
    r.stages.forEach((stage, index) =>
      texts.push(...fromFields(r.source, `stages[${index}].`, { focus: stage.focus })),
    );
    texts.push(...itemNotes(r.source, 'warmUp.items', r.warmUp.items));
    texts.push(
      ...itemNotes(r.source, 'main', r.main),
      ...itemNotes(r.source, 'coolDown', r.coolDown),
    );
  }
  for (const w of Object.values(library.warmups)) {
    texts.push(...fromFields(w.source, '', { title: w.title, summary: w.summary }));
    w.phases.forEach((p, index) =>
      texts.push(
        ...fromFields(w.source, `phases[${index}].`, {
          instructions: p.instructions,
          activities: p.activities,
        }),
      ),
    );
  }
  const settingsFile = displayPath(path.join(library.root, 'settings.yaml'));
  texts.push({ file: settingsFile, field: 'disclaimer', text: library.settings.disclaimer });
  return texts;
}
