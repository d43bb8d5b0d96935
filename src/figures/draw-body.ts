/**
 * A placed body → shapes: trunk, neck, head, and four limbs. A limb whose root is behind the body
 * is drawn lighter and thinner; the working leg is drawn outlined, so it shows in black and white.
 */
import { body, unitsPerHeight } from './body.ts';
import type { Placed } from './place.ts';
import type { Camera } from './project.ts';
import type { Side } from './resolve.ts';
import type { Drawn, Style } from './shapes.ts';
import type { Vec3 } from './vec.ts';

/** How much farther than its partner a limb's root must be to count as the far limb. */
const behind = 0.02;

function working(placed: Placed, side: Side): boolean {
  const w = placed.pose.working;
  return w === 'both' || w === side;
}

export function drawBody(placed: Placed, camera: Camera): Drawn[] {
  const s = placed.skeleton;
  const line = (points: Vec3[], style: Style, depth: number): Drawn => ({
    shape: { type: 'line', points: points.map(camera.at), style },
    depth,
  });
  const middle = camera.depth(s.hips);
  // The trunk sits just behind limbs at the same depth, so arms in a front view show over it.
  const drawn: Drawn[] = [
    line([s.near.hip, s.far.hip], 'trunk', middle - 0.001),
    line([s.hips, s.chest], 'trunk', middle - 0.001),
    line([s.near.shoulder, s.far.shoulder], 'trunk', middle - 0.001),
    line([s.chest, s.head], 'neck', middle - 0.001),
    {
      shape: {
        type: 'circle',
        c: camera.at(s.head),
        r: body.headRadius * unitsPerHeight,
        style: 'head',
      },
      depth: middle - 0.001,
    },
  ];
  for (const side of ['far', 'near'] as const) {
    const l = s[side];
    const other = s[side === 'near' ? 'far' : 'near'];
    // A limb is "far" when it is clearly behind its partner on the other side.
    const legBehind = camera.depth(l.hip) < camera.depth(other.hip) - behind;
    const armBehind = camera.depth(l.shoulder) < camera.depth(other.shoulder) - behind;
    const legStyle: Style = working(placed, side)
      ? legBehind
        ? 'workFar'
        : 'work'
      : legBehind
        ? 'far'
        : 'near';
    drawn.push(
      line([l.hip, l.knee, l.ankle, l.heel, l.toe], legStyle, camera.depth(l.hip)),
      line([l.shoulder, l.elbow, l.hand], armBehind ? 'far' : 'near', camera.depth(l.shoulder)),
    );
  }
  return drawn;
}
