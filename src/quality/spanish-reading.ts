/**
 * Reading ease of Spanish patient text: the Fernández-Huerta score (1959), Flesch's reading ease
 * adapted to Spanish, in the corrected form (Law, 2011):
 *   ease = 206.84 − 60 × (syllables ÷ words) − 1.02 × (words ÷ sentences)
 * Higher is easier: 90 and above is read easily in grade 4, 80 in grade 5, 70 in grade 6, 60 in
 * grades 7 to 8. So the limits below are as strict as the English ones (src/quality/reading-check.ts):
 * every string at least 60 (grade 8), the average and the whole at least 70 (grade 6). As there,
 * strings shorter than `minWords` are not judged alone, one long word would swing them too far,
 * but they count in the whole.
 */
import type { PatientText } from './patient-text.ts';
import { sentenceCount, sumStats, words, type TextStats } from './readability.ts';
import { spanishNumberSyllables, spanishWordSyllables } from './spanish-syllables.ts';

export interface EaseLimits {
  /** Lowest ease allowed for any one string that is long enough to score. */
  readonly minEase: number;
  /** Lowest ease allowed for the average of the scored strings, and for all the text together. */
  readonly minAverage: number;
  /** Strings with fewer words are only scored as part of the whole. */
  readonly minWords: number;
}

export const spanishLimits: EaseLimits = { minEase: 60, minAverage: 70, minWords: 6 };

function syllablesOf(word: string): number {
  if (/^[\d.,]+$/.test(word)) return spanishNumberSyllables(word);
  return word
    .split(/[-'’]/)
    .reduce(
      (sum, part) =>
        sum + (/\d/.test(part) ? spanishNumberSyllables(part) : spanishWordSyllables(part)),
      0,
    );
}

/** Word, sentence and syllable counts of a Spanish text. */
export function spanishTextStats(text: string): TextStats {
  const list = words(text);
  return {
    words: list.length,
    sentences: sentenceCount(text),
    syllables: list.reduce((sum, w) => sum + syllablesOf(w), 0),
  };
}

/** The Fernández-Huerta ease of counts; 100 for a text with no words. */
export function easeOf(stats: TextStats): number {
  if (stats.words === 0) return 100;
  return 206.84 - 60 * (stats.syllables / stats.words) - 1.02 * (stats.words / stats.sentences);
}

/** The Fernández-Huerta ease of a Spanish text. */
export function fernandezHuerta(text: string): number {
  return easeOf(spanishTextStats(text));
}

export interface ScoredEase extends PatientText {
  readonly ease: number;
}

export interface EaseReport {
  /** Strings long enough to score on their own, with their ease. */
  readonly scored: readonly ScoredEase[];
  /** Scored strings below `minEase`, hardest first. */
  readonly tooHard: readonly ScoredEase[];
  /** Mean ease of the scored strings. */
  readonly average: number;
  /** Ease of all the text taken as one document (every string counts). */
  readonly whole: number;
  /** Problems in words; empty when the text passes. */
  readonly problems: readonly string[];
}

const one = (n: number) => n.toFixed(1);

/** Scores every Spanish text and lists what breaks the limits, naming file and field. */
export function checkSpanishReading(
  texts: readonly PatientText[],
  limits: EaseLimits = spanishLimits,
): EaseReport {
  const scored = texts
    .filter((t) => words(t.text).length >= limits.minWords)
    .map((t) => ({ ...t, ease: fernandezHuerta(t.text) }));
  const tooHard = scored.filter((t) => t.ease < limits.minEase).sort((a, b) => a.ease - b.ease);
  const average = scored.length ? scored.reduce((sum, t) => sum + t.ease, 0) / scored.length : 100;
  const whole = easeOf(sumStats(texts.map((t) => spanishTextStats(t.text))));
  const problems = [
    ...tooHard.map(
      (t) =>
        `${t.file} ${t.field}: reading ease ${one(t.ease)} (at least ${limits.minEase}): "${t.text}". ` +
        'Use shorter sentences and shorter, everyday words.',
    ),
    ...(average < limits.minAverage
      ? [
          `average reading ease of ${scored.length} strings is ${one(average)} (at least ${limits.minAverage})`,
        ]
      : []),
    ...(whole < limits.minAverage
      ? [
          `reading ease of all ${texts.length} strings together is ${one(whole)} (at least ${limits.minAverage})`,
        ]
      : []),
  ];
  return { scored, tooHard, average, whole, problems };
}
