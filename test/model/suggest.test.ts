import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/model/suggest.ts';

const routines = [
  'band-glute-strength',
  'beginner-hip-strength',
  'front-hip-groin-pain',
  'side-to-side-stability',
  'stiff-hip-strength',
];

describe('did you mean', () => {
  it('finds a typo in a whole id', () => {
    expect(closest('begginer-hip-strength', routines)).toBe('beginner-hip-strength');
  });

  it('finds an id from a clear start of it', () => {
    expect(closest('band-glute', routines)).toBe('band-glute-strength');
  });

  it('finds an id from a start with a typo in it', () => {
    expect(closest('beginer-hip', routines)).toBe('beginner-hip-strength');
    expect(closest('side-too-side', routines)).toBe('side-to-side-stability');
  });

  it('suggests nothing when the start fits more than one id, or nothing is close', () => {
    expect(closest('s', routines)).toBeUndefined();
    expect(closest('st-hip', routines)).toBeUndefined();
    expect(closest('knee-pain', routines)).toBeUndefined();
    expect(didYouMean('knee-pain', routines, 'routine')).toBe(
      'Known routines: "band-glute-strength", "beginner-hip-strength", "front-hip-groin-pain", "side-to-side-stability", "stiff-hip-strength".',
    );
  });
});
