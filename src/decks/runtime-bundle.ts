/**
 * The deck runtime (src/decks/runtime/) bundled into one small script with esbuild, once a process,
 * to be written inline into every deck file: a deck must work from a USB stick with no network.
 */
import path from 'node:path';
import { build } from 'esbuild';

const entry = path.join(import.meta.dirname, 'runtime', 'main.ts');
let bundled: Promise<string> | undefined;

/** The runtime as one minified script (an IIFE: it adds nothing to the page's globals). */
export function runtimeScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    // Browsers from 2020 on: old projector laptops in gyms are common. Safari 14.1, as esbuild
    // cannot rewrite destructuring for 14.0 (which had a bug in it) and the domain code uses it.
    target: ['es2020', 'chrome87', 'firefox78', 'safari14.1'],
    legalComments: 'none',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}
