/**
 * The summary box at the top of a handout (PEMAT-P item 11): how often, how much pain is OK, when
 * to do more and when to call, each in a sentence built from the routine's own numbers.
 */
import type { PainLimits } from '../model/library.ts';
import type { ExerciseCardView } from '../render/view.ts';
import type { StagesView } from './stages.ts';
import { handoutWords as w, scoreRange } from './words.ts';

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
  readonly clinic: string;
}): GlanceView {
  const { limits, stages } = input;
  const now = stages ? ` ${stages.now.weeks}: you are here.` : '';
  const amber = scoreRange(limits.greenUpTo + 1, limits.amberUpTo);
  const pain = `Up to ${limits.greenUpTo} out of 10 is OK. ${amber}: do less. ${limits.amberUpTo + 1} or more: stop. More by your tick-sheet.`;
  const moveOn = input.cards.some((c) => c.moveOn !== null)
    ? `When a move feels easy and pain stays at ${limits.greenUpTo} or less: see “When to move on” on its card.`
    : `When every move feels easy and pain stays at ${limits.greenUpTo} or less, ask your clinician what to do next.`;
  const next = stages?.next ? ` Start the next stage in ${stages.next.weeks.toLowerCase()}.` : '';
  const call = input.phone
    ? `If you have a sign from “Stop and call your clinician if…”, call ${input.phone}.`
    : 'If you have a sign from “Stop and call your clinician if…”, call your clinician.';
  return {
    title: w.glance,
    rows: [
      { label: w.glanceHowOften, text: `${input.plan}${now}` },
      { label: w.glancePain, text: pain },
      { label: w.glanceProgress, text: `${moveOn}${next}` },
      { label: w.glanceCall, text: call },
    ],
  };
}
