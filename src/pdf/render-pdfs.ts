/**
 * Renders many PDFs on one shared browser through a small page pool: each job's document is made
 * when its turn comes, looked up in the content-hash cache, printed only on a miss, then written
 * atomically to every file it names; neither the document nor its PDF is kept after that.
 * The browser is asked for only when something must be printed, so a fully cached build never
 * starts Chromium. Pages are closed in `finally`; the browser belongs to the caller.
 */
import { browserStopped, type PageHost } from './browser.ts';
import { cacheKey, type PdfCache } from './cache.ts';
import { createPagePool, defaultPoolSize, type PagePool } from './page-pool.ts';
import { stampDate } from './pdf-dates.ts';
import { NotPrinted, printPdf, type DocumentSource, type PrintOptions } from './print.ts';
import { progress, type ProgressStream } from './progress.ts';
import { UserError } from '../core/errors.ts';
import { writeFileAtomic } from '../core/fs.ts';

export interface PdfJob {
  /**
   * The document, or what makes it when the job's turn comes: a build of thousands of documents
   * then holds only the few being printed, not every document's HTML at once (at 100× the
   * content, the decks' HTML alone was gigabytes).
   */
  readonly source: DocumentSource | (() => Promise<DocumentSource>);
  /** Names the document in messages: "The handout side-hip-starter-a4.pdf". */
  readonly what: string;
  /** Where the PDF goes; the same bytes are written to each file. */
  readonly files: readonly string[];
  /** For a URL source, the key that identifies its content; without it a URL is never cached. */
  readonly cacheKey?: string;
  readonly tagged?: boolean;
  readonly outline?: boolean;
  /** Checked on the loaded document before it is printed; a cached PDF passed it when printed. */
  readonly check?: PrintOptions['check'];
}

export interface RenderOptions {
  /** Shown in progress lines: "handouts 12/40". */
  readonly label: string;
  /** The build's shared browser (BuildContext.browser), called only on a cache miss. */
  readonly browser: () => Promise<PageHost>;
  readonly cache?: PdfCache | undefined;
  readonly poolSize?: number;
  readonly timeout?: number;
  readonly allowedOrigin?: string;
  readonly javaScript?: boolean;
  /**
   * The date every PDF carries as its creation date (see pdf-dates.ts): the build's, so the same
   * document has the same bytes in every build of that date. Without it, the time it was printed.
   */
  readonly date?: Date;
  /** Where progress goes; tests pass a quiet stream. */
  readonly stream?: ProgressStream;
}

export interface RenderStats {
  readonly rendered: number;
  readonly cached: number;
  /** Milliseconds spent in Chromium (load, fonts, print) summed over printed documents. */
  readonly chromiumMs: number;
}

/** A job's document, made now if the job makes it when its turn comes. */
export function documentOf(job: PdfJob): Promise<DocumentSource> {
  return typeof job.source === 'function' ? job.source() : Promise.resolve(job.source);
}

function keyOf(job: PdfJob, source: DocumentSource): string | undefined {
  const options = { tagged: job.tagged ?? true, outline: job.outline ?? true };
  if ('html' in source) return cacheKey(source.html, options);
  return job.cacheKey === undefined ? undefined : cacheKey(job.cacheKey, options);
}

export async function renderPdfs(
  jobs: readonly PdfJob[],
  options: RenderOptions,
): Promise<RenderStats> {
  const shown = progress(options.label, jobs.length, options.stream);
  let pool: Promise<PagePool> | undefined;
  let browser: PageHost | undefined;
  const getPool = () =>
    (pool ??= options.browser().then((launched) => {
      browser = launched;
      return createPagePool(launched, {
        size: options.poolSize ?? defaultPoolSize,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        allowedOrigin: options.allowedOrigin,
        javaScript: options.javaScript ?? false,
      });
    }));
  let rendered = 0;
  let chromiumMs = 0;
  // What the jobs' checks refused: every job still runs, then all of it is said at once.
  const refused: string[] = [];

  const renderOne = async (job: PdfJob): Promise<void> => {
    const source = await documentOf(job);
    const key = keyOf(job, source);
    let pdf = key === undefined ? undefined : await options.cache?.get(key);
    if (!pdf) {
      const pages = await getPool();
      const started = performance.now();
      try {
        pdf = await pages.use((pooled) => printPdf(pooled, source, job));
      } catch (error) {
        if (!(error instanceof NotPrinted)) throw browserStopped(browser, job.what, error);
        refused.push(...error.problems);
        shown.tick();
        return;
      }
      chromiumMs += performance.now() - started;
      rendered++;
      if (key !== undefined) await options.cache?.put(key, pdf);
    }
    if (options.date) stampDate(pdf, options.date);
    for (const file of job.files) await writeFileAtomic(file, pdf);
    shown.tick();
  };

  try {
    // As many workers as pages: each takes the next job until none are left.
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift())
        await renderOne(job).catch((error: unknown) => {
          queue.length = 0; // stop the other workers after their current job
          throw error;
        });
    };
    const results = await Promise.allSettled(
      Array.from({ length: Math.max(1, options.poolSize ?? defaultPoolSize) }, worker),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (refused.length > 0)
      throw new UserError(
        `${refused.length === 1 ? 'Something does' : `${refused.length} things do`} not fit on the page:\n${refused.join('\n')}`,
      );
  } finally {
    shown.stop();
    if (pool) await (await pool.catch(() => undefined))?.close();
  }
  const cached = jobs.length - rendered;
  shown.done(cached > 0 ? `(${cached} unchanged, from the cache)` : '');
  await options.cache?.prune();
  return { rendered, cached, chromiumMs };
}
