/**
 * What the follow-along view says at each change, for the screen reader's live region and the
 * browser's own speech (which works offline on phones): the exercise and side when one starts,
 * "Switch to your right side", "Rest", then the work and the side.
 */
import type { Catalog } from '../domain/catalog/index.ts';
import { fill } from '../domain/catalog/fill.ts';
import type { Moment } from './follow-session.ts';

export { clockText } from '../domain/interval-clock.ts';

export function cueFor(
  moment: Moment,
  stepName: string,
  newStep: boolean,
  catalog: Pick<Catalog, 'timer' | 'follow'>,
): string {
  const { interval } = moment;
  const side = interval.side ? catalog.timer.sides[interval.side] : '';
  switch (interval.phase) {
    case 'switch':
      return fill(catalog.follow.say.switch, { side });
    case 'rest':
      return catalog.follow.say.rest;
    case 'ready':
      return [newStep ? stepName : '', interval.label, side].filter(Boolean).join('. ');
    case 'work':
      return [
        newStep ? stepName : '',
        interval.label,
        side,
        interval.detail.split(' · ').at(-1) ?? '',
      ]
        .filter((part, i, all) => part && all.indexOf(part) === i)
        .join('. ');
  }
}
