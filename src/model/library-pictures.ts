/**
 * Every picture a library names (an exercise's `media:` or a video's poster, a deck's picture
 * slides, the clinic logo), prepared once when it loads (`picture-scale.ts`): scaled down when
 * larger than any output shows, its size known. A picture that cannot be prepared is a problem
 * at its `media:` line.
 */
import path from 'node:path';
import type { Problem } from '../core/problems.ts';
import { displayPath } from './display-path.ts';
import type { Library } from './library.ts';
import { PictureScaleError, preparePicture } from './picture-scale.ts';
import { readOriginalPicture } from './pictures.ts';
import { positionAt } from './positions.ts';
import { isVideo, pictureOf } from './schema/media.ts';

interface Named {
  /** The file that names it, as shown: routines/exercises/clamshell.yaml */
  readonly source: string;
  /** Its field: `media[0].file`. */
  readonly field: string;
  /** As written, from the content folder: media/clamshell.png */
  readonly file: string;
}

/** Where the library names a picture. */
export function namedPictures(library: Library): Named[] {
  const named: Named[] = [];
  for (const exercise of Object.values(library.exercises))
    exercise.media.forEach((m, i) =>
      named.push({
        source: exercise.source,
        field: isVideo(m) ? `media[${i}].poster` : `media[${i}].file`,
        file: pictureOf(m),
      }),
    );
  for (const deck of Object.values(library.decks))
    deck.slides.forEach((slide, i) => {
      if ('picture' in slide)
        named.push({
          source: deck.source,
          field: `slides[${i}].picture.file`,
          file: slide.picture.file,
        });
    });
  const { logo } = library.settings.clinic;
  if (logo)
    named.push({
      source: displayPath(path.join(library.root, 'settings.yaml')),
      field: 'clinic.logo',
      file: logo,
    });
  return named;
}

/**
 * Prepares every picture `library` names, one at a time (they are few, and the machine is
 * shared with the browser); the problems of those that cannot be prepared, at their lines.
 */
export async function preparePictures(library: Library): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { source, field, file } of namedPictures(library)) {
    const { bytes, type } = readOriginalPicture(library.root, file);
    try {
      await preparePicture(bytes, type);
    } catch (error) {
      if (!(error instanceof PictureScaleError)) throw error;
      const at = positionAt(library.positions, source, field) ?? { line: 1, col: 1 };
      problems.push({
        file: source,
        ...at,
        message: `the picture "${file}" ${error.message}`,
        hint: error.hint,
      });
    }
  }
  return problems;
}
