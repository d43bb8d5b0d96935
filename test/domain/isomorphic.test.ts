/**
 * The domain layer runs in the browser too (the program builder, follow-along mode, offline use):
 * it bundles for `platform: 'browser'`, and nothing it reaches imports a Node module.
 */
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.ts';

const domain = path.join(projectRoot, 'src', 'domain');

async function domainFiles(): Promise<string[]> {
  const entries = await readdir(domain, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Bundles entry files for the browser; returns the source files the bundle reached. */
async function bundleForBrowser(entryPoints: string[] | { in: string; out: string }[]) {
  const result = await build({
    entryPoints,
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const nodeModule = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('the domain layer', () => {
  it('bundles for the browser without error, reaching only browser-safe code', async () => {
    const files = await domainFiles();
    expect(files.map((f) => path.relative(domain, f))).toEqual(
      expect.arrayContaining(['stop-signs.ts', 'ten-percent.ts', 'dose-words.ts', 'catalog/en.ts']),
    );
    const inputs = await bundleForBrowser(files);
    const ours = inputs.filter((i) => i.startsWith('src/'));
    // What it may lean on below it: the model's types and pure helpers, and the core error.
    expect(ours.filter((i) => !/^src\/(domain|model|core)\//.test(i))).toEqual([]);
    expect(ours).toContain('src/domain/stop-signs.ts');
  });

  it('imports no Node module, in any file of src/domain/', async () => {
    const offending: string[] = [];
    for (const file of await domainFiles()) {
      const source = await readFile(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g))
        if (specifier && nodeModule.has(specifier))
          offending.push(`${path.relative(projectRoot, file)}: ${specifier}`);
    }
    expect(offending).toEqual([]);
  });

  it("bundles the handout's view for the browser too: the builder prints with it", async () => {
    const entries = ['handouts/view.ts', 'handouts/program.ts', 'render/card-view.ts'].map((f) =>
      path.join(projectRoot, 'src', f),
    );
    const ours = (await bundleForBrowser(entries)).filter((i) => i.startsWith('src/'));
    expect(ours).toContain('src/handouts/glance.ts');
    expect(ours.filter((i) => /^src\/(pdf|build|cli|figures)\/|assets\.ts|qr\.ts/.test(i))).toEqual(
      [],
    );
  });

  it('would fail the browser bundle on a Node import (the check can fail)', async () => {
    // A file that imports node:fs next to the domain code, bundled the same way.
    const entry = path.join(import.meta.dirname, 'fixtures', 'node-import', 'reads-a-file.ts');
    await expect(bundleForBrowser([entry])).rejects.toThrow(/node:fs/);
  });
});
