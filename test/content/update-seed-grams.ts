/** Rewrites test/content/fixtures/seed-8grams.txt from the seed article. Run: node test/content/update-seed-grams.ts */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintsOf, fingerprintsPath, seedPath } from './seed-grams.ts';

const fingerprints = fingerprintsOf(await readFile(seedPath, 'utf8'));
await mkdir(path.dirname(fingerprintsPath), { recursive: true });
await writeFile(fingerprintsPath, fingerprints.join('\n') + '\n');
console.log(`${fingerprints.length} fingerprints written to ${fingerprintsPath}`);
