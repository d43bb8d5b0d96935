import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFileName } from '../../src/model/json-schema.ts';
import { kinds, type KindName } from '../../src/model/schema/index.ts';
import { projectRoot } from '../helpers/cli.ts';

const content = path.join(projectRoot, 'routines');

/** Every YAML file under routines/ with the kind its place says it is. */
async function contentFiles(): Promise<[string, KindName][]> {
  const files: [string, KindName][] = [];
  for (const [kind, { place }] of Object.entries(kinds) as [KindName, (typeof kinds)[KindName]][]) {
    if ('file' in place) files.push([path.join(content, place.file), kind]);
    else {
      const entries = await readdir(path.join(content, place.folder), { recursive: true }).catch(
        () => [],
      );
      for (const entry of entries.filter((e) => /\.ya?ml$/.test(e)))
        files.push([path.join(content, place.folder, entry), kind]);
    }
  }
  return files;
}

describe('every bundled YAML file points editors at its JSON Schema', () => {
  it('has a yaml-language-server line whose path resolves to the right schema', async () => {
    const files = await contentFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const [file, kind] of files) {
      const first = (await readFile(file, 'utf8')).split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(match, `${path.relative(projectRoot, file)} needs the schema line`).not.toBeNull();
      const target = path.resolve(path.dirname(file), match?.[1] ?? '');
      expect(path.relative(projectRoot, target), path.relative(projectRoot, file)).toBe(
        `schema/${schemaFileName(kind)}`,
      );
    }
  });
});
