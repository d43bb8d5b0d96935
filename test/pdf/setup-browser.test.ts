import { describe, expect, it } from 'vitest';
import { debianPackage } from '../../src/cli/setup-browser.ts';
import { runCli } from '../helpers/cli.ts';

describe('npm run setup:browser', () => {
  it('says which browser it found, and its version', async () => {
    const result = await runCli(['setup-browser'], { CHROME_PATH: '/usr/bin/chromium' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^PDFs will be printed with \/usr\/bin\/chromium \((Chromium|Google Chrome) [\d.]+.*\)\. Nothing to set up\.\n$/,
    );
  });

  it('does not install anything when CHROME_PATH points nowhere; it says what to fix', async () => {
    const result = await runCli(['setup-browser'], { CHROME_PATH: '/nonexistent/chrome' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'CHROME_PATH is set to /nonexistent/chrome, but there is no browser there. Fix or unset CHROME_PATH.\n',
    );
  });

  it("installs Debian's chromium, or Ubuntu's chromium-browser, and nothing on other systems", () => {
    expect(debianPackage('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(
      'chromium',
    );
    expect(debianPackage('ID=ubuntu\nID_LIKE=debian\n')).toBe('chromium-browser');
    expect(debianPackage('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe('chromium-browser');
    expect(debianPackage('ID=raspbian\nID_LIKE=debian\n')).toBe('chromium');
    expect(debianPackage('ID=fedora\n')).toBeUndefined();
    expect(debianPackage('')).toBeUndefined();
  });
});
