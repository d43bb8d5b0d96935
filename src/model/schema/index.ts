/** Every kind of content file, in the folder it lives in. The loader and the JSON Schema read this map. */
import type { z } from 'zod';
import { condition } from './condition.ts';
import { deck } from './deck.ts';
import { exercise } from './exercise.ts';
import { guidance } from './guidance.ts';
import { program } from './program.ts';
import { routine } from './routine.ts';
import { settings } from './settings.ts';
import { warmup } from './warmup.ts';

export interface Kind {
  /** Singular noun used in messages: "exercise". */
  readonly noun: string;
  /** Folder under routines/ that holds one file per item, or a single file name. */
  readonly place: { readonly folder: string } | { readonly file: string };
  readonly schema: z.ZodType;
}

export const kinds = {
  exercise: { noun: 'exercise', place: { folder: 'exercises' }, schema: exercise },
  condition: { noun: 'condition', place: { folder: 'conditions' }, schema: condition },
  routine: { noun: 'routine', place: { folder: 'routines' }, schema: routine },
  warmup: { noun: 'warm-up', place: { folder: 'warm-ups' }, schema: warmup },
  deck: { noun: 'deck', place: { folder: 'decks' }, schema: deck },
  program: { noun: 'program', place: { folder: 'programs' }, schema: program },
  guidance: { noun: 'guidance', place: { file: 'guidance.yaml' }, schema: guidance },
  settings: { noun: 'settings', place: { file: 'settings.yaml' }, schema: settings },
} as const satisfies Record<string, Kind>;

export type KindName = keyof typeof kinds;
