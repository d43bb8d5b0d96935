/**
 * What a figure is made of before it becomes SVG. Props are built as 3D primitives (so they rest on
 * the floor with the body and turn with the view); the camera flattens them into 2D shapes.
 */
import type { Vec3 } from './vec.ts';

/** Every look a stroke or fill can have; svg.ts maps each to its attributes. */
export type Style =
  | 'trunk'
  | 'neck'
  | 'head'
  | 'near'
  | 'far'
  | 'work'
  | 'workFar'
  | 'prop'
  | 'propFill'
  | 'solid'
  | 'plate'
  | 'floor'
  | 'mat'
  | 'arrow'
  | 'arrowHead'
  | 'label';

export type Point = readonly [number, number];

export type Shape =
  | { readonly type: 'line'; readonly points: readonly Point[]; readonly style: Style }
  | { readonly type: 'circle'; readonly c: Point; readonly r: number; readonly style: Style }
  | { readonly type: 'poly'; readonly points: readonly Point[]; readonly style: Style }
  | {
      readonly type: 'curve';
      readonly points: readonly [Point, Point, Point];
      readonly style: Style;
    }
  | {
      readonly type: 'capsule';
      readonly a: Point;
      readonly b: Point;
      readonly r: number;
      readonly style: Style;
    }
  /** "L" or "R" beside the working leg, centred on `at`; `hidden` in a moving figure's frame where that leg does not work. */
  | {
      readonly type: 'label';
      readonly at: Point;
      readonly text: string;
      readonly style: Style;
      readonly hidden?: boolean;
    };

/** A shape with its distance toward the viewer; shapes are painted far to near. */
export interface Drawn {
  readonly shape: Shape;
  readonly depth: number;
}

export type Prim =
  | { readonly kind: 'seg'; readonly a: Vec3; readonly b: Vec3; readonly style: Style }
  | { readonly kind: 'ball'; readonly c: Vec3; readonly r: number; readonly style: Style }
  | {
      readonly kind: 'disc';
      readonly c: Vec3;
      readonly r: number;
      /** The axis the disc turns on; seen along it the disc is a circle, across it a line. */
      readonly normal: Vec3;
      readonly style: Style;
    }
  | { readonly kind: 'box'; readonly c: Vec3; readonly half: Vec3; readonly style: Style }
  | {
      readonly kind: 'loop';
      readonly a: Vec3;
      readonly b: Vec3;
      readonly r: number;
      readonly style: Style;
    };

/** The lowest height a primitive reaches, for setting the body down on the floor. */
export function lowest(prim: Prim): number {
  switch (prim.kind) {
    case 'seg':
      return Math.min(prim.a[1], prim.b[1]);
    case 'ball':
      return prim.c[1] - prim.r;
    case 'disc':
      return prim.c[1] - prim.r * Math.sqrt(Math.max(0, 1 - prim.normal[1] ** 2));
    case 'box':
      return prim.c[1] - prim.half[1];
    case 'loop':
      return Math.min(prim.a[1], prim.b[1]) - prim.r;
  }
}

/** The same primitive with every point moved by `f`; lengths and axes are left alone. */
export function movePrim(prim: Prim, f: (v: Vec3) => Vec3): Prim {
  switch (prim.kind) {
    case 'seg':
    case 'loop':
      return { ...prim, a: f(prim.a), b: f(prim.b) };
    case 'ball':
    case 'disc':
    case 'box':
      return { ...prim, c: f(prim.c) };
  }
}
