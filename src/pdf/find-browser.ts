/**
 * Finds an installed Chrome, Chromium or Edge. Order: an explicit path (--browser-path), then
 * CHROME_PATH, then the usual install places, then PATH. Nothing is ever downloaded.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors.ts';

const wellKnown: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    String.raw`C:\Program Files\Google\Chrome\Application\chrome.exe`,
    String.raw`C:\Program Files (x86)\Google\Chrome\Application\chrome.exe`,
    String.raw`C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe`,
    String.raw`C:\Program Files\Microsoft\Edge\Application\msedge.exe`,
  ],
};
const onPath = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'msedge',
];

function runnable(file: string): boolean {
  try {
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function searchPath(env: NodeJS.ProcessEnv): string | undefined {
  const extensions = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const folder of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean))
    for (const name of onPath)
      for (const ext of extensions) {
        const file = path.join(folder, name + ext);
        if (runnable(file)) return file;
      }
  return undefined;
}

export const installHelp = {
  linux:
    'Run "npm run setup:browser", or install Chromium yourself, for example on Debian: sudo apt-get install -y chromium',
  darwin: 'Install Google Chrome from https://www.google.com/chrome/ and run the command again.',
  win32: 'Install Google Chrome or Microsoft Edge and run the command again.',
} as Record<string, string>;

/**
 * The browser to use, or a UserError that says how to get one. `places` are the usual install
 * paths for this platform; tests pass their own to see what happens on a machine without one.
 */
export function findBrowser(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  places: readonly string[] = wellKnown[process.platform] ?? [],
): string {
  if (explicit) {
    if (runnable(explicit)) return explicit;
    throw new UserError(
      `No browser at --browser-path ${explicit}. Give the full path to Chrome, Chromium or Edge.`,
    );
  }
  const fromEnv = env['CHROME_PATH'];
  if (fromEnv) {
    if (runnable(fromEnv)) return fromEnv;
    throw new UserError(
      `CHROME_PATH is set to ${fromEnv}, but there is no browser there. Fix or unset CHROME_PATH.`,
    );
  }
  const found = places.find(runnable) ?? searchPath(env);
  if (found) return found;
  const help = installHelp[process.platform] ?? installHelp['linux'] ?? '';
  throw new UserError(
    `No Chrome, Chromium or Edge was found; PDFs need one.\n${help}\nOr point to one with --browser-path <file> or CHROME_PATH.`,
  );
}
