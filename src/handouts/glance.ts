/**
 * The summary box at the top of a handout (PEMAT-P item 11): how often, how much pain is OK, when
 * to do more and when to call, each in a sentence built from the routine's own numbers.
 */
import type { PainLimits } from '../model/library.ts';
import type { ExerciseCardView } from '../render/view.ts';
import type { StagesView } from './stages.ts';
import { fill } from '../domain/catalog/fill.ts';
import { scoreRange, type SafetyWords } from './words.ts';

export interface GlanceView {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly text: string }[];
}

export function glanceView(input: {
  readonly plan: string;
  readonly limits: PainLimits;
  readonly cards: readonly ExerciseCardView[];
  readonly stages: StagesView | null;
  readonly phone: string | null;
  readonly words: SafetyWords;
}): GlanceView {
  const { limits, stages, words } = input;
  const g = words.glance;
  const green = limits.greenUpTo;
  const now = stages ? ` ${fill(g.stageNow, { weeks: stages.now.weeks })}` : '';
  const pain = fill(g.painText, {
    green,
    amber: scoreRange(words, green + 1, limits.amberUpTo),
    red: limits.amberUpTo + 1,
  });
  const moveOn = fill(input.cards.some((c) => c.moveOn !== null) ? g.moveOn : g.noMoveOn, {
    green,
  });
  const next = stages?.next
    ? ` ${fill(g.nextStage, { weeks: stages.next.weeks.toLowerCase() })}`
    : '';
  const call = input.phone ? fill(g.callPhone, { phone: input.phone }) : g.callClinician;
  return {
    title: g.heading,
    rows: [
      { label: g.howOften, text: `${input.plan}${now}` },
      { label: g.pain, text: pain },
      { label: g.progress, text: `${moveOn}${next}` },
      { label: g.call, text: call },
    ],
  };
}
