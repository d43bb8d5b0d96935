/**
 * Checks between files: ids are well formed and unique, every reference names something that
 * exists, picture files exist, and no deck file would overwrite a routine's generated deck.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { problemAt, type Entries, type Entry } from './entries.ts';
import type { FieldPath } from './locate.ts';
import type { Problem } from '../core/problems.ts';
import type { KindName } from './schema/index.ts';
import { id as idSchema } from './schema/vocabulary.ts';
import { didYouMean } from './suggest.ts';

const nouns = {
  exercise: 'exercise',
  condition: 'condition',
  routine: 'routine',
  warmup: 'warm-up protocol',
  deck: 'deck',
} as const satisfies Partial<Record<KindName, string>>;
type Referable = keyof typeof nouns;

function checkIds(entries: Entries): Problem[] {
  const problems: Problem[] = [];
  for (const kind of Object.keys(nouns) as Referable[]) {
    const seen = new Map<string, Entry>();
    for (const entry of entries.of(kind)) {
      if (!idSchema.safeParse(entry.id).success) {
        const suggestion = entry.id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        problems.push(
          ...problemAt(
            entry,
            [],
            `the file name "${entry.id}" is not a valid id`,
            `Rename it with lower-case words joined by hyphens, like "${suggestion}.yaml".`,
          ),
        );
      }
      const first = seen.get(entry.id);
      if (first)
        problems.push(
          ...problemAt(
            entry,
            [],
            `another ${nouns[kind]} already has the id "${entry.id}" (${first.file?.file ?? 'another file'})`,
            'Rename one of the two files; each id must be unique.',
          ),
        );
      else seen.set(entry.id, entry);
    }
  }
  return problems;
}

/** Every reference in every valid file, as [entry, kind it names, id, where]. */
function* references(entries: Entries): Generator<[Entry, Referable, string, FieldPath]> {
  for (const entry of entries.valid('exercise')) {
    for (const key of ['easier', 'harder'] as const)
      for (const [i, ref] of entry.data[key].entries()) yield [entry, 'exercise', ref, [key, i]];
    const next = entry.data.moveOn?.harder;
    if (next !== undefined) yield [entry, 'exercise', next, ['moveOn', 'harder']];
    for (const [i, ref] of entry.data.conditions.entries())
      yield [entry, 'condition', ref, ['conditions', i]];
  }
  for (const entry of entries.valid('warmup'))
    for (const [i, phase] of entry.data.phases.entries())
      for (const [j, drill] of phase.drills.entries())
        yield [entry, 'exercise', drill.exercise, ['phases', i, 'drills', j, 'exercise']];
  for (const entry of entries.valid('routine')) {
    const r = entry.data;
    for (const [i, ref] of r.conditions.entries())
      yield [entry, 'condition', ref, ['conditions', i]];
    if (r.warmUp?.protocol) yield [entry, 'warmup', r.warmUp.protocol, ['warmUp', 'protocol']];
    for (const [i, item] of (r.warmUp?.items ?? []).entries())
      yield [entry, 'exercise', item.exercise, ['warmUp', 'items', i, 'exercise']];
    for (const [i, item] of r.main.entries())
      yield [entry, 'exercise', item.exercise, ['main', i, 'exercise']];
    for (const [i, item] of r.coolDown.entries())
      yield [entry, 'exercise', item.exercise, ['coolDown', i, 'exercise']];
  }
  for (const entry of entries.valid('deck'))
    for (const [i, slide] of entry.data.slides.entries()) {
      if (slide.kind === 'routine')
        yield [entry, 'routine', slide.routine, ['slides', i, 'routine']];
      if (slide.kind === 'exercise')
        yield [entry, 'exercise', slide.exercise, ['slides', i, 'exercise']];
      if (slide.kind === 'conditions')
        for (const [j, ref] of (slide.conditions ?? []).entries())
          yield [entry, 'condition', ref, ['slides', i, 'conditions', j]];
    }
}

function checkReferencesExist(entries: Entries): Problem[] {
  const problems: Problem[] = [];
  for (const [entry, kind, ref, where] of references(entries)) {
    const ids = entries.ids(kind);
    if (!ids.includes(ref))
      problems.push(
        ...problemAt(
          entry,
          where,
          `unknown ${nouns[kind]} "${ref}"`,
          didYouMean(ref, ids, nouns[kind]),
        ),
      );
    else if (kind === entry.kind && ref === entry.id)
      problems.push(
        ...problemAt(
          entry,
          where,
          `this ${nouns[kind]} cannot point to itself`,
          'Remove this line.',
        ),
      );
  }
  const routines = entries.ids('routine');
  for (const entry of entries.valid('deck'))
    if (routines.includes(entry.id))
      problems.push(
        ...problemAt(
          entry,
          [],
          `a deck named "${entry.id}" would overwrite the deck made for the routine "${entry.id}"`,
          'Rename this deck file.',
        ),
      );
  return problems;
}

async function checkPictures(root: string, entries: Entries): Promise<Problem[]> {
  const wanted: [Entry, string, FieldPath][] = [];
  for (const entry of entries.valid('exercise'))
    for (const [i, media] of entry.data.media.entries())
      wanted.push([entry, media.file, ['media', i, 'file']]);
  for (const entry of entries.valid('settings'))
    if (entry.data.clinic.logo) wanted.push([entry, entry.data.clinic.logo, ['clinic', 'logo']]);
  const missing = await Promise.all(
    wanted.map(async ([entry, file, where]) =>
      access(path.join(root, file)).then(
        () => [],
        () =>
          problemAt(
            entry,
            where,
            `the picture "${file}" does not exist`,
            `Put the file at ${path.join(root, file)}, or fix the path.`,
          ),
      ),
    ),
  );
  return missing.flat();
}

export async function checkReferences(root: string, entries: Entries): Promise<Problem[]> {
  return [
    ...checkIds(entries),
    ...checkReferencesExist(entries),
    ...(await checkPictures(root, entries)),
  ];
}
