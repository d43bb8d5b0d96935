/** A routine's short facts, with one set of labels for every output: time, how often, level, equipment. */
import type { Routine } from '../model/library.ts';
import type { Equipment } from '../model/schema/vocabulary.ts';
import { fill, type Catalog } from './catalog/index.ts';
import { sentenceCase, weeklyWords } from './dose-words.ts';

export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** "Resistance band, Foam roller", or "No equipment". */
export function equipmentText(items: readonly Equipment[], catalog: Catalog): string {
  return items.length === 0
    ? catalog.facts.noEquipment
    : items.map((e) => catalog.equipment[e]).join(', ');
}

export function routineFacts(routine: Routine, catalog: Catalog): Fact[] {
  const words = catalog.facts;
  return [
    { label: words.time, value: fill(words.timeValue, { minutes: routine.minutes }) },
    { label: words.howOften, value: sentenceCase(weeklyWords(routine.timesPerWeek, catalog.dose)) },
    { label: words.level, value: catalog.levels[routine.level] },
    { label: words.equipment, value: equipmentText(routine.equipment, catalog) },
  ];
}
