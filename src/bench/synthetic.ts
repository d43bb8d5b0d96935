/**
 * Synthetic libraries for benchmarks: the bundled pack copied N times. Copy 1 keeps the original
 * ids; copy k gets ids ending in "-x<k>", and every reference inside it points at the same copy,
 * so each copy is a complete, valid library of its own and the whole stays valid.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** Folders of one-file-per-item content, and the kind of id each holds. */
const folders = {
  exercises: 'exercise',
  conditions: 'condition',
  routines: 'routine',
  'warm-ups': 'warmup',
  decks: 'deck',
} as const;
type IdKind = (typeof folders)[keyof typeof folders];

/** Which kind of id a field holds, by field name. */
const referenceFields: Record<string, IdKind> = {
  exercise: 'exercise',
  easier: 'exercise',
  harder: 'exercise',
  conditions: 'condition',
  protocol: 'warmup',
  routine: 'routine',
  routines: 'routine',
};

export interface SyntheticOptions {
  /** How many copies of every file. */
  readonly copies: number;
  /** How many copies of each routine (default: `copies`); extra ones use the copies' exercises in turn. */
  readonly routineCopies?: number;
}

export const suffixed = (id: string, copy: number) => (copy === 1 ? id : `${id}-x${copy}`);

/** Rewrites the references in a parsed file so they point at `copy`. */
function rewrite(value: unknown, ids: Map<string, IdKind>, copy: number, field = ''): unknown {
  const kind = referenceFields[field];
  if (typeof value === 'string' && kind && ids.get(value) === kind) return suffixed(value, copy);
  if (Array.isArray(value)) return value.map((v) => rewrite(v, ids, copy, field));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, rewrite(v, ids, copy, key)]),
    );
  return value;
}

async function yamlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)));
}

/** Writes a library `options.copies` times the size of `source` into `dest` (a new folder). */
export async function generateSynthetic(
  source: string,
  dest: string,
  options: SyntheticOptions,
): Promise<void> {
  await mkdir(dest, { recursive: true });
  for (const single of ['settings.yaml', 'guidance.yaml', 'media'])
    await cp(path.join(source, single), path.join(dest, single), { recursive: true }).catch(
      () => undefined,
    );
  // The copies have no translations (i18n/ is not copied): build the content's own language only.
  const settingsFile = path.join(dest, 'settings.yaml');
  const settings = await readFile(settingsFile, 'utf8').catch(() => undefined);
  if (settings !== undefined)
    await writeFile(
      settingsFile,
      settings.replace(/^languages: \[([\w-]+).*\]$/m, 'languages: [$1]'),
    );
  const ids = new Map<string, IdKind>();
  const files: [string, IdKind, string][] = [];
  for (const [folder, kind] of Object.entries(folders) as [string, IdKind][]) {
    await mkdir(path.join(dest, folder), { recursive: true });
    for (const file of await yamlFiles(path.join(source, folder))) {
      ids.set(path.basename(file).replace(/\.ya?ml$/, ''), kind);
      files.push([folder, kind, file]);
    }
  }
  for (const [folder, kind, file] of files) {
    const data: unknown = parse(await readFile(path.join(source, folder, file), 'utf8'));
    const count = kind === 'routine' ? (options.routineCopies ?? options.copies) : options.copies;
    for (let copy = 1; copy <= count; copy++) {
      const target = ((copy - 1) % options.copies) + 1;
      const name = suffixed(path.basename(file).replace(/\.ya?ml$/, ''), copy);
      const out = path.join(dest, folder, path.dirname(file), `${name}.yaml`);
      await mkdir(path.dirname(out), { recursive: true });
      await writeFile(out, stringify(rewrite(data, ids, target)));
    }
  }
}
