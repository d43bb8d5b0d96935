/**
 * The build's arguments: `--shard 2/4` (this shard's part only) or `--merge <folders…>` (put the
 * shards together), never both; folders only with --merge.
 */
import type { ArgProblem } from '../core/problems.ts';
import { parseShard, type Shard } from '../build/shards.ts';
import { parseArgv, type Parsed } from './args.ts';

export const buildUsage = `Check the content, then build the website, every handout and every deck into output/.
If anything fails, output/ is left as it was.

Usage: npm run build [-- --browser-path <file>]
       npm run build -- --shard <n>/<total>
       npm run build -- --merge <folder>…

  --browser-path <file>  The Chrome, Chromium or Edge to use (else CHROME_PATH, then the usual places).
  --shard <n>/<total>    Build one part of the PDFs and decks (part n of total, balanced by their
                         expected time; part 1 builds the website too) into output/shard-<n>-of-<total>/,
                         for one machine of a CI matrix. Set SOURCE_DATE_EPOCH the same on every machine.
  --merge <folder>…      Check that the shard folders make a whole build (one content version, every
                         file once) and put them together into output/, or name what is missing.
  --help                 Show this help.

Example (three machines, then one more):
  SOURCE_DATE_EPOCH=1767225600 npm run build -- --shard 1/3
  npm run build -- --merge shard-1-of-3 shard-2-of-3 shard-3-of-3
`;

const buildArgs = {
  options: {
    'browser-path': { type: 'string', value: '<file>' },
    shard: { type: 'string', value: '<n>/<total>' },
    merge: { type: 'boolean' },
  },
  positionals: { name: 'folder', max: 1000 },
} as const;

export interface BuildValues {
  readonly browserPath: string | undefined;
  readonly shard: Shard | undefined;
  /** The shard folders to merge, as typed; undefined without --merge. */
  readonly merge: readonly string[] | undefined;
}

export function parseBuild(args: readonly string[]): Parsed<BuildValues> {
  const parsed = parseArgv(buildArgs, args);
  const { shard: typed, merge } = parsed.values;
  const problems: ArgProblem[] = [...parsed.problems];
  const shard = typed === undefined ? undefined : parseShard(typed);
  if (typeof shard === 'string')
    problems.push({ arg: `--shard ${typed ?? ''}`, message: shard, hint: 'Write --shard 2/4.' });
  if (typed !== undefined && merge)
    problems.push({
      arg: '--shard --merge',
      message: 'a build either makes one shard or merges them.',
      hint: 'Run --shard on each machine, then --merge once with every folder.',
    });
  if (merge && parsed.positionals.length === 0)
    problems.push({
      arg: '--merge',
      message: 'needs the shard folders.',
      hint: 'Write --merge output/shard-1-of-2 output/shard-2-of-2.',
    });
  if (!merge)
    for (const word of parsed.positionals)
      problems.push({
        arg: word,
        message: 'not an option.',
        hint: 'Folders go after --merge; options start with --, see them with --help.',
      });
  return {
    ...parsed,
    values: {
      browserPath: parsed.values['browser-path'],
      shard: typeof shard === 'string' ? undefined : shard,
      merge: merge ? parsed.positionals : undefined,
    },
    problems,
  };
}
