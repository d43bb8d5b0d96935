/**
 * The reading-grade check for patient text: every string at most grade 8, the whole at most grade 6.
 *
 * Flesch–Kincaid is a formula for passages. On a fragment of two or three words ("Side leg lift",
 * "Hip lift") one long word swings it by 10 grades either way, so strings shorter than `minWords`
 * are not judged on their own. They are not dropped either: every string, short or long, counts
 * in the whole-library grade, which adds up all words, sentences and syllables before dividing.
 */
import type { PatientText } from './patient-text.ts';
import { fleschKincaidGrade, gradeOf, sumStats, textStats, words } from './readability.ts';

export interface ReadingLimits {
  /** Highest grade allowed for any one string that is long enough to score. */
  readonly maxGrade: number;
  /** Highest grade allowed for the average of the scored strings, and for all the text together. */
  readonly maxAverage: number;
  /** Strings with fewer words are only scored as part of the whole. */
  readonly minWords: number;
}

export const patientLimits: ReadingLimits = { maxGrade: 8, maxAverage: 6, minWords: 6 };

export interface ScoredText extends PatientText {
  readonly grade: number;
}

export interface ReadingReport {
  /** Strings long enough to score on their own, with their grade. */
  readonly scored: readonly ScoredText[];
  /** Scored strings above `maxGrade`, hardest first. */
  readonly tooHard: readonly ScoredText[];
  /** Mean grade of the scored strings. */
  readonly average: number;
  /** Grade of all the text taken as one document (every string counts). */
  readonly whole: number;
  /** Problems in words; empty when the text passes. */
  readonly problems: readonly string[];
}

const one = (n: number) => n.toFixed(1);

/** Scores every text and lists what breaks the limits, naming file and field. */
export function checkReading(
  texts: readonly PatientText[],
  limits: ReadingLimits = patientLimits,
): ReadingReport {
  const scored = texts
    .filter((t) => words(t.text).length >= limits.minWords)
    .map((t) => ({ ...t, grade: fleschKincaidGrade(t.text) }));
  const tooHard = scored.filter((t) => t.grade > limits.maxGrade).sort((a, b) => b.grade - a.grade);
  const average = scored.length ? scored.reduce((sum, t) => sum + t.grade, 0) / scored.length : 0;
  const whole = gradeOf(sumStats(texts.map((t) => textStats(t.text))));
  const problems = [
    ...tooHard.map(
      (t) =>
        `${t.file} ${t.field}: grade ${one(t.grade)} (limit ${limits.maxGrade}): "${t.text}". ` +
        'Use shorter sentences and shorter words.',
    ),
    ...(average > limits.maxAverage
      ? [
          `average grade of ${scored.length} strings is ${one(average)} (limit ${limits.maxAverage})`,
        ]
      : []),
    ...(whole > limits.maxAverage
      ? [
          `grade of all ${texts.length} strings together is ${one(whole)} (limit ${limits.maxAverage})`,
        ]
      : []),
  ];
  return { scored, tooHard, average, whole, problems };
}
