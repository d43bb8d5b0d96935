/** What every build step gets: the configuration, the checked library, the templates and one browser. */
import type { Config } from '../core/config.ts';
import type { PageHost } from '../pdf/browser.ts';
import type { Library } from '../model/library.ts';
import type { TemplateEnv } from '../render/env.ts';

export interface BuildContext {
  readonly config: Config;
  /** The library in the language the content is written in (the first of settings' `languages`). */
  readonly library: Library;
  /**
   * The library in every language settings.yaml switches on, `library` first: the handout and deck
   * steps make each file in each of them ("a-letter.pdf", "a-es-letter.pdf").
   */
  readonly libraries: readonly Library[];
  readonly templates: TemplateEnv;
  /**
   * The one browser of this build, launched on first call and shared by every step (handouts,
   * decks, screenshots). Steps never close it: the build does, in `finally`, after all steps.
   * Open pages with `withPage` or a page pool from src/pdf/; close them in your step.
   */
  readonly browser: () => Promise<PageHost>;
  /** --browser-path from the command line, if given. */
  readonly browserPath: string | undefined;
  /**
   * In a sharded build: whether this shard makes a file ("handouts/a-a4.pdf", "decks/a.pdf").
   * Absent in a whole build, which makes everything.
   */
  readonly prints?: (file: string) => boolean;
}
