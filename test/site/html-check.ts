/**
 * The Nu Html Checker (`vnu-jar` from npm, run with the system's Java) over a built site folder:
 * every error as one line, "exercises/index.html:43.1171: Bad value …". Empty when the HTML is valid.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  readonly type: string;
  readonly url?: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
}

export function htmlErrors(root: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // Java's quick compiler only (C1) and one garbage collector thread: the same report for about
    // half the CPU (the bundled site: 5 s instead of 9.5 s). C1's frames are bigger, so the
    // checker's deep schema needs more stack than the default 1 MB (StackOverflowError).
    const jvm = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
    const args = [
      ...jvm,
      '-jar',
      vnuJar,
      '--errors-only',
      '--skip-non-html',
      '--format',
      'json',
      root,
    ];
    const child = spawn('java', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let report = '';
    child.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
    child.on('error', (error) =>
      reject(
        new Error(
          `The Nu Html Checker needs Java (${error.message}). Hint: apt-get install default-jre-headless`,
        ),
      ),
    );
    child.on('close', () => {
      try {
        const { messages } = JSON.parse(report) as { messages: VnuMessage[] };
        resolve(
          messages.map((m) => {
            const file = path.relative(root, new URL(m.url ?? 'file:///').pathname);
            return `${file}:${m.lastLine ?? 0}.${m.firstColumn ?? 0}: ${m.message}`;
          }),
        );
      } catch {
        reject(new Error(`The Nu Html Checker gave no report:\n${report}`));
      }
    });
  });
}
