/** Renders the handouts of a content folder in this process, on one browser, for the PDF tests. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { handoutJobs } from '../../src/handouts/build.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { renderPdfs } from '../../src/pdf/render-pdfs.ts';
import { sharedBrowser } from '../../src/pdf/shared-browser.ts';
import { templateEnv } from '../../src/render/env.ts';
import type { Library } from '../../src/model/library.ts';

/** Progress lines go nowhere in tests. */
export const quiet = { write: () => true };

export async function renderAll(content: string): Promise<{ folder: string; library: Library }> {
  const library = await loadLibrary(content);
  const folder = await mkdtemp(path.join(os.tmpdir(), 'routine-press-handouts-'));
  const browser = sharedBrowser();
  try {
    const jobs = handoutJobs(
      { library, templates: templateEnv('templates') },
      [folder],
      new Date(),
    );
    await renderPdfs(jobs, { label: 'handouts', browser: browser.get, stream: quiet });
  } finally {
    await browser.close();
  }
  return { folder, library };
}
