/**
 * `npm run setup:browser`: makes sure PDFs can be printed. If a browser is found, it says which.
 * Otherwise, on Debian or Ubuntu running as root it installs the distribution's Chromium (showing
 * apt's progress); anywhere else it prints the one command to run. Nothing is downloaded by us.
 */
import type { Config } from '../core/config.ts';
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { findBrowser, installHelp } from '../pdf/find-browser.ts';
import { UserError } from '../core/errors.ts';
import { defineCommand, parseArgv, type Values } from './args.ts';

/** Debian-like systems and the package that gives a real (not snap) Chromium there. */
export function debianPackage(osRelease: string): string | undefined {
  const field = (key: string) =>
    new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '';
  const ids = `${field('ID')} ${field('ID_LIKE')}`.split(/\s+/);
  if (ids.includes('debian') && !ids.includes('ubuntu') && field('ID') !== 'ubuntu')
    return 'chromium';
  if (ids.includes('ubuntu')) return 'chromium-browser';
  return undefined;
}

function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

async function version(file: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(file, ['--version'], { timeout: 15_000 });
    return stdout.trim();
  } catch {
    return 'version unknown';
  }
}

/** Runs a command with its output shown, so the user sees apt's progress. */
function run(command: string, args: string[]): Promise<void> {
  console.log(`$ ${command} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new UserError(
            `"${command} ${args.join(' ')}" failed (exit code ${code}). See its messages above.`,
          ),
        );
    });
  });
}

function tryFind(explicit: string | undefined, config: Config): string | undefined {
  try {
    return findBrowser(explicit);
  } catch (error) {
    // An explicit path or CHROME_PATH that is wrong must be fixed, not papered over by installing.
    if (explicit || config.chromePath) throw error;
    return undefined;
  }
}

const setupArgs = { options: { 'browser-path': { type: 'string', value: '<file>' } } } as const;

async function setupBrowser(
  config: Config,
  { values }: { values: Values<typeof setupArgs.options> },
): Promise<void> {
  const explicit = values['browser-path'];
  const found = tryFind(explicit, config);
  if (found) {
    console.log(`PDFs will be printed with ${found} (${await version(found)}). Nothing to set up.`);
    return;
  }
  const pkg = process.platform === 'linux' ? debianPackage(readOsRelease()) : undefined;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (pkg && root) {
    console.log(`No browser for PDFs yet; installing ${pkg} from your system's packages.`);
    await run('apt-get', ['update']);
    await run('apt-get', ['install', '-y', '--no-install-recommends', pkg]);
    const installed = findBrowser();
    console.log(`Installed. PDFs will be printed with ${installed} (${await version(installed)}).`);
    return;
  }
  const command = pkg
    ? `Run this once, then run the command again:\n  sudo apt-get install -y ${pkg}`
    : process.platform === 'linux'
      ? "Install Chromium or Google Chrome with your system's package manager, then run the command again."
      : (installHelp[process.platform] ?? '');
  throw new UserError(
    `No Chrome, Chromium or Edge was found; PDFs need one.\n${command}\nOr point to one with --browser-path <file> or CHROME_PATH.`,
  );
}

export const setupBrowserCommand = defineCommand({
  script: 'setup:browser',
  usage: `Find the Chrome, Chromium or Edge that prints PDFs. If there is none: on Debian or Ubuntu,
running as root, install the system's Chromium; anywhere else, print the command to run.

Usage: npm run setup:browser [-- --browser-path <file>]

  --browser-path <file>  Check this browser instead of looking for one.
  --help                 Show this help.
`,
  parse: (args) => parseArgv(setupArgs, args),
  run: setupBrowser,
});
