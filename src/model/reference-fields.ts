/**
 * Where files name other files: every reference of every file, with its field, read from the
 * validated data or, for a file the schema refused, from what was written.
 */
import type { Entries, Entry } from './entries.ts';
import type { FieldPath } from './locate.ts';
import type { KindName } from './schema/index.ts';
import { id as idSchema } from './schema/vocabulary.ts';

/** The kinds a reference can name, as a message names them. */
export const nouns = {
  exercise: 'exercise',
  condition: 'condition',
  routine: 'routine',
  warmup: 'warm-up protocol',
  deck: 'deck',
  program: 'program',
} as const satisfies Partial<Record<KindName, string>>;
export type Referable = keyof typeof nouns;

/**
 * The data of a file as far as references go: validated data, or for a file the schema refused,
 * what was written, so its references are checked in the same run as its other problems.
 */
export function dataOf(entry: Entry): unknown {
  return entry.data ?? entry.file?.data;
}

/** A field of a mapping, or undefined for anything else. */
export function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The items of a list, each with its index; nothing for anything else. */
export function entriesOf(value: unknown): [number, unknown][] {
  return Array.isArray(value) ? [...value.entries()] : [];
}

/**
 * Every reference in every file, as [entry, kind it names, id, where]. Only a value that is a
 * well-formed id counts: anything else the schema reports already, so it is not reported twice.
 */
export function* references(entries: Entries): Generator<[Entry, Referable, string, FieldPath]> {
  function* at(entry: Entry, kind: Referable, value: unknown, where: FieldPath) {
    if (typeof value === 'string' && idSchema.safeParse(value).success)
      yield [entry, kind, value, where] as [Entry, Referable, string, FieldPath];
  }
  for (const entry of entries.of('exercise')) {
    const x = dataOf(entry);
    for (const key of ['easier', 'harder'] as const)
      for (const [i, ref] of entriesOf(field(x, key))) yield* at(entry, 'exercise', ref, [key, i]);
    yield* at(entry, 'exercise', field(field(x, 'moveOn'), 'harder'), ['moveOn', 'harder']);
    for (const [i, ref] of entriesOf(field(x, 'conditions')))
      yield* at(entry, 'condition', ref, ['conditions', i]);
  }
  for (const entry of entries.of('warmup'))
    for (const [i, phase] of entriesOf(field(dataOf(entry), 'phases')))
      for (const [j, drill] of entriesOf(field(phase, 'drills')))
        yield* at(entry, 'exercise', field(drill, 'exercise'), [
          'phases',
          i,
          'drills',
          j,
          'exercise',
        ]);
  for (const entry of entries.of('routine')) {
    const r = dataOf(entry);
    for (const [i, ref] of entriesOf(field(r, 'conditions')))
      yield* at(entry, 'condition', ref, ['conditions', i]);
    const warmUp = field(r, 'warmUp');
    yield* at(entry, 'warmup', field(warmUp, 'protocol'), ['warmUp', 'protocol']);
    for (const [i, item] of entriesOf(field(warmUp, 'items')))
      yield* at(entry, 'exercise', field(item, 'exercise'), ['warmUp', 'items', i, 'exercise']);
    for (const section of ['main', 'coolDown'] as const)
      for (const [i, item] of entriesOf(field(r, section)))
        yield* at(entry, 'exercise', field(item, 'exercise'), [section, i, 'exercise']);
  }
  for (const entry of entries.of('program')) {
    const p = dataOf(entry);
    yield* at(entry, 'warmup', field(p, 'warmUp'), ['warmUp']);
    for (const [i, ref] of entriesOf(field(p, 'conditions')))
      yield* at(entry, 'condition', ref, ['conditions', i]);
    for (const [i, item] of entriesOf(field(p, 'items')))
      yield* at(entry, 'exercise', field(item, 'exercise'), ['items', i, 'exercise']);
  }
  for (const entry of entries.of('deck'))
    for (const [i, slide] of entriesOf(field(dataOf(entry), 'slides'))) {
      const kind = field(slide, 'kind');
      if (kind === 'routine')
        yield* at(entry, 'routine', field(slide, 'routine'), ['slides', i, 'routine']);
      if (kind === 'exercise')
        yield* at(entry, 'exercise', field(slide, 'exercise'), ['slides', i, 'exercise']);
      if (kind === 'conditions')
        for (const [j, ref] of entriesOf(field(slide, 'conditions')))
          yield* at(entry, 'condition', ref, ['slides', i, 'conditions', j]);
    }
}
