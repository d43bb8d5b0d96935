/**
 * A syllable counter for Spanish, for a reading-ease score. Spanish is spelled as it is said, so
 * a few rules count nearly every word right: each syllable has one vowel sound; a weak vowel
 * (i, u, ü) next to another vowel joins it in one syllable ("cuer-po", "mue-ve"); two strong
 * vowels (a, e, o) are two syllables ("ro-de-o"), and so is a weak vowel with an accent
 * ("dí-a", "re-ú-ne"). The u of "que", "qui", "gue" and "gui" is silent, and a "y" at the end
 * of a word after a vowel sounds as one ("muy", "hoy"). Numbers count as they are said aloud:
 * "15" is "quin-ce", 2.
 */

const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const vowels = new Set([...strong, 'i', 'u', 'ü']);

/** Syllables in a word made of letters (any case); 0 when it holds no letters. */
export function spanishWordSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/([qg])u(?=[eéií])/g, '$1')
    .replace(/([aeiouáéíóú])y$/, '$1i');
  if (letters.length === 0) return 0;
  let count = 0;
  let previous: string | undefined;
  for (const char of letters) {
    if (!vowels.has(char)) {
      previous = undefined;
      continue;
    }
    if (previous === undefined || (strong.has(previous) && strong.has(char))) count += 1;
    previous = char;
  }
  // "y" on its own ("and") or a word written without vowels is still said as one beat.
  return Math.max(1, count);
}

// cero, uno … nueve; diez … diecinueve; -, -, veinte, treinta … noventa.
const ones = [2, 2, 1, 1, 2, 2, 1, 2, 2, 2];
const teens = [1, 2, 2, 2, 3, 2, 4, 4, 4, 4];
const tens = [0, 0, 2, 2, 3, 3, 3, 3, 3, 3];
// -, cien(to), doscientos … novecientos.
const hundreds = [0, 2, 3, 3, 4, 3, 3, 4, 4, 4];

function below1000(n: number): number {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  // "cien" alone is 1 syllable; "ciento tres" uses the longer form.
  let count = h === 1 && rest === 0 ? 1 : (hundreds[h] ?? 3);
  if (rest === 0) return h > 0 ? count : (ones[0] ?? 2);
  const unit = rest % 10;
  if (rest < 10) count += ones[rest] ?? 2;
  else if (rest < 20) count += teens[rest - 10] ?? 3;
  else if (rest < 30)
    count += unit === 0 ? 2 : 2 + (ones[unit] ?? 2); // veinte, vein-ti-dós
  else count += (tens[Math.floor(rest / 10)] ?? 3) + (unit > 0 ? 1 + (ones[unit] ?? 2) : 0); // trein-ta y cin-co
  return count;
}

/**
 * Syllables in a number as it is read aloud in Spanish: "500" → 3 ("qui-nien-tos"), "27,5" → 8
 * ("vein-ti-sie-te co-ma cin-co"). A comma or a point before 1 or 2 digits is the decimal mark
 * ("coma"); a point before 3 digits groups thousands ("1.000").
 */
export function spanishNumberSyllables(token: string): number {
  const grouped = token.replace(/[.](?=\d{3}(?:\D|$))/g, '');
  const [whole = '0', fraction = ''] = grouped.split(/[.,]/);
  const n = Number.parseInt(whole, 10) || 0;
  const thousands = Math.floor(n / 1000);
  let count =
    thousands > 0
      ? (thousands === 1 ? 0 : below1000(thousands)) + 1 + (n % 1000 > 0 ? below1000(n % 1000) : 0) // (dos) mil (cien)
      : below1000(n);
  // Decimals are read digit by digit after "coma".
  if (fraction.length > 0)
    count +=
      2 +
      Array.from(fraction.replace(/\D/g, ''), Number).reduce((sum, d) => sum + (ones[d] ?? 2), 0);
  return count;
}
