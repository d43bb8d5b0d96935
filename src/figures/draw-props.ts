/**
 * Prop primitives → shapes through the camera. A ball is a circle from any side; a plate is a
 * circle when it faces the viewer and a thick line edge-on; a box is its outline.
 */
import { unitsPerHeight } from './body.ts';
import type { Camera } from './project.ts';
import type { Drawn, Point, Prim } from './shapes.ts';
import { add, scale, type Vec3 } from './vec.ts';

/** Boxes (steps, benches, boards) sit under the body, so they are painted first. */
const underneath = -100;

const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

export function drawProp(prim: Prim, camera: Camera): Drawn {
  const r = 'r' in prim ? prim.r * unitsPerHeight : 0;
  switch (prim.kind) {
    case 'seg':
      return {
        shape: { type: 'line', points: [camera.at(prim.a), camera.at(prim.b)], style: prim.style },
        depth: (camera.depth(prim.a) + camera.depth(prim.b)) / 2,
      };
    case 'loop':
      return {
        shape: {
          type: 'capsule',
          a: camera.at(prim.a),
          b: camera.at(prim.b),
          r,
          style: prim.style,
        },
        depth: Math.max(camera.depth(prim.a), camera.depth(prim.b)) + 0.2,
      };
    case 'ball':
      // A big ball carries the body, so it goes behind; a kettlebell or a small ball held
      // between the knees goes in front, or the near leg would hide it.
      return {
        shape: { type: 'circle', c: camera.at(prim.c), r, style: prim.style },
        depth: prim.r > 0.1 ? underneath / 2 : camera.depth(prim.c) + 0.2,
      };
    case 'disc': {
      const facing = Math.abs(
        prim.normal[0] * camera.toward[0] +
          prim.normal[1] * camera.toward[1] +
          prim.normal[2] * camera.toward[2],
      );
      // Plates go behind the body: an outline ring in front of a leg hides how the leg bends.
      const depth = camera.depth(prim.c) - 50;
      if (facing > 0.7)
        return { shape: { type: 'circle', c: camera.at(prim.c), r, style: prim.style }, depth };
      const edge = cross(prim.normal, camera.toward);
      const ends: Point[] = [
        camera.at(add(prim.c, scale(edge, prim.r))),
        camera.at(add(prim.c, scale(edge, -prim.r))),
      ];
      return { shape: { type: 'line', points: ends, style: prim.style }, depth };
    }
    case 'box': {
      const corners: Point[] = [];
      for (const sx of [-1, 1])
        for (const sy of [-1, 1])
          for (const sz of [-1, 1])
            corners.push(
              camera.at(add(prim.c, [sx * prim.half[0], sy * prim.half[1], sz * prim.half[2]])),
            );
      const xs = corners.map((p) => p[0]);
      const ys = corners.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const points: Point[] = [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ];
      return { shape: { type: 'poly', points, style: prim.style }, depth: underneath };
    }
  }
}
