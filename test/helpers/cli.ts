/** Runs the routine-press command line the way npm scripts do, and captures what a user sees. */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run <command>`'s command line, `node src/cli/main.ts …args`, in the project. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runNode(path.join(projectRoot, 'src/cli/main.ts'), args, env);
}

/** Runs a script on this Node in the project, with DEBUG off unless `env` sets it. */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DEBUG: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A scratch folder inside the project (output/.tests/). Builds must write inside the project:
 * Astro keeps its intermediate files next to an outDir under the working folder, but falls back
 * to a shared .astro/ folder for one outside it, where two test runs would collide.
 */
export async function tempWorkFolder(name: string): Promise<string> {
  const parent = path.join(projectRoot, 'output', '.tests');
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, `${name}-`));
}
