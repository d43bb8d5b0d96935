import { gzipSync } from 'node:zlib';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { loadLibrary } from '../src/model/load.ts';
import { generateSynthetic } from '../src/bench/synthetic.ts';
import { builderData, programData, pageJson } from '../src/site/program-data.ts';
import { programRules } from '../src/site/program-rules.ts';
import { exerciseFinder } from '../src/site/facets.ts';

const copies = Number(process.argv[2] ?? 100);
const dir = await mkdtemp(path.join('output', 'size-'));
await generateSynthetic('routines', path.join(dir, 'routines'), { copies });
const library = await loadLibrary(path.join(dir, 'routines'));
const data = builderData(programData(library, '/', programRules));
const finder = exerciseFinder(library);
const filters = ['area', 'level', 'have'].flatMap((key) => finder.facets.filter((f) => f.key === key));
const finderData = {
  facets: filters.map(({ key, kind, values }) => ({ key, kind, values })),
  items: finder.items.map(({ id, tokens, text }) => ({ id, tokens, text })),
};
const kb = (v: unknown) => `${(pageJson(v).length / 1024).toFixed(0)} KB raw, ${(gzipSync(pageJson(v), { level: 9 }).length / 1024).toFixed(1)} KB gz`;
console.log('all', kb({ ...data, finder: finderData }));
for (const [k, v] of Object.entries(data.library)) console.log('library.' + k, kb(v));
console.log('starts', kb(data.starts));
console.log('starts ids+titles', kb(data.starts.map((s) => [s.id, s.title])));
console.log('rules', kb(data.rules));
console.log('finder', kb(finderData));
