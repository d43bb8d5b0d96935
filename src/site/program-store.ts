/** Saved programs in this browser's `localStorage`, by title: they never leave this computer. */
import type { ProgramFile } from '../model/schema/program.ts';

const key = 'routine-press.programs';

export interface SavedProgram {
  readonly title: string;
  readonly saved: string;
  /** Checked again with the program schema when it is opened. */
  readonly program: unknown;
}

export function loadSaved(): SavedProgram[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(list)
      ? (list as SavedProgram[]).filter((s) => typeof s.title === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Saves it, replacing a saved program of the same title. */
export function saveProgram(program: ProgramFile): void {
  const others = loadSaved().filter((s) => s.title !== program.title);
  const entry: SavedProgram = { title: program.title, saved: new Date().toISOString(), program };
  localStorage.setItem(key, JSON.stringify([entry, ...others].slice(0, 50)));
}
