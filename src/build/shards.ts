/**
 * Shards: one build split over several machines, as a CI matrix runs it (`--shard 2/4`, after
 * Playwright). The work is cut into units (the website, each handout, each deck), each with an
 * expected cost; units go, most expensive first, to the shard with the least work so far (ties to
 * the lower number). The split depends only on the content, so every shard works it out alike and
 * the shards are disjoint and together whole. `merge.ts` puts them back together.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../core/config.ts';
import { haltIfInterrupted, whenInterrupted } from '../core/interrupt.ts';
import { allDecks } from '../decks/plan.ts';
import { besideFiles } from '../decks/videos.ts';
import { deckFiles, pathLanguage } from '../domain/links.ts';
import { buildVariants, handoutFileName } from '../handouts/variants.ts';
import type { Library } from '../model/library.ts';
import { filesUnder, hashInputs } from './inputs.ts';

/** Shard `index` of `total`, counted from 1: "2/4". */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** The unit that stands for the website and every step that is not a PDF. */
export const websiteUnit = 'website';

/** A piece of work that one shard does whole. */
export interface WorkUnit {
  /** "website", "handouts/<file>.pdf" or "decks/<id>". */
  readonly id: string;
  /** Expected milliseconds on one core: a rough model, only compared with other units. */
  readonly cost: number;
  /** The files it makes, relative to output/ (none listed for the website: its whole folder). */
  readonly files: readonly string[];
}

/** "2/4" → shard 2 of 4, or a sentence saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return 'write it as <number>/<total>, for example 2/4.';
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1 || total > 1000) return 'the total must be a whole number from 1 to 1000.';
  if (index < 1 || index > total) return `the shard number must be from 1 to ${total}.`;
  return { index, total };
}

export const shardName = (shard: Shard) => `shard-${shard.index}-of-${shard.total}`;

/**
 * Every unit of a build of `libraries` (the library in each language, the content's own first),
 * with what it makes; a language's files carry its tag ("a-es-letter.pdf"). Costs follow what the
 * bench measures: a handout about 40 ms plus 8 a card (large print half as much again), a deck PDF
 * about 30 ms plus 6 a slide, printed twice (slides, and slides with notes); the website 1.2 s plus
 * 8 ms a routine in each language.
 */
export function workUnits(libraries: readonly Library[]): WorkUnit[] {
  const units: WorkUnit[] = [];
  let pages = 0;
  for (const library of libraries) {
    const language = pathLanguage(library);
    const routines = Object.values(library.routines).sort((a, b) => a.id.localeCompare(b.id));
    pages += routines.length;
    for (const routine of routines) {
      const cards = routine.warmUp.items.length + routine.main.length + routine.coolDown.length;
      for (const variant of buildVariants) {
        const file = `handouts/${handoutFileName(routine.id, variant, language)}`;
        const cost = (40 + 8 * cards) * (variant.large ? 1.5 : 1);
        units.push({ id: file, cost, files: [file] });
      }
    }
    for (const plan of allDecks(library)) {
      const files = [
        deckFiles.html(plan.id, language),
        deckFiles.pdf(plan.id, language),
        deckFiles.notesPdf(plan.id, language),
        deckFiles.pptx(plan.id, language),
        // A clinic's video too large to go inside the deck is written beside it.
        ...besideFiles(library, plan, deckFiles.html(plan.id, language)),
      ];
      units.push({
        id: `decks/${deckFiles.html(plan.id, language).replace(/\.html$/, '')}`,
        cost: 2 * (30 + 6 * plan.slides.length),
        files: files.map((file) => `decks/${file}`),
      });
    }
  }
  return [{ id: websiteUnit, cost: 1200 + 8 * pages, files: [] }, ...units];
}

/**
 * Which shard (1 to `total`) does each unit: the website always shard 1 (the first machine of a
 * CI matrix builds it every time), then the rest longest first, each to the least loaded shard.
 */
export function assignShards(units: readonly WorkUnit[], total: number): Map<string, number> {
  const load = Array.from({ length: total }, () => 0);
  const website = (unit: WorkUnit) => (unit.id === websiteUnit ? 1 : 0);
  const order = [...units].sort(
    (a, b) => website(b) - website(a) || b.cost - a.cost || (a.id < b.id ? -1 : 1),
  );
  const owner = new Map<string, number>();
  for (const unit of order) {
    let least = 0;
    for (let i = 1; i < total; i++) if ((load[i] ?? 0) < (load[least] ?? 0)) least = i;
    load[least] = (load[least] ?? 0) + unit.cost;
    owner.set(unit.id, least + 1);
  }
  return owner;
}

/**
 * A hash of everything a build reads: the content and templates folders, the program (src/ and
 * the locked package versions: fonts, Astro, Chromium's driver) and the date the handouts print.
 * Shards with the same version printed the same documents.
 */
export async function contentVersion(config: Config): Promise<string> {
  const hash = createHash('sha256');
  await hashInputs(hash, [config.content, config.templates, 'src'], ['package-lock.json']);
  hash.update(config.date.toISOString().slice(0, 10));
  return hash.digest('hex').slice(0, 16);
}

/** What a shard writes next to its files (shard.json), so a merge can check the set. */
export interface ShardManifest {
  readonly version: string;
  readonly index: number;
  readonly total: number;
  /** Every file the whole build makes, with the shard that makes it; "site/" is the website. */
  readonly expected: Readonly<Record<string, number>>;
  /** SHA-256 of each file this shard made, relative to its folder (the website's too). */
  readonly files: Readonly<Record<string, string>>;
}

/** Every file of the whole build and its shard: the same in every shard of one content version. */
export function expectedFiles(
  libraries: readonly Library[],
  total: number,
): Record<string, number> {
  const units = workUnits(libraries);
  const owner = assignShards(units, total);
  const expected: Record<string, number> = {};
  for (const unit of units)
    for (const file of unit.id === websiteUnit ? ['site/'] : unit.files)
      expected[file] = owner.get(unit.id) ?? 0;
  return expected;
}

export const manifestName = 'shard.json';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The manifest of a finished shard folder: every file in it, hashed. */
export async function manifestOf(
  folder: string,
  version: string,
  shard: Shard,
  expected: Readonly<Record<string, number>>,
): Promise<string> {
  const files: Record<string, string> = {};
  for (const file of await filesUnder(folder))
    files[file.split(path.sep).join('/')] = sha256(await readFile(path.join(folder, file)));
  const manifest: ShardManifest = { version, ...shard, expected, files };
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/**
 * Runs `fill` with an empty folder that becomes output/shard-<i>-of-<n>/ (a plain folder, easy to
 * upload as a CI artifact) in one rename once it is whole, with its manifest; a failed or
 * interrupted shard leaves the previous one as it was.
 */
export async function buildShardFolder(
  output: string,
  shard: Shard,
  fill: (staging: string) => Promise<{ version: string; expected: Record<string, number> }>,
): Promise<string> {
  const final = path.join(output, shardName(shard));
  const staging = path.join(output, `.${shardName(shard)}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const stopCleanup = whenInterrupted(() => rm(staging, { recursive: true, force: true }));
  try {
    const { version, expected } = await fill(staging);
    await writeFile(
      path.join(staging, manifestName),
      await manifestOf(staging, version, shard, expected),
    );
    await haltIfInterrupted();
    await rm(final, { recursive: true, force: true });
    await rename(staging, final);
    return final;
  } finally {
    stopCleanup();
    await rm(staging, { recursive: true, force: true });
  }
}
