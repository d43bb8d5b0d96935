/**
 * A dose in plain words and in numbers: "2 sets of 10 on each side", "2 × 10 each side"; in
 * Spanish "2 series de 12 de cada lado". The grammar is the catalog's `dose` patterns, plurals by
 * `Intl.PluralRules` and numbers by `Intl.NumberFormat` of the catalog's locale, so no sentence is
 * put together from English pieces. Every function takes those words last
 * (no default: browser scripts get them from the page, so they bundle no catalog).
 */
import type { Dose, Frequency } from '../model/schema/dose.ts';
import type { Catalog } from './catalog/index.ts';

export type Units = 'km' | 'mi';
export type DoseWords = Catalog['dose'];
type Plural = Readonly<Record<string, string>>;

// Made once a locale: building an Intl formatter costs far more than using it (a whole build asks
// for dose words hundreds of thousands of times).
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: 'min2' });
    numberFormats.set(locale, format);
  }
  return format;
}

function pluralRule(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** "{n}" and the other values filled in; numbers in the locale's digits ("1,5" in Spanish). */
function pattern(words: DoseWords, text: string, values: Record<string, string | number>): string {
  const format = numberFormat(words.locale);
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format.format(value) : value;
  });
}

/** The form of a plural for `n`: an exact "=n" form first, then the language's plural category. */
function plural(
  words: DoseWords,
  forms: Plural,
  n: number,
  values: Record<string, string | number> = {},
): string {
  const category = pluralRule(words.locale).select(n);
  const form = forms[`=${n}`] ?? forms[category] ?? forms['other'] ?? '';
  return pattern(words, form, { n, ...values });
}

/** 45 → "45 seconds", 90 → "90 seconds", 120 → "2 minutes". */
export function durationWords(seconds: number, words: DoseWords): string {
  if (seconds >= 120 && seconds % 60 === 0) return plural(words, words.minutes, seconds / 60);
  return plural(words, words.seconds, seconds);
}

/** Metres in whole yards, for settings in miles: 10 → 11. */
export function yardsOf(metres: number): number {
  return Math.round(metres * 1.0936);
}

function distance(metres: number, units: Units, words: DoseWords): string {
  return units === 'mi'
    ? plural(words, words.yards, yardsOf(metres))
    : plural(words, words.metres, metres);
}

/**
 * A span of minutes, the one wording of every output: 5 → "5 minutes", 5 and 10 → "5 to 10
 * minutes", 1 → "1 minute", 1.5 → "90 seconds".
 */
export function minutesWords(from: number, to: number = from, words: DoseWords): string {
  const span = (n: number) =>
    Number.isInteger(n)
      ? plural(words, words.minutes, n)
      : durationWords(Math.round(n * 60), words);
  return to === from ? span(from) : pattern(words, words.range, { from, to: span(to) });
}

/** The amount of all sets: "2 sets of 10", "2 holds of 30 seconds", "2 rounds of 45 seconds". */
export function amountWords(dose: Dose, units: Units, words: DoseWords): string {
  const side = dose.perSide ? words.eachSide : '';
  const sets = dose.sets;
  if (dose.reps !== undefined) return plural(words, words.reps, sets, { amount: dose.reps, side });
  if (dose.holdSeconds !== undefined)
    return plural(words, words.holds, sets, {
      amount: durationWords(dose.holdSeconds, words),
      side,
    });
  if (dose.seconds !== undefined)
    return plural(words, words.rounds, sets, { amount: durationWords(dose.seconds, words), side });
  if (dose.metres !== undefined)
    return plural(words, words.reps, sets, { amount: distance(dose.metres, units, words), side });
  return plural(words, words.sets, sets);
}

/** How often a whole routine is done: "once a week", "3 days a week", or past 7, "10 times a week". */
export function weeklyWords(timesPerWeek: number, words: DoseWords): string {
  return timesPerWeek <= 7
    ? plural(words, words.weekly, timesPerWeek)
    : pattern(words, words.weeklyOver7, { n: timesPerWeek });
}

/** "once a week" → "Once a week", for a label that starts a line. */
export function sentenceCase(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function frequencyWords(frequency: Frequency, words: DoseWords): string {
  return pattern(words, words.frequency, {
    perDay: plural(words, words.timesPerDay, frequency.timesPerDay),
    days: plural(words, words.daysPerWeek, frequency.daysPerWeek),
  });
}

export function restWords(dose: Dose, words: DoseWords): string {
  if (dose.sets === 1 || dose.restSeconds === 0) return '';
  return pattern(words, words.rest, { duration: durationWords(dose.restSeconds, words) });
}

/** The whole dose in words: "2 sets of 10 on each side, once a day, 3 days a week". */
export function doseWords(dose: Dose, units: Units, words: DoseWords): string {
  return pattern(words, words.whole, {
    amount: amountWords(dose, units, words),
    frequency: frequencyWords(dose.frequency, words),
  });
}

/** The dose in numbers for a slide or a card corner: "2 × 10 each side", "3 × 30 s hold". */
export function doseNumbers(dose: Dose, units: Units, words: DoseWords): string {
  const side = dose.perSide ? words.numbersEachSide : '';
  const amount =
    dose.reps !== undefined
      ? pattern(words, '{n}', { n: dose.reps })
      : dose.holdSeconds !== undefined
        ? pattern(words, words.numbersHold, { n: dose.holdSeconds })
        : dose.seconds !== undefined
          ? pattern(words, words.numbersSeconds, { n: dose.seconds })
          : dose.metres !== undefined
            ? units === 'mi'
              ? pattern(words, words.numbersYards, { n: yardsOf(dose.metres) })
              : pattern(words, words.numbersMetres, { n: dose.metres })
            : '';
  return pattern(words, words.numbers, { sets: dose.sets, amount, side });
}
