/**
 * Pictures no output may use (issue 18), laid over a content folder: the `picture-files` fixture
 * names one of each in `media:`, and the links and the large file are made here, since they cannot
 * live in the repository: `evil.png` → /etc/passwd, `outside.png` → a real PNG outside the content
 * folder, `notes.png` (text), `dir.png` (a folder), `photo.png` (a JPEG) and `big.png` (3 MB).
 */
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixturesRoot } from './fixtures.ts';

/** A real PNG outside the content folder. */
export const outsidePng = path.join(fixturesRoot, 'figure-card/media/glute-bridge.png');

/** Lays the bad pictures over `content` (a copy of a fixture library), and returns it. */
export async function withBadPictures(content: string): Promise<string> {
  await cp(path.join(fixturesRoot, 'picture-files'), content, { recursive: true });
  const media = path.join(content, 'media');
  await symlink('/etc/passwd', path.join(media, 'evil.png'));
  await symlink(outsidePng, path.join(media, 'outside.png'));
  const png = await readFile(outsidePng);
  await writeFile(path.join(media, 'big.png'), Buffer.concat([png, Buffer.alloc(3_000_000)]));
  return content;
}

/** Whether `text` holds the start of /etc/passwd, as it is or as base64. */
export async function leaksPasswd(text: string): Promise<boolean> {
  const first = (await readFile('/etc/passwd')).subarray(0, 24);
  return text.includes(first.toString('utf8')) || text.includes(first.toString('base64'));
}
