/**
 * Flesch–Kincaid grade level: roughly the US school grade needed to read a text with ease.
 * grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 * (Kincaid et al., 1975). Long sentences and long words raise it.
 */
import { numberSyllables, wordSyllables } from './syllables.ts';

/** Counts behind a grade, so a failing text can show why it scored high. */
export interface TextStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/** A word: letters or digits, with inner hyphens or apostrophes ("side-lying", "don't", "27.5"). */
const wordPattern = /[\p{L}\d]+(?:[-'’.,][\p{L}\d]+)*/gu;

/** The words of a text. A hyphenated word counts as one word with all its syllables (stricter). */
export function words(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

function syllablesOf(word: string): number {
  if (/^[\d.,]+$/.test(word)) return numberSyllables(word);
  return word
    .split(/[-'’]/)
    .reduce(
      (sum, part) => sum + (/\d/.test(part) ? numberSyllables(part) : wordSyllables(part)),
      0,
    );
}

/** Sentences end with . ! or ? before a space or the end; a text without one is one sentence. */
export function sentenceCount(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$)/g)?.length ?? 0;
  const trailing = /[.!?]\s*$/.test(text) ? 0 : 1;
  return Math.max(1, ends + trailing);
}

/** Word, sentence and syllable counts of a text. */
export function textStats(text: string): TextStats {
  const list = words(text);
  return {
    words: list.length,
    sentences: sentenceCount(text),
    syllables: list.reduce((sum, w) => sum + syllablesOf(w), 0),
  };
}

/** The Flesch–Kincaid grade of counts; 0 for a text with no words. */
export function gradeOf(stats: TextStats): number {
  if (stats.words === 0) return 0;
  return 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
}

/** The Flesch–Kincaid grade of a text. */
export function fleschKincaidGrade(text: string): number {
  return gradeOf(textStats(text));
}

/** Adds counts together, to score many short texts as one document. */
export function sumStats(all: readonly TextStats[]): TextStats {
  return all.reduce(
    (sum, s) => ({
      words: sum.words + s.words,
      sentences: sum.sentences + s.sentences,
      syllables: sum.syllables + s.syllables,
    }),
    { words: 0, sentences: 0, syllables: 0 },
  );
}
