/** The Zod schema → JSON Schema files in schema/, so editors check and complete YAML as people type. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { overlaySchemas } from './schema/i18n.ts';
import { kinds, type KindName } from './schema/index.ts';

export const schemaFolder = 'schema';

/** "exercise.schema.json", or for a translation "i18n/exercise.schema.json". */
export function schemaFileName(kind: KindName, translation = false): string {
  return `${translation ? 'i18n/' : ''}${kind}.schema.json`;
}

/** The JSON Schema text for one kind of file (or of its translations), as committed in schema/. */
export function jsonSchemaText(kind: KindName, translation = false): string {
  const schema = z.toJSONSchema(translation ? overlaySchemas[kind] : kinds[kind].schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
  });
  const title = `routine-press ${kinds[kind].noun}${translation ? ' translation' : ''}`;
  return `${JSON.stringify({ ...schema, title }, null, 2)}\n`;
}

export async function writeJsonSchemas(folder = schemaFolder): Promise<string[]> {
  await mkdir(path.join(folder, 'i18n'), { recursive: true });
  const written: string[] = [];
  for (const translation of [false, true])
    for (const kind of Object.keys(kinds) as KindName[]) {
      const file = path.join(folder, schemaFileName(kind, translation));
      await writeFile(file, jsonSchemaText(kind, translation));
      written.push(file);
    }
  return written;
}
