import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, schemaFileName } from '../../src/model/json-schema.ts';
import { kinds, type KindName } from '../../src/model/schema/index.ts';
import { projectRoot } from '../helpers/cli.ts';

describe('JSON Schema for editors', () => {
  it.each(Object.keys(kinds) as KindName[])(
    'schema/%s is up to date (run npm run schema)',
    async (kind) => {
      const committed = await readFile(
        path.join(projectRoot, 'schema', schemaFileName(kind)),
        'utf8',
      );
      expect(committed).toBe(jsonSchemaText(kind));
    },
  );

  it.each(Object.keys(kinds) as KindName[])(
    'schema/i18n/%s (translations) is up to date (run npm run schema)',
    async (kind) => {
      const committed = await readFile(
        path.join(projectRoot, 'schema', schemaFileName(kind, true)),
        'utf8',
      );
      expect(committed).toBe(jsonSchemaText(kind, true));
    },
  );

  it('carries the field help into the schema', () => {
    const schema = JSON.parse(jsonSchemaText('exercise')) as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties['steps']?.description).toMatch(/you-voice/);
  });
});
