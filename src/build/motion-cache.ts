/**
 * The build's store of moving figures (src/figures/motion-store.ts): in memory for this build,
 * so the website, the decks and the handouts draw each one once, and as files in the cache folder,
 * so the next build draws none that did not change. A file's name is the hash of what it is drawn
 * from and of the code that draws it (src/figures/ and the pose schema), so a change to either
 * draws it again. Entries are pruned with the PDF cache's (unused for 30 days).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { MotionStore } from '../figures/motion-store.ts';
import { hashInputs } from './inputs.ts';

/** The code that draws a moving figure: every file of src/figures/ and the pose schema. */
export async function drawingCode(): Promise<string> {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update('motion 1\0');
  await hashInputs(
    hash,
    [{ folder: path.join(src, 'figures'), name: 'figures' }],
    [path.join(src, 'model', 'schema', 'pose.ts')],
  );
  return hash.digest('hex');
}

export async function motionCache(folder: string): Promise<MotionStore> {
  const code = await drawingCode();
  const drawn = new Map<string, string>();
  const file = (input: string) =>
    path.join(folder, `${createHash('sha256').update(code).update(input).digest('hex')}.svg`);
  return {
    get(input) {
      const known = drawn.get(input);
      if (known !== undefined) return known;
      const name = file(input);
      try {
        const svg = readFileSync(name, 'utf8');
        const now = new Date();
        // Touched, so pruning keeps what is still in use.
        utimesSync(name, now, now);
        drawn.set(input, svg);
        return svg;
      } catch {
        return undefined;
      }
    },
    set(input, svg) {
      drawn.set(input, svg);
      // Written whole or not at all (the getter that asks is synchronous, so this is too).
      const name = file(input);
      const temporary = `${name}.${process.pid}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(temporary, svg);
        renameSync(temporary, name);
      } catch {
        // A cache that cannot be written only costs the next build the drawing.
        rmSync(temporary, { force: true });
      }
    },
  };
}
