import { describe, expect, it } from 'vitest';
import { checkReading } from '../../src/quality/reading-check.ts';
import {
  fleschKincaidGrade,
  sentenceCount,
  textStats,
  words,
} from '../../src/quality/readability.ts';
import { numberSyllables, wordSyllables } from '../../src/quality/syllables.ts';

describe('syllable counter', () => {
  // Checked by hand against a dictionary's syllable breaks.
  it.each([
    ['hip', 1],
    ['make', 1],
    ['makes', 1],
    ['table', 2],
    ['ankles', 2],
    ['muscles', 2],
    ['boxes', 2],
    ['changes', 2],
    ['lifted', 2],
    ['rolled', 1],
    ['going', 2],
    ['hamstrings', 2],
    ['medium', 3],
    ['gluteus', 3],
    ['stability', 4],
    ['trochanteric', 4],
    ['your', 1],
    ["don't", 1],
  ])('%s has %i', (word, count) => expect(wordSyllables(word)).toBe(count));

  it.each([
    ['10', 1], // ten
    ['25', 3], // twen-ty-five
    ['300', 3], // three hun-dred
    ['480', 5], // four hun-dred eigh-ty
    ['27.5', 6], // twen-ty-sev-en point five
    ['1000', 3], // one thou-sand
  ])('the number %s has %i', (number, count) => expect(numberSyllables(number)).toBe(count));
});

describe('Flesch–Kincaid grade', () => {
  it('counts words, keeping hyphenated words and numbers whole', () => {
    expect(words('Lie on your side-lying mat for 27.5 s.')).toEqual([
      'Lie',
      'on',
      'your',
      'side-lying',
      'mat',
      'for',
      '27.5',
      's',
    ]);
  });

  it('counts sentences by their end marks, and a fragment as one', () => {
    expect(sentenceCount('Stop if it hurts. Ask for help!')).toBe(2);
    expect(sentenceCount('Side leg lift')).toBe(1);
    expect(sentenceCount('Hold it. Then relax')).toBe(2);
  });

  // grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59, worked by hand.
  it('scores a plain sentence below grade 0', () => {
    // 8 words, 1 sentence, 8 syllables: 3.12 + 11.8 − 15.59 = −0.67
    expect(textStats('Lie on your side with your knees bent.')).toEqual({
      words: 8,
      sentences: 1,
      syllables: 8,
    });
    expect(fleschKincaidGrade('Lie on your side with your knees bent.')).toBeCloseTo(-0.67, 2);
  });

  it('scores two short sentences', () => {
    // 7 words, 2 sentences, 7 syllables: 1.365 + 11.8 − 15.59 = −2.425
    expect(fleschKincaidGrade('Stop if it hurts. Ask for help.')).toBeCloseTo(-2.425, 3);
  });

  it('scores clinical jargon far above grade 8', () => {
    // 9 words, 1 sentence, 22 syllables: 3.51 + 28.84 − 15.59 = 16.76
    const text = 'Strengthening the gluteus medius improves pelvic stability during running.';
    expect(textStats(text).syllables).toBe(22);
    expect(fleschKincaidGrade(text)).toBeCloseTo(16.76, 1);
  });
});

describe('the reading check', () => {
  const easy = {
    file: 'a.yaml',
    field: 'steps[0]',
    text: 'Lie on your side with your knees bent.',
  };
  const hard = {
    file: 'b.yaml',
    field: 'purpose',
    text: 'Strengthening the gluteus medius improves pelvic stability during running.',
  };

  it('passes easy text', () => {
    expect(checkReading([easy, easy]).problems).toEqual([]);
  });

  it('names the file, field and text of a string above grade 8, and the averages', () => {
    const report = checkReading([easy, hard]);
    expect(report.tooHard.map((t) => t.file)).toEqual(['b.yaml']);
    expect(report.problems[0]).toMatch(/^b\.yaml purpose: grade 16\.8 \(limit 8\): "Strengthening/);
    expect(report.problems.some((p) => p.startsWith('average grade of 2 strings is 8.0'))).toBe(
      true,
    );
    expect(report.problems.some((p) => p.startsWith('grade of all 2 strings together'))).toBe(true);
  });

  it('scores short fragments only as part of the whole', () => {
    const fragment = { file: 'c.yaml', field: 'alias', text: 'Trochanteric osteoarthritis' };
    const report = checkReading([easy, fragment]);
    expect(report.scored.map((t) => t.file)).toEqual(['a.yaml']);
    expect(report.whole).toBeGreaterThan(fleschKincaidGrade(easy.text));
  });
});
