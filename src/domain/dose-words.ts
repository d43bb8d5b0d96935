/** A dose in plain words and in numbers: "2 sets of 10 on each side", "2 × 10 each side". */
import type { Dose, Frequency } from '../model/schema/dose.ts';

export type Units = 'km' | 'mi';

const numberWords = ['zero', 'once', 'twice'];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** 45 → "45 seconds", 90 → "90 seconds", 120 → "2 minutes". */
export function durationWords(seconds: number): string {
  if (seconds >= 120 && seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return plural(seconds, 'second');
}

/** Metres in whole yards, for settings in miles: 10 → 11. */
export function yardsOf(metres: number): number {
  return Math.round(metres * 1.0936);
}

function distance(metres: number, units: Units): string {
  return units === 'mi' ? plural(yardsOf(metres), 'yard') : plural(metres, 'metre');
}

/**
 * A span of minutes, the one wording of every output: 5 → "5 minutes", 5 and 10 → "5 to 10
 * minutes", 1 → "1 minute", 1.5 → "90 seconds".
 */
export function minutesWords(from: number, to: number = from): string {
  const words = (n: number) =>
    Number.isInteger(n) ? plural(n, 'minute') : durationWords(Math.round(n * 60));
  return to === from ? words(from) : `${from} to ${words(to)}`;
}

/** The amount of one set: "10", "30-second hold", "45 seconds", "10 metres". */
export function amountWords(dose: Dose, units: Units): string {
  const side = dose.perSide ? ' on each side' : '';
  const sets = dose.sets;
  if (dose.reps !== undefined) return `${plural(sets, 'set')} of ${dose.reps}${side}`;
  if (dose.holdSeconds !== undefined) {
    const hold = durationWords(dose.holdSeconds);
    return sets === 1 ? `1 hold of ${hold}${side}` : `${sets} holds of ${hold}${side}`;
  }
  if (dose.seconds !== undefined)
    return `${plural(sets, 'round')} of ${durationWords(dose.seconds)}${side}`;
  if (dose.metres !== undefined)
    return `${plural(sets, 'set')} of ${distance(dose.metres, units)}${side}`;
  return plural(sets, 'set');
}

/** How often a whole routine is done: "once a week", "3 days a week", or past 7, "10 times a week". */
export function weeklyWords(timesPerWeek: number): string {
  if (timesPerWeek === 1) return 'once a week';
  return timesPerWeek <= 7 ? `${timesPerWeek} days a week` : `${timesPerWeek} times a week`;
}

/** "once a week" → "Once a week", for a label that starts a line. */
export function sentenceCase(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function frequencyWords(frequency: Frequency): string {
  const perDay = numberWords[frequency.timesPerDay] ?? `${frequency.timesPerDay} times`;
  const days =
    frequency.daysPerWeek === 7 ? 'every day' : `${plural(frequency.daysPerWeek, 'day')} a week`;
  return `${perDay} a day, ${days}`;
}

export function restWords(dose: Dose): string {
  if (dose.sets === 1 || dose.restSeconds === 0) return '';
  return `Rest ${durationWords(dose.restSeconds)} between sets.`;
}

/** The whole dose in words: "2 sets of 10 on each side, once a day, 3 days a week". */
export function doseWords(dose: Dose, units: Units): string {
  return `${amountWords(dose, units)}, ${frequencyWords(dose.frequency)}`;
}

/** The dose in numbers for a slide or a card corner: "2 × 10 each side", "3 × 30 s hold". */
export function doseNumbers(dose: Dose, units: Units): string {
  const side = dose.perSide ? ' each side' : '';
  const amount =
    dose.reps !== undefined
      ? `${dose.reps}`
      : dose.holdSeconds !== undefined
        ? `${dose.holdSeconds} s hold`
        : dose.seconds !== undefined
          ? `${dose.seconds} s`
          : dose.metres !== undefined
            ? units === 'mi'
              ? `${yardsOf(dose.metres)} yd`
              : `${dose.metres} m`
            : '';
  return `${dose.sets} × ${amount}${side}`;
}
