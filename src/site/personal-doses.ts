/**
 * The routine page's script for a personal handout's QR link: the doses in `#dose=…` replace the
 * routine's doses on the cards, in the same words the handout printed (the shared dose words), and
 * a note says they are the clinician's. Without the fragment the page stays as built.
 */
import { applyLinkDose, parseDoseFragment } from '../domain/dose-link.ts';
import { doseWords, type Units } from '../domain/dose-words.ts';
import type { Dose } from '../model/schema/dose.ts';
import { pageWords } from './page-words.ts';

/** What the page embeds as JSON in #routine-doses. */
export interface PageDoses {
  readonly units: Units;
  readonly items: readonly {
    readonly anchor: string;
    readonly exercise: string;
    readonly dose: Dose;
  }[];
}

export function showPersonalDoses(): void {
  const data = document.getElementById('routine-doses')?.textContent;
  if (!data) return;
  const page = JSON.parse(data) as PageDoses;
  const link = parseDoseFragment(location.hash);
  const words = pageWords('dose').dose;
  let changed = 0;
  for (const item of page.items) {
    const dose = link.get(item.exercise);
    const target = document.querySelector(
      `#${CSS.escape(item.anchor)} .exercise-card__dose strong`,
    );
    if (!dose || !target) continue;
    target.textContent = `${doseWords(applyLinkDose(item.dose, dose), page.units, words)}.`;
    changed++;
  }
  const note = document.querySelector<HTMLElement>('[data-personal-doses]');
  if (note && changed > 0) note.hidden = false;
}
