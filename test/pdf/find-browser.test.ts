import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserVersion } from '../../src/pdf/browser.ts';
import { findBrowser } from '../../src/pdf/find-browser.ts';

let folder: string;
let fake: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-find-'));
  fake = path.join(folder, 'chromium');
  await writeFile(fake, '#!/bin/sh\n');
  await chmod(fake, 0o755);
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

const empty = () => path.join(folder, 'empty');

describe('finding a browser', () => {
  it('says how to install one when there is none anywhere', () => {
    expect(() => findBrowser(undefined, { PATH: empty() }, [])).toThrowErrorMatchingInlineSnapshot(`
      [UserError: No Chrome, Chromium or Edge was found; PDFs need one.
      Run "npm run setup:browser", or install Chromium yourself, for example on Debian: sudo apt-get install -y chromium
      Or point to one with --browser-path <file> or CHROME_PATH.]
    `);
  });

  it('takes --browser-path first, then CHROME_PATH, then the usual places, then PATH', () => {
    const other = '/usr/bin/true';
    expect(findBrowser(fake, { CHROME_PATH: other }, [other])).toBe(fake);
    expect(findBrowser(undefined, { CHROME_PATH: fake, PATH: folder }, [other])).toBe(fake);
    expect(findBrowser(undefined, { PATH: folder }, [fake])).toBe(fake);
    expect(findBrowser(undefined, { PATH: `${empty()}:${folder}` }, [])).toBe(fake);
  });

  it('does not look further when a given path is wrong', () => {
    expect(() => findBrowser('/nonexistent/chrome', {}, [fake])).toThrowErrorMatchingInlineSnapshot(
      `[UserError: No browser at --browser-path /nonexistent/chrome. Give the full path to Chrome, Chromium or Edge.]`,
    );
    expect(() =>
      findBrowser(undefined, { CHROME_PATH: '/nonexistent/chrome' }, [fake]),
    ).toThrowErrorMatchingInlineSnapshot(
      `[UserError: CHROME_PATH is set to /nonexistent/chrome, but there is no browser there. Fix or unset CHROME_PATH.]`,
    );
  });

  it("names the browser by its own version line, so the caches' keys change with an upgrade", async () => {
    const versioned = async (name: string, line: string) => {
      const file = path.join(folder, name);
      await writeFile(file, `#!/bin/sh\necho "${line}"\n`);
      await chmod(file, 0o755);
      return browserVersion({ browserPath: file });
    };
    const old = await versioned('chromium-150', 'Chromium 150.0.7871.100 built on Debian');
    const upgraded = await versioned('chromium-151', 'Chromium 151.0.7900.1 built on Debian');
    expect(old).toContain('Chromium 150.0.7871.100');
    expect(upgraded).toContain('Chromium 151.0.7900.1');
    expect(old).not.toBe(upgraded);
    // No browser: no version, and nothing cached is used.
    expect(browserVersion({ browserPath: path.join(folder, 'missing') })).toBe('');
  });
});
