/**
 * Alt text for a figure, made from the same pose data: the exercise, which position, the posture,
 * the legs that differ from usual, the props, the highlighted leg and where the arrow points.
 * "Clamshell, end position: lying on your side, top leg out to the side and turned out, top leg
 * highlighted. Arrow: the top knee moves up."
 */
import type { PropKind } from '../model/schema/pose.ts';
import type { Scene } from './compose.ts';
import { postureInfo } from './postures.ts';
import { bodySide } from './sides.ts';
import type { ResolvedPose, Side } from './resolve.ts';

const propWords: Record<PropKind, (place: string, pose: ResolvedPose) => string> = {
  band: (p) => `a band around your ${p}`,
  'small-ball': () => 'a small ball between your knees',
  kettlebell: (p) => (p === 'hands' ? 'a kettlebell in both hands' : 'a kettlebell in one hand'),
  dumbbell: (p) => (p === 'hands' ? 'a dumbbell in each hand' : 'a dumbbell in one hand'),
  barbell: (p) =>
    p === 'hands'
      ? 'a barbell in your hands'
      : p === 'hips'
        ? 'a bar across your hips'
        : 'a bar on your upper back',
  'stability-ball': (p) =>
    p === 'back' ? 'a stability ball behind your back' : 'your heels on a stability ball',
  step: (p) => (p === 'feet' ? 'both feet on a step' : 'one foot on a step'),
  bench: (p, pose) =>
    p === 'shoulders'
      ? 'your upper back on a bench'
      : p === 'seat'
        ? 'sitting on a bench'
        : p === 'far-foot'
          ? 'your back foot on a bench'
          : `your ${sideName(pose, 'near')} ${p === 'near-knee' ? 'knee' : 'foot'} on a bench`,
  'slide-board': () => 'on a slide board',
  'agility-ladder': () => 'an agility ladder on the floor',
  'foam-roller': (p) =>
    `a foam roller under your ${p === 'hips' ? 'buttocks' : p.replace(/^(near|far)-/, '')}`,
  'leg-press': () => 'in a leg press machine, feet on the platform',
  mat: () => 'on a mat',
  chair: () => 'one hand on a chair',
};

/** "right"/"left", or "top"/"bottom" when lying on your side. */
export function sideName(pose: ResolvedPose, side: Side): string {
  const words = postureInfo[pose.posture].sideWords;
  if (words) return side === 'near' ? words[0] : words[1];
  return bodySide(pose, side);
}

const upright = new Set(['standing', 'kneeling', 'half-kneeling']);

function legPhrases(pose: ResolvedPose, side: Side): string[] {
  const a = pose[side];
  const other = pose[side === 'near' ? 'far' : 'near'];
  const usual = postureInfo[pose.posture][side];
  const out: string[] = [];
  const wide = a.hipsOut - usual.hipsOut >= 15;
  if (upright.has(pose.posture)) {
    // Upright, what counts is where the thigh points in the room, not the angle to the trunk.
    const thigh = a.hips - pose.trunk;
    const alone = other.hips - pose.trunk < 30;
    if (thigh >= 55 && alone)
      out.push(a.knees >= 45 ? 'knee lifted in front' : 'leg lifted in front');
    else if (thigh >= 15 && alone && !wide) out.push('leg forward');
    else if (a.hips >= 30) out.push('hip bent');
    else if (thigh <= -10) out.push('leg back');
  } else if (Math.abs(a.hips - usual.hips) >= 15) {
    out.push(a.hips > usual.hips ? 'hip bent' : 'hip straight');
  }
  // In a side plank, legs out or in only say how high the hips are: the trunk words say that.
  const sidePlank = pose.posture === 'side-plank';
  if (wide && !sidePlank) out.push('leg out to the side');
  if (a.hipsOut - usual.hipsOut <= -10 && !sidePlank) out.push('leg crossed in');
  if (a.hipsTurn - usual.hipsTurn >= 20) out.push('thigh turned out');
  if (Math.abs(a.knees - usual.knees) >= 15 || out.length > 0)
    out.push(a.knees < 15 ? 'knee straight' : a.knees < 60 ? 'knee slightly bent' : 'knee bent');
  return out;
}

