/**
 * Builds only the website, for the browser tests: `node test/site/build-site.ts <content> <outDir>`.
 * (The full `npm run build` also makes every handout and deck, which these tests do not need.)
 */
import { buildSite } from '../../src/build/site.ts';
import { report } from '../../src/cli/report.ts';
import { loadLibrary } from '../../src/model/load.ts';

const [content, outDir] = process.argv.slice(2);
if (!content || !outDir) throw new Error('usage: build-site.ts <content> <outDir>');
await loadLibrary(content)
  .then((library) =>
    buildSite(library, outDir, { base: process.env['ROUTINE_PRESS_BASE'], debug: false }),
  )
  .catch((error: unknown) => report(error, Boolean(process.env['DEBUG'])));
