/**
 * Checks between files: ids are well formed and unique, every reference names something that
 * exists, picture and video files exist inside the content folder and are what they say (pictures.ts,
 * videos.ts), no deck file would overwrite a routine's generated deck, and no program sets one side
 * on an exercise whose sides take turns (program-sides.ts). Files
 * the schema refused are checked too, so one run lists their reference problems with the others.
 */
import type { z } from 'zod';
import { problemAt, type Entries, type Entry } from './entries.ts';
import type { FieldPath } from './locate.ts';
import type { Problem } from '../core/problems.ts';
import { dataOf, entriesOf, field, nouns, references, type Referable } from './reference-fields.ts';
import type { FileProblem } from './content-file.ts';
import { pictureProblem } from './pictures.ts';
import { alternatingSideProblems } from './program-sides.ts';
import { picture, video } from './schema/media.ts';
import { defaultPictureMegabytes, defaultVideoMegabytes, settings } from './schema/settings.ts';
import { captionsProblem, videoProblem } from './videos.ts';
import { id as idSchema } from './schema/vocabulary.ts';
import { didYouMean } from './suggest.ts';

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

/** A reference to an id that is not among `ids`, at its field, with the closest id. */
export function unknownReference(
  [entry, kind, ref, where]: [Entry, Referable, string, FieldPath],
  ids: readonly string[],
): Problem[] {
  if (ids.includes(ref)) return [];
  const hint = didYouMean(ref, ids, nouns[kind]);
  return problemAt(entry, where, `unknown ${nouns[kind]} "${ref}"`, hint);
}

function checkReferencesExist(entries: Entries): Problem[] {
  const problems: Problem[] = [];
  for (const found of references(entries)) {
    const [entry, kind, ref, where] = found;
    const ids = entries.ids(kind);
    if (!ids.includes(ref)) problems.push(...unknownReference(found, ids));
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
  for (const entry of entries.of('deck'))
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

type FileCheck = (root: string, file: string) => FileProblem | undefined;

function checkFiles(root: string, entries: Entries): Problem[] {
  // The limits from settings.yaml when they are written well there; the settings' own problems are
  // reported by the schema.
  const limits = entries
    .of('settings')
    .map((entry) => settings.shape.limits.safeParse(field(dataOf(entry), 'limits')).data)
    .find(Boolean);
  const asPicture: FileCheck = (root, file) =>
    pictureProblem(root, file, limits?.pictureMegabytes ?? defaultPictureMegabytes);
  const asVideo: FileCheck = (root, file) =>
    videoProblem(root, file, limits?.videoMegabytes ?? defaultVideoMegabytes);
  const wanted: [Entry, string, FieldPath, FileCheck][] = [];
  // Only a path the schema accepts is looked for: never one outside routines/.
  const want = (
    entry: Entry,
    file: unknown,
    where: FieldPath,
    schema: z.ZodType,
    check: FileCheck,
  ) => {
    if (typeof file === 'string' && schema.safeParse(file).success)
      wanted.push([entry, file, where, check]);
  };
  for (const entry of entries.of('exercise'))
    for (const [i, item] of entriesOf(field(dataOf(entry), 'media'))) {
      if (field(item, 'kind') !== 'video') {
        want(entry, field(item, 'file'), ['media', i, 'file'], picture.shape.file, asPicture);
        continue;
      }
      want(entry, field(item, 'video'), ['media', i, 'video'], video.shape.video, asVideo);
      want(entry, field(item, 'poster'), ['media', i, 'poster'], video.shape.poster, asPicture);
      want(
        entry,
        field(item, 'captions'),
        ['media', i, 'captions'],
        video.shape.captions,
        captionsProblem,
      );
    }
  for (const entry of entries.of('deck'))
    for (const [i, slide] of entriesOf(field(dataOf(entry), 'slides')))
      want(
        entry,
        field(field(slide, 'picture'), 'file'),
        ['slides', i, 'picture', 'file'],
        picture.shape.file,
        asPicture,
      );
  for (const entry of entries.of('settings')) {
    const logo = field(field(dataOf(entry), 'clinic'), 'logo');
    want(entry, logo, ['clinic', 'logo'], settings.shape.clinic.shape.logo, asPicture);
  }
  return wanted.flatMap(([entry, file, where, check]) => {
    const problem = check(root, file);
    return problem ? problemAt(entry, where, problem.message, problem.hint) : [];
  });
}

/** A program's item for one side on an exercise whose sides take turns (`program-sides.ts`). */
function checkProgramSides(entries: Entries): Problem[] {
  const alternating = new Set(
    entries
      .of('exercise')
      .filter((entry) => field(field(dataOf(entry), 'dose'), 'alternates') === true)
      .map((entry) => entry.id),
  );
  return entries
    .of('program')
    .flatMap((entry) => alternatingSideProblems(entry, (id) => alternating.has(id)));
}

export function checkReferences(root: string, entries: Entries): Problem[] {
  return [
    ...checkIds(entries),
    ...checkReferencesExist(entries),
    ...checkProgramSides(entries),
    ...checkFiles(root, entries),
  ];
}
