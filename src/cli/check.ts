/** `npm run check`: validate the content and print a one-screen summary. */
import { loadLibrary } from '../model/load.ts';
import type { Library } from '../model/library.ts';

export function summary(library: Library): string {
  const count = (record: object) => Object.keys(record).length;
  const rows: [string, number][] = [
    ['exercises', count(library.exercises)],
    ['routines', count(library.routines)],
    ['conditions', count(library.conditions)],
    ['warm-up protocols', count(library.warmups)],
    ['decks', count(library.decks)],
    ['risk factors', library.guidance.riskFactors.length],
    ['prevention practices', library.guidance.practices.length],
  ];
  const width = Math.max(...rows.map(([, n]) => String(n).length));
  return [
    `Content in ${library.root} is valid.`,
    ...rows.map(([name, n]) => `  ${String(n).padStart(width)} ${name}`),
  ].join('\n');
}

export async function check(root: string): Promise<void> {
  const library = await loadLibrary(root);
  console.log(summary(library));
}
