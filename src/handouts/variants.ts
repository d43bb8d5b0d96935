/** The kinds of handout: paper size and print size, and the file name of each. */
import { handoutFileName as fileName, papers, type Paper } from '../domain/links.ts';

export { papers, type Paper };

export interface Variant {
  readonly paper: Paper;
  /** Large print: 18 pt body text instead of 12 pt. */
  readonly large: boolean;
}

/** What `npm run build` makes for every routine. */
export const buildVariants: readonly Variant[] = papers.flatMap((paper) => [
  { paper, large: false },
  { paper, large: true },
]);

/** side-hip-starter + letter, large → "side-hip-starter-letter-large.pdf" ("…-es-letter-large.pdf" in Spanish). */
export function handoutFileName(routineId: string, variant: Variant, language?: string): string {
  return fileName(routineId, variant.paper, variant.large, language);
}

/** Size in CSS `@page` terms, and in PDF points (used by tests and messages). */
export const paperSizes: Record<Paper, { css: string; points: [number, number]; label: string }> = {
  a4: { css: 'A4', points: [595, 842], label: 'A4' },
  letter: { css: 'letter', points: [612, 792], label: 'US Letter' },
};
