/**
 * `npm run handout -- --routine <id> …`: one personal handout for one patient, with their name,
 * the clinician, today's date and any dose changes, as a PDF file.
 */
import type { Config } from '../core/config.ts';
import { handoutHtml, programHandoutHtml } from '../handouts/html.ts';
import { handoutFit } from '../handouts/fit.ts';
import { paperSizes } from '../handouts/variants.ts';
import { loadLibrary } from '../model/load.ts';
import { pdfCache } from '../pdf/cache.ts';
import { renderPdfs } from '../pdf/render-pdfs.ts';
import { textPlaces } from '../quality/text-places.ts';
import { browserVersion } from '../pdf/browser.ts';
import { sharedBrowser } from '../pdf/shared-browser.ts';
import { templateEnv } from '../render/env.ts';
import { defineCommand } from './args.ts';
import { handoutRequest, handoutUsage, parseHandout } from './handout-args.ts';
import { plainWriteError } from './out-path.ts';

export const handoutCommand = defineCommand({
  script: 'handout',
  usage: handoutUsage,
  parse: parseHandout,
  checksLater: true,
  run: async (config: Config, parsed) => {
    const library = await loadLibrary(config.content, { language: parsed.values.lang });
    // npm runs scripts from the project folder; INIT_CWD is where the user typed the command.
    const request = await handoutRequest(library, parsed, config.userCwd);
    const { out, paper, large } = request;
    const templates = templateEnv(config.templates);
    const html = request.program
      ? await programHandoutHtml(library, templates, request.program, {
          paper,
          large,
          date: config.date,
        })
      : await handoutHtml(library, templates, request.routine, {
          paper,
          large,
          patient: request.patient,
          clinician: request.clinician,
          personal: true,
          date: config.date,
          doses: request.doses,
          stage: request.stage,
          clinicianNotes: request.clinicianNotes,
        });
    const browser = sharedBrowser({ browserPath: request.browserPath, config });
    try {
      const what = `The handout ${out}`;
      const { patient } = request;
      const check = handoutFit({ paper, large }, textPlaces(library), {
        what,
        patientFrom:
          patient === undefined
            ? undefined
            : parsed.values.patient === undefined
              ? `The patient's name "${patient}" in the program`
              : `--patient "${patient}"`,
      });
      await renderPdfs([{ source: { html }, what, files: [out], check }], {
        label: 'handout',
        browser: browser.get,
        cache: pdfCache(config.cache, browserVersion(request)),
        stream: process.stderr,
      });
    } catch (error) {
      throw plainWriteError(error, out);
    } finally {
      await browser.close();
    }
    const size = `${paperSizes[paper].label}${large ? ', large print' : ''}`;
    console.log(`Wrote ${out} (${size}).`);
  },
});
