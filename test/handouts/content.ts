/** Content for handout tests: the valid fixture with a typical six-exercise routine laid over it. */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fixtureLibrary } from '../helpers/fixtures.ts';

/** The routine id of the six-exercise fixture. */
export const sixId = 'six-move-hips';

/** A content folder (remove it with removeFixture) holding the valid library plus six-move-hips. */
export async function sixExerciseLibrary(): Promise<string> {
  const content = await fixtureLibrary('valid');
  await cp(path.join(import.meta.dirname, 'fixtures', 'six-exercises'), content, {
    recursive: true,
  });
  return content;
}
