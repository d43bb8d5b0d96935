/**
 * A syllable counter for English, good enough for a reading-grade score. It is a set of spelling
 * rules, not a dictionary, so it misses on some words (most often Latin names such as "gluteus");
 * the errors are small and go both ways, which is why it is used on whole strings, never to judge
 * one word. Numbers are counted as they are said aloud: "27" is "twen-ty-sev-en", 4 syllables.
 */

const vowelGroups = /[aeiouy]+/g;

/** Vowel pairs that are usually said as two syllables: "me-di-um", "cre-ate", "po-em". */
const splitPairs =
  /(?:[^tcsg]i[aou])|(?:ea(?!r|d|t|ch|k|l|m|n|s|v|th|p))|(?:oe(?!s$))|(?:ie(?=r|t))/g;

/** Syllables in a word made of letters (any case, apostrophes allowed). */
export function wordSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // A leading "y" is a consonant ("you", "yes").
  const letters = w.startsWith('y') ? w.slice(1) : w;
  let count = letters.match(vowelGroups)?.length ?? 0;
  count += letters.match(splitPairs)?.length ?? 0;
  // A final silent "e" ("make", "time"), but not "-le" or "-re" after a consonant ("ankle", "fibre").
  if (/[^aeiouy]e$/.test(letters) && !/[^aeiouy][lr]e$/.test(letters)) count -= 1;
  // "-es" and "-ed" endings are silent after most consonants ("makes", "rolled"), but not after
  // the sounds that need an extra beat ("boxes", "changes", "muscles", "lifted").
  if (/[^aeiouy]es$/.test(letters) && !/(?:[sxzcg]|ch|sh|[^aeiouy][lr])es$/.test(letters))
    count -= 1;
  if (/[^aeiouytd]ed$/.test(letters)) count -= 1;
  // A vowel before "-ing" is its own beat ("go-ing", "see-ing"), as is Latin "-eus" ("glu-te-us").
  if (/[aeiouy]ing$/.test(letters) || letters.endsWith('eus')) count += 1;
  return Math.max(1, count);
}

const ones = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1]; // zero … nine
const teens = [1, 3, 1, 2, 2, 2, 2, 3, 2, 2]; // ten … nineteen
const tens = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2]; // -, -, twenty … ninety

function below1000(n: number): number {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let count = hundreds > 0 ? (ones[hundreds] ?? 1) + 2 : 0; // "two hun-dred"
  if (rest === 0) return hundreds > 0 ? count : (ones[0] ?? 2);
  if (rest < 10) count += ones[rest] ?? 1;
  else if (rest < 20) count += teens[rest - 10] ?? 2;
  else count += (tens[Math.floor(rest / 10)] ?? 2) + (rest % 10 > 0 ? (ones[rest % 10] ?? 1) : 0);
  return count;
}

/** Syllables in a number as it is read aloud: "500" → 3, "27.5" → 6 ("twen-ty-sev-en point five"). */
export function numberSyllables(token: string): number {
  const [whole = '0', fraction = ''] = token.replace(/,/g, '').split('.');
  const n = Number.parseInt(whole, 10);
  const thousands = Math.floor(n / 1000);
  let count =
    thousands > 0
      ? below1000(thousands) + 2 + (n % 1000 > 0 ? below1000(n % 1000) : 0)
      : below1000(n);
  // Each digit after the point is read on its own, after "point".
  if (fraction.length > 0)
    count +=
      1 +
      Array.from(fraction.replace(/\D/g, ''), Number).reduce((sum, d) => sum + (ones[d] ?? 1), 0);
  return count;
}
