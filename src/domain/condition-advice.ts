/**
 * The advice of the routine's conditions that reaches the patient, on the handout and the routine
 * page: what to do about running and when to see a clinician, then everyday load (bed, sitting,
 * standing, stairs). The strongest running advice comes first, so "stop running" is never below
 * "run less". Left out when the routine says `printConditionAdvice: false` (its own advice says
 * it instead).
 */
import type { Library, Routine } from '../model/library.ts';
import { lookupAll } from '../model/lookup.ts';
import type { RunningAction } from '../model/schema/condition-advice.ts';
import type { Catalog } from './catalog/index.ts';
import { fill } from './catalog/fill.ts';

export interface ConditionAdviceView {
  /** "If you have pain on the outside of the hip:" */
  readonly heading: string;
  readonly running: string;
  readonly seeClinician: string;
  readonly everyday: readonly { readonly label: string; readonly text: string }[];
}

/** "Pain on the outside" → "pain on the outside", but "IT band" stays as it is. */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

const strength: Record<RunningAction, number> = {
  stop: 0,
  pause: 1,
  'run-less': 2,
  'keep-running': 3,
};
const everydayKeys = ['sleeping', 'sitting', 'standing', 'stairs'] as const;

export function conditionAdvice(
  library: Library,
  routine: Routine,
  words: Catalog['safety'],
): ConditionAdviceView[] {
  if (!routine.printConditionAdvice) return [];
  const conditions = lookupAll(library, 'condition', routine.conditions);
  const said = new Set<string>();
  // A sentence two conditions share ("Take stairs one step at a time.") is printed once.
  const once = (text: string | undefined) => {
    if (text === undefined || said.has(text)) return undefined;
    said.add(text);
    return text;
  };
  return [...conditions]
    .sort((a, b) => strength[a.running.action] - strength[b.running.action])
    .map((c) => ({
      heading: fill(words.ifYouHave, { name: lowerFirst(c.plainName) }),
      running: once(c.running.advice) ?? '',
      seeClinician: once(c.running.seeClinician) ?? '',
      everyday: everydayKeys.flatMap((key) => {
        const text = once(c.everyday?.[key]);
        return text === undefined ? [] : [{ label: words.everyday[key], text }];
      }),
    }));
}
