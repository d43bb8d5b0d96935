/** Short facts about a routine for title and summary slides: time, how often, level, equipment. */
import type { Routine } from '../model/library.ts';
import { equipmentLabels } from '../model/schema/vocabulary.ts';
import { sentenceCase, weeklyWords } from '../render/dose-words.ts';
import type { Fact } from './slides.ts';

const levels = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
} as const;

export function routineFacts(routine: Routine): Fact[] {
  return [
    { label: 'Time', value: `About ${routine.minutes} minutes` },
    { label: 'How often', value: sentenceCase(weeklyWords(routine.timesPerWeek)) },
    { label: 'Level', value: levels[routine.level] },
    {
      label: 'You need',
      value:
        routine.equipment.length === 0
          ? 'No equipment'
          : routine.equipment.map((e) => equipmentLabels[e]).join(' · '),
    },
  ];
}
