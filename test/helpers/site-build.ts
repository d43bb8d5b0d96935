/**
 * The website built from a content folder once a test run (`node test/site/build-site.ts`, the site
 * alone), shared by every test file that asks for the same content: the content's file names and
 * bytes decide what is the same. The folder is read by several files at once: never change it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot, runNode } from './cli.ts';
import { once } from './once.ts';

/** The folder of the run's one site build of `content`, made by the first file that asks. */
export async function builtSite(content: string): Promise<string> {
  const base = process.env['ROUTINE_PRESS_BASE'] ?? '';
  const key = createHash('sha256').update(`${base}\0${await folderDigest(content)}`);
  return once(`site-${key.digest('hex').slice(0, 16)}`, async (folder) => {
    const root = path.join(folder, 'site');
    const script = path.join(projectRoot, 'test/site/build-site.ts');
    const result = await runNode(script, [content, root]);
    if (result.code !== 0)
      throw new Error(`the site build failed:\n${result.stdout}${result.stderr}`);
    return root;
  });
}

/** A digest of every file in `folder`: its path in the folder and its bytes. */
async function folderDigest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(await readFile(path.join(folder, file)))
      .update('\0');
  return hash.digest('hex');
}
