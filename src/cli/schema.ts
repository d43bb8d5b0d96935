/** `npm run schema`: write the JSON Schema files editors use, from the Zod schema. */
import { writeJsonSchemas } from '../model/json-schema.ts';
import { defineCommand, parseArgv } from './args.ts';

export const schemaCommand = defineCommand({
  script: 'schema',
  usage: `Write the JSON Schema files in schema/ that editors use, after a change to src/model/schema/.

Usage: npm run schema
`,
  parse: (args) => parseArgv({ options: {} }, args),
  run: async () => {
    const files = await writeJsonSchemas();
    console.log(
      `Wrote ${files.length} JSON Schema files:\n${files.map((f) => `  ${f}`).join('\n')}`,
    );
  },
});
