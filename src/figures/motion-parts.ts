/**
 * A movement's frames → its drawn parts: each limb, the head, each prop and the side letter in
 * every frame, painted far to near, with the floor and the mat, in one frame around them all. This
 * is what the animated SVG blends between (animate-svg.ts) and what the contact sheet's strip
 * draws one frame at a time (strip.ts).
 */
import type { Figure } from '../model/schema/pose.ts';
import type { MotionFrame } from './animate.ts';
import { strokes } from './body.ts';
import { closeFrameAround, extent, frameAround, type Frame } from './compose.ts';
import { drawBody } from './draw-body.ts';
import { drawProp } from './draw-props.ts';
import { bestSpot, labelSpots } from './label-place.ts';
import type { Drawn, Shape } from './shapes.ts';
import { sideLabel } from './sides.ts';

/** One drawn part (a limb, the head, a prop, the label) in every key frame. */
export interface Part {
  readonly shapes: readonly Shape[];
}

/** The body and props of a frame, in drawing order (not yet sorted by depth). */
function frameShapes(frame: MotionFrame): Drawn[] {
  return [
    ...drawBody(frame.placed, frame.camera),
    ...frame.placed.props.map((p) => drawProp(p, frame.camera)),
  ];
}

/**
 * "L" or "R" at one offset from its knee for the whole movement: the offset clearest of the limbs
 * at its worst frame (`label-place.ts`). A movement that changes its working leg (a skater's hop
 * from one leg onto the other) has a letter for each, each shown while its leg works.
 */
function labelParts(figure: Figure, frames: readonly MotionFrame[]): Part[] {
  const texts = frames.map((f) => sideLabel(figure, f.placed.pose));
  const obstacles = frames.map((f) => drawBody(f.placed, f.camera).map((d) => d.shape));
  return [...new Set(texts)].flatMap((text): Part[] => {
    if (!text) return [];
    const shown = texts.flatMap((t, i) => (t === text ? [i] : []));
    const side = frames[shown[0] ?? 0]?.placed.pose.working;
    if (side !== 'near' && side !== 'far') return [];
    // Each frame as if this leg worked, so the spots are around its knee; when no spot by the
    // knee stays clear all through (a donkey kick sweeps its shin and thigh round the knee),
    // around its hip.
    const around = (anchor: 'knee' | 'hip') => {
      const spots = frames.map((f, i) =>
        labelSpots(
          { ...f.placed, pose: { ...f.placed.pose, working: side } },
          f.camera,
          obstacles[i] ?? [],
          anchor,
        ),
      );
      if (spots.some((s) => !s)) return undefined;
      const all = spots as NonNullable<(typeof spots)[number]>[];
      const where = shown.flatMap((i) => all[i] ?? []);
      const offsets = (where[0]?.offsets ?? []).filter((o) =>
        where.every((s) => s.offsets.some((p) => p[0] === o[0] && p[1] === o[1])),
      );
      const spot = bestSpot(offsets, (o) =>
        Math.min(...where.map((s) => s.clearance([s.knee[0] + o[0], s.knee[1] + o[1]]))),
      );
      return spot && { all, best: spot.o, enough: spot.enough };
    };
    const byKnee = around('knee');
    const chosen = byKnee?.enough ? byKnee : (around('hip') ?? byKnee);
    const found = chosen?.enough ? chosen : byKnee;
    if (!found) return [];
    const { all, best } = found;
    return [
      {
        shapes: all.map((s, i) => ({
          type: 'label',
          at: [s.knee[0] + best[0], s.knee[1] + best[1]],
          text,
          style: 'label',
          ...(texts[i] === text ? {} : { hidden: true }),
        })),
      },
    ];
  });
}

/** Every drawn part of a figure in each of its frames, floor and mat first, and their frames. */
export interface Parts {
  readonly parts: readonly Part[];
  readonly frame: Frame;
  readonly close: Frame;
}

/**
 * The frames of a figure (from `framer`) → each part's shape in every frame, painted far to near,
 * with the floor, the mat and the side letter, in one frame around them all: what the animated SVG
 * blends between, and what the contact sheet's strip draws one frame at a time.
 */
export function partsOf(figure: Figure, frames: readonly MotionFrame[]): Parts {
  const drawn = frames.map(frameShapes);
  const first = drawn[0] ?? [];
  // Props change their pieces only when a prop moves to another place; then they stay as at the start.
  const same = drawn.every((d) => d.length === first.length);
  const tracks = first.map((d, i) => ({
    depth: d.depth,
    shapes: drawn.map((frame) => (same ? (frame[i] ?? d) : d).shape),
  }));
  const ordered = tracks
    .map((t, i) => [t, i] as const)
    .sort((a, b) => a[0].depth - b[0].depth || a[1] - b[1])
    .map(([t]): Part => ({ shapes: t.shapes }));
  const body = [...ordered, ...labelParts(figure, frames)];

  const everything = body.flatMap((p) => p.shapes);
  const raised = frames.some((f) => f.camera.raised);
  const floorY = raised
    ? Math.max(...everything.flatMap(extent).map((p) => p[1])) - 2
    : strokes.floor / 2;
  const frame = frameAround(everything, floorY);
  const close = closeFrameAround(everything, floorY);
  const floor: Part = {
    shapes: [
      {
        type: 'line',
        points: [
          [frame.x + 3, floorY],
          [frame.x + frame.width - 3, floorY],
        ],
        style: 'floor',
      },
    ],
  };
  const parts = [floor];
  if (frames.some((f) => f.placed.pose.props.mat)) {
    const xs = everything.flatMap(extent).map((p) => p[0]);
    const [left, right] = [Math.min(...xs) + 2, Math.max(...xs) - 2];
    const top = floorY - strokes.floor / 2 - 1.8;
    const bottom = floorY - strokes.floor / 2;
    parts.push({
      shapes: [
        {
          type: 'poly',
          points: [
            [left, top],
            [right, top],
            [right, bottom],
            [left, bottom],
          ],
          style: 'mat',
        },
      ],
    });
  }

  return { parts: [...parts, ...body], frame, close };
}
