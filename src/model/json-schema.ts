/** The Zod schema → JSON Schema files in schema/, so editors check and complete YAML as people type. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { kinds, type KindName } from './schema/index.ts';

export const schemaFolder = 'schema';

export function schemaFileName(kind: KindName): string {
  return `${kind}.schema.json`;
}

/** The JSON Schema text for one kind of file, as committed in schema/. */
export function jsonSchemaText(kind: KindName): string {
  const schema = z.toJSONSchema(kinds[kind].schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
  });
  return `${JSON.stringify({ ...schema, title: `routine-press ${kinds[kind].noun}` }, null, 2)}\n`;
}

export async function writeJsonSchemas(folder = schemaFolder): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const kind of Object.keys(kinds) as KindName[]) {
    const file = path.join(folder, schemaFileName(kind));
    await writeFile(file, jsonSchemaText(kind));
    written.push(file);
  }
  return written;
}
