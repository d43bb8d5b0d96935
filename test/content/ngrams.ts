/**
 * Word n-grams, to prove our text is written in our own words. Text is normalised first, so that
 * case, punctuation, hyphens and curly quotes cannot hide a copied run of words.
 */
import { createHash } from 'node:crypto';

/** Lower-case words with punctuation removed: "Hip Pain, After-Running!" → hip pain after running. */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '') // "it's" → "its", so a dropped apostrophe still matches
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every run of `n` words in a text, each joined by single spaces. */
export function wordNgrams(text: string, n: number): string[] {
  const list = normalisedWords(text);
  const grams: string[] = [];
  for (let start = 0; start + n <= list.length; start += 1)
    grams.push(list.slice(start, start + n).join(' '));
  return grams;
}

/**
 * A short, stable fingerprint of an n-gram. Lets the project keep the fingerprints of a source
 * text (to check against) without keeping a copy of the text itself.
 */
export function gramFingerprint(gram: string): string {
  return createHash('sha256').update(gram).digest('hex').slice(0, 16);
}
