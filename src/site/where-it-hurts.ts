/**
 * Library → "Where does it hurt?": the body areas a runner can point at, grouped by the side of
 * the body picture they are seen from, each with the conditions felt there (plain name first,
 * medical name second) and the routines for them. An area with no condition leads to the routines
 * mainly for it. Areas that lead nowhere are left out.
 */
import type { Library } from '../model/library.ts';
import { bodyAreaInfo, type BodyArea } from '../model/schema/body-area.ts';
import { catalogFor } from '../domain/catalog/index.ts';
import { pagePath } from '../domain/links.ts';

export interface RoutineLink {
  readonly title: string;
  readonly path: string;
  readonly minutes: number;
}

export interface PainArea {
  readonly id: BodyArea;
  readonly name: string;
  /** Its number on the body picture. */
  readonly mark: number;
  readonly conditions: readonly {
    readonly plainName: string;
    readonly name: string;
    readonly path: string;
    readonly routines: readonly RoutineLink[];
  }[];
  /** Routines mainly for the area, when no condition is felt there. */
  readonly routines: readonly RoutineLink[];
}

export type View = 'front' | 'side' | 'back';
export interface PainView {
  readonly view: View;
  readonly areas: readonly PainArea[];
}

const views: readonly View[] = ['front', 'side', 'back'];

export function painAreas(library: Library): PainView[] {
  const routineLink = (id: string): RoutineLink[] => {
    const routine = library.routines[id];
    return routine
      ? [{ title: routine.title, path: pagePath.routine(id), minutes: routine.minutes }]
      : [];
  };
  const conditions = Object.values(library.conditions);
  const areas: (PainArea & { seenFrom: View })[] = [];
  for (const [id, info] of Object.entries(bodyAreaInfo) as [
    BodyArea,
    (typeof bodyAreaInfo)[BodyArea],
  ][]) {
    const felt = conditions
      .filter((c) => c.areas.includes(id) && c.routines.length > 0)
      .map((c) => ({
        plainName: c.plainName,
        name: c.name,
        path: pagePath.condition(c.id),
        routines: c.routines.flatMap(routineLink),
      }));
    const routines =
      felt.length > 0
        ? []
        : Object.values(library.routines)
            .filter((r) => r.areas.includes(id))
            .flatMap((r) => routineLink(r.id));
    if (felt.length === 0 && routines.length === 0) continue;
    areas.push({
      id,
      name: catalogFor(library.settings.language).areas[id],
      mark: 0,
      seenFrom: info.seenFrom,
      conditions: felt,
      routines,
    });
  }
  let mark = 0;
  return views
    .map((view) => ({
      view,
      areas: areas
        .filter((a) => a.seenFrom === view)
        .map(({ seenFrom: _, ...area }) => ({ ...area, mark: ++mark })),
    }))
    .filter((v) => v.areas.length > 0);
}
