/**
 * Offline benchmark: the bundled site built once, then what a phone downloads for it: the
 * follow-along view's own JavaScript, gzipped (every script the page runs: its module scripts with
 * what they import, and its inline scripts), and the service worker's precache, the whole site kept
 * for use with no signal, in each language (a visitor keeps their own language only).
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { basePath, buildSite } from '../build/site.ts';
import type { Config } from '../core/config.ts';
import { pagePath } from '../domain/links.ts';
import { loadLibrary } from '../model/load.ts';
import type { Benchmark, BenchSection } from './report.ts';

const goals = { followGzip: 25 * 1024, precache: 3 * 1024 * 1024 };

export interface Script {
  readonly name: string;
  readonly text: string;
}

/** `import … from "./x.js"` and `import("./x.js")` in an Astro chunk (the minifier quotes with ` too). */
const importedFiles = /(?:from|import)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g;

/** The page's scripts, and the modules they import, once each. */
export async function scriptsOf(site: string, base: string, page: string): Promise<Script[]> {
  const html = await readFile(path.join(site, page, 'index.html'), 'utf8');
  const scripts: Script[] = [];
  const seen = new Set<string>();
  /** A script's file from a link in `folder`: "/routine-press/_astro/x.js" or "./x.js". */
  const fileOf = (link: string, folder: string) =>
    link.startsWith(base) ? path.join(site, link.slice(base.length)) : path.resolve(folder, link);
  const imports = async (text: string, folder: string) => {
    for (const [, link = ''] of text.matchAll(importedFiles)) await load(fileOf(link, folder));
  };
  const load = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    scripts.push({ name: path.relative(site, file), text });
    await imports(text, path.dirname(file));
  };
  for (const [, attributes = '', body = ''] of html.matchAll(
    /<script([^>]*)>([\s\S]*?)<\/script>/g,
  )) {
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) await load(fileOf(src, path.join(site, page)));
    else if (!/type="application\/(?:ld\+)?json"/.test(attributes)) {
      scripts.push({ name: 'inline', text: body });
      await imports(body, path.join(site, page));
    }
  }
  return scripts;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function run(config: Config): Promise<BenchSection> {
  const parent = path.join(config.output, '.bench');
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(path.join(parent, 'offline-'));
  try {
    const library = await loadLibrary(config.content);
    const site = path.join(work, 'site');
    const precaches = await buildSite(library, site, config);
    const routine = Object.keys(library.routines).sort()[0] ?? '';
    const follow = pagePath.follow(routine);
    const scripts = await scriptsOf(site, config.base ?? basePath(library), follow);
    const raw = scripts.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
    const gzipped = scripts.reduce((sum, s) => sum + gzipSync(s.text, { level: 9 }).length, 0);
    const verdict = (value: number, goal: number) => (value < goal ? 'met' : '**not met**');
    return {
      title: 'Offline and the follow-along view',
      lines: [
        '| Measure | Result | Goal |',
        '| --- | ---: | --- |',
        `| The follow-along view's own JavaScript (${follow}: ${scripts.length} scripts, each gzipped) | **${kib(gzipped)}** (${kib(raw)} before gzip) | under 25 KB: ${verdict(gzipped, goals.followGzip)} |`,
        // Each language's visitors keep their language only (src/build/service-worker.ts).
        ...precaches.map(
          (p) =>
            `| The service worker's precache of the bundled site for a visitor in ${p.language} (${p.folder}sw.js: ${p.count} files, not gzipped) | **${mib(p.bytes)}** | under 3 MB: ${verdict(p.bytes, goals.precache)} |`,
        ),
      ],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const offlineBenchmark: Benchmark = { title: 'Offline and the follow-along view', run };
