/**
 * How much pain is OK: the guidance's pain rule with this routine's band limits, as three bands
 * with their scores and what to do in each, and the short form the tick-sheet's pain row prints.
 */
import type { PainLimits } from '../model/library.ts';
import type { PainRule } from '../model/schema/pain-rule.ts';
import { scoreRange, type SafetyWords } from './words.ts';

export type BandName = 'green' | 'amber' | 'red';

export interface PainBandView {
  readonly band: BandName;
  /** "Green" */
  readonly label: string;
  /** "0 to 3" */
  readonly scores: string;
  /** What to do in this band. */
  readonly text: string;
}

export interface PainRuleView {
  readonly title: string;
  readonly scale: string;
  readonly bands: readonly PainBandView[];
  readonly nextDay: string;
  /** For the tick-sheet's pain row: "0 to 3 OK · 4 to 5 do less · 6 to 10 stop". */
  readonly short: string;
}

export function painRuleView(rule: PainRule, limits: PainLimits, words: SafetyWords): PainRuleView {
  const ranges: Record<BandName, string> = {
    green: scoreRange(words, 0, limits.greenUpTo),
    amber: scoreRange(words, limits.greenUpTo + 1, limits.amberUpTo),
    red: scoreRange(words, limits.amberUpTo + 1, 10),
  };
  const bands = (['green', 'amber', 'red'] as const).map((band) => ({
    band,
    label: words.bands[band],
    scores: ranges[band],
    text: rule[band],
  }));
  return {
    title: words.painRule,
    scale: rule.scale,
    bands,
    nextDay: rule.nextDay,
    short: bands.map((b) => `${b.scores} ${words.bandShort[b.band]}`).join(' · '),
  };
}
