import { describe, expect, it } from 'vitest';
import { en } from '../../src/domain/catalog/index.ts';
import { checkProgram, withoutMissing } from '../../src/domain/program-check.ts';
import { programFragment, readProgramFragment } from '../../src/domain/program-link.ts';
import { validateProgram } from '../../src/model/program-validate.ts';
import type { ProgramInput } from '../../src/model/schema/program.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';

const fixture = fixtureForFile('program');

const sam: ProgramInput = {
  format: 1,
  title: 'Strong right hip for Sam',
  daysPerWeek: 4,
  items: [
    {
      exercise: 'clamshell',
      side: 'right',
      dose: { sets: 3, reps: 15 },
      note: 'Keep your top hip still.',
    },
    { exercise: 'glute-bridge', side: 'both' },
  ],
  patient: 'Sam Lee',
  clinician: 'Dr Ana Ruiz',
  largePrint: false,
};

async function read(hash: string): Promise<unknown> {
  const link = await readProgramFragment(hash);
  if (link.kind !== 'data') throw new Error(`not read: ${link.kind}`);
  return link.data;
}

describe('a program in a link', () => {
  it('comes back the same, without the patient unless asked, and short enough for a QR code', async () => {
    const hash = await programFragment(sam);
    expect(hash).toMatch(/^#p=1\.[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(260);
    const { patient, ...rest } = sam;
    expect(patient).toBe('Sam Lee');
    const back = await read(hash);
    expect(back).toEqual({
      ...rest,
      items: [sam.items[0], { exercise: 'glute-bridge' }],
      largePrint: undefined,
    });
    expect(JSON.stringify(back)).not.toContain('Sam Lee');
    expect(await read(await programFragment(sam, { withPatient: true }))).toMatchObject({
      patient: 'Sam Lee',
    });
  });

  it('is read from a whole address too, and checks clean against the library', async () => {
    const hash = await programFragment(sam);
    const data = await read(`https://example.org/hips/builder/${hash}`);
    const checked = checkProgram(data, fixture.library, en, validateProgram);
    expect(checked.problems).toEqual([]);
    expect(checked.program?.items[0]).toMatchObject({ exercise: 'clamshell', side: 'right' });
    expect(checked.program?.items[1]).toMatchObject({ exercise: 'glute-bridge', side: 'both' });
  });

  it('says when a link is damaged or from a newer version, and when there is none', async () => {
    const hash = await programFragment(sam);
    expect(await readProgramFragment(hash.slice(0, -12))).toEqual({
      kind: 'damaged',
      reason: 'data',
    });
    expect(await readProgramFragment(hash.replace('#p=1.', '#p=2.'))).toEqual({
      kind: 'damaged',
      reason: 'format',
    });
    expect(await readProgramFragment('#p=1.$$$')).toEqual({ kind: 'damaged', reason: 'data' });
    expect(await readProgramFragment('#dose=clamshell:3x15')).toEqual({ kind: 'none' });
    expect(await readProgramFragment('https://example.org/builder/')).toEqual({ kind: 'none' });
  });
});

describe('checking a program from a link', () => {
  it('leaves out a damaged field, says so, and keeps everything else', () => {
    const data = {
      ...sam,
      daysPerWeek: 3,
      items: [
        { exercise: 'clamshell', dose: { sets: 99 } },
        { exercise: 'glute-bridge', side: 'up' },
      ],
      advice: ['Rest a day if it aches.'],
      extra: true,
    };
    const checked = checkProgram(data, fixture.library, en, validateProgram);
    expect(checked.problems).toEqual([
      'items 1 dose sets: must be at most 10 sets. This part was left out.',
      'items 2 side: must be one of: both, left, right. This part was left out.',
      'extra: is not part of a program. This part was left out.',
    ]);
    expect(checked.program?.items).toEqual([
      { exercise: 'clamshell', dose: {}, side: 'both' },
      { exercise: 'glute-bridge', side: 'both' },
    ]);
    expect(checked.program?.advice).toEqual(['Rest a day if it aches.']);
  });

  it('marks an exercise the library no longer has, and keeps it in the list', () => {
    const data = { ...sam, items: [...sam.items, { exercise: 'old-move' }], warmUp: 'gone' };
    const checked = checkProgram(data, fixture.library, en, validateProgram);
    expect(checked.problems).toEqual([
      'The exercise "old-move" is not in this library any more.',
      'The warm-up "gone" is not in this library any more, so it was left out.',
    ]);
    expect(checked.program?.items.map((i) => i.exercise)).toEqual([
      'clamshell',
      'glute-bridge',
      'old-move',
    ]);
    expect([...checked.missing]).toEqual(['old-move']);
    if (!checked.program) throw new Error('no program');
    expect(withoutMissing(checked.program, checked.missing).items.map((i) => i.exercise)).toEqual([
      'clamshell',
      'glute-bridge',
    ]);
  });

  it('gives up only when what a program needs is gone, and says what', () => {
    const checked = checkProgram({ format: 1, items: [] }, fixture.library, en, validateProgram);
    expect(checked.program).toBeUndefined();
    expect(checked.problems.join('\n')).toMatch(/title/);
    expect(checkProgram('nonsense', fixture.library, en, validateProgram).problems).toHaveLength(1);
  });
});
