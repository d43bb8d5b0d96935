/** Content for handout tests: the valid fixture with a typical six-exercise routine laid over it. */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fixtureLibrary } from '../helpers/fixtures.ts';

/** The routine id of the six-exercise fixture. */
export const sixId = 'six-move-hips';

/**
 * The handouts a build makes from the six-exercise library: both routines, A4 and Letter, regular
 * and large print, sorted. Written out in full, not worked out with the code's own naming, so a
 * test comparing a folder with it can fail.
 */
export const sixHandouts = [
  'side-hip-starter-a4-large.pdf',
  'side-hip-starter-a4.pdf',
  'side-hip-starter-letter-large.pdf',
  'side-hip-starter-letter.pdf',
  'six-move-hips-a4-large.pdf',
  'six-move-hips-a4.pdf',
  'six-move-hips-letter-large.pdf',
  'six-move-hips-letter.pdf',
] as const;

/** A content folder (remove it with removeFixture) holding the valid library plus six-move-hips. */
export async function sixExerciseLibrary(): Promise<string> {
  const content = await fixtureLibrary('valid');
  await cp(path.join(import.meta.dirname, 'fixtures', 'six-exercises'), content, {
    recursive: true,
  });
  return content;
}