/** Leg phrases for both sides, merged when they match: "both knees bent". */
function legs(pose: ResolvedPose): string[] {
  if (pose.posture === 'half-kneeling') {
    // The posture words say one knee down, one foot in front; say which knee.
    const down = pose.near.hips <= pose.far.hips ? 'near' : 'far';
    return [`${sideName(pose, down)} knee down`];
  }
  const near = legPhrases(pose, 'near');
  const far = legPhrases(pose, 'far');
  if (near.join() === far.join())
    return near.map((p) => `both ${p.replace(/^(knee|leg|hip|thigh)/, '$1s')}`);
  return [
    ...near.map((p) => `${sideName(pose, 'near')} ${p}`),
    ...far.map((p) => `${sideName(pose, 'far')} ${p}`),
  ];
}

function trunk(scene: Scene): string[] {
  const pose = scene.pose;
  if (pose.posture === 'lying-back' && scene.hipsHeight > 0.12)
    return ['hips lifted off the floor'];
  // Top leg out to the side in a side plank means the hips hang down toward the floor.
  if (pose.posture === 'side-plank' && !pose.props['foam-roller'])
    return [pose.near.hipsOut >= 15 ? 'hips down toward the floor' : 'hips lifted, body straight'];
  if (pose.trunk >= 25) return ['leaning forward from your hips'];
  if (pose.trunk <= -20 && pose.posture !== 'lying-back') return ['leaning back'];
  return [];
}

function arrowWords(scene: Scene): string {
  const point = scene.pose.arrow;
  if (!point || !scene.arrow) return '';
  const [[x0, y0], [x1, y1]] = scene.arrow;
  const [dx, dy] = [x1 - x0, y0 - y1];
  const length = Math.hypot(dx, dy);
  if (length < 6) return '';
  const words: string[] = [];
  // Seen from above, up and down in the picture are the body's sides, not up and down.
  const above = scene.pose.view === 'above';
  if (Math.abs(dy) > length * 0.35) words.push(above ? 'to the side' : dy > 0 ? 'up' : 'down');
  const lying = scene.pose.posture === 'lying-back' || scene.pose.posture === 'lying-side';
  if (Math.abs(dx) > length * 0.35 && !(lying && words.length > 0)) {
    const ahead = dx > 0 === (scene.pose.facing === 'right');
    // Lying down, "forward" would be unclear: say toward the head or the feet.
    const headward = dx * scene.headward > 0;
    const along = lying
      ? headward
        ? 'toward your head'
        : 'toward your feet'
      : ahead
        ? 'forward'
        : 'back';
    words.push(scene.pose.view === 'side' || above || lying ? along : 'to the side');
  }
  const [side, part] = point.includes('-')
    ? (point.split('-') as [Side, string])
    : [undefined, point];
  const name = side ? `your ${sideName(scene.pose, side)} ${part}` : `your ${part}`;
  const verb = part === 'hips' ? 'move' : 'moves';
  return ` Arrow: ${name} ${verb} ${words.join(' and ')}.`;
}

/**
 * The posture in words; on all fours with both elbows well bent, you rest on your forearms; in a
 * side plank with a foam roller under you, you lie on the roller propped on a forearm.
 */
function postureWords(pose: ResolvedPose): string {
  const forearms = pose.near.elbows >= 60 && pose.far.elbows >= 60;
  if (pose.posture === 'all-fours' && forearms) return 'on your forearms and knees';
  if (pose.posture === 'side-plank' && pose.props['foam-roller'])
    return 'lying on your side, propped on your bottom forearm';
  return postureInfo[pose.posture].words;
}

/** Alt text for one position of an exercise. */
export function altText(name: string, position: 'start' | 'end', scene: Scene): string {
  const pose = scene.pose;
  const props = (Object.entries(pose.props) as [PropKind, string | undefined][])
    .filter(([, place]) => place)
    .map(([kind, place]) => propWords[kind](place ?? '', pose));
  const working =
    pose.working === 'none'
      ? []
      : [
          pose.working === 'both'
            ? 'both legs highlighted'
            : `${sideName(pose, pose.working)} leg highlighted`,
        ];
  const parts = [postureWords(pose), ...trunk(scene), ...legs(pose), ...props, ...working];
  const squeeze = scene.squeezed ? ' Arrows: you squeeze your knees together.' : '';
  return `${name}, ${position} position: ${parts.join(', ')}.${arrowWords(scene)}${squeeze}`;
}
