import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
