/** Deck files are checked like every other file: every problem, with its place and a fix. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureLibrary, problemsIn } from '../helpers/fixtures.ts';

async function problemsWith(files: Record<string, string>): Promise<string> {
  const content = await fixtureLibrary('valid');
  await mkdir(path.join(content, 'decks'), { recursive: true });
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(content, 'decks', name), text);
  return problemsIn(content);
}

describe('deck files', () => {
  it('report a wrong kind and too many bullets, each at its line and column', async () => {
    const text = `title: Talk
audience: Runners
summary: A talk.
slides:
  - kind: video
  - kind: text
    title: Too much
    bullets: [a, b, c, d, e, f, g]
`;
    expect(await problemsWith({ 'talk.yaml': text })).toMatchInlineSnapshot(`
      "2 problems in 1 file:
      routines/decks/talk.yaml:5:11: slides[1].kind must be one of: title, routine, exercise, conditions, guidance, text, section, picture, columns, quote (got "video") Hint: Change it to one of those words, spelled as listed.
      routines/decks/talk.yaml:8:14: slides[2].bullets has more than 6 bullets Hint: A slide is read from across a room: keep 6 here and put the rest on a new text slide after it."
    `);
  });

  it('report unknown routines, exercises and conditions with the closest id', async () => {
    const text = `title: Talk
audience: Runners
summary: A talk.
slides:
  - kind: routine
    routine: side-hip-startr
  - kind: exercise
    exercise: clamshel
  - kind: conditions
    conditions: [trochanteric-bursitis, trochanteric-bursits]
`;
    expect(await problemsWith({ 'talk.yaml': text })).toMatchInlineSnapshot(`
      "3 problems in 1 file:
      routines/decks/talk.yaml:6:14: unknown routine "side-hip-startr" Hint: Did you mean "side-hip-starter"?
      routines/decks/talk.yaml:8:15: unknown exercise "clamshel" Hint: Did you mean "clamshell"?
      routines/decks/talk.yaml:10:41: unknown condition "trochanteric-bursits" Hint: Did you mean "trochanteric-bursitis"?"
    `);
  });

  it('report a circuit, get-ready time or length out of range, and a misspelt circuit setting', async () => {
    const text = `title: Class
audience: Runners
summary: A class.
circuit: { work: 1:30, rest: 400, rounds: 0, round: 2 }
getReady: 90
minutes: 0
slides:
  - kind: exercise
    exercise: clamshell
`;
    expect(await problemsWith({ 'class.yaml': text })).toMatchInlineSnapshot(`
      "6 problems in 1 file:
      routines/decks/class.yaml:4:18: circuit.work must be a whole number of seconds (got "1:30") Hint: Write time as a plain number of seconds: 1:30 is 90.
      routines/decks/class.yaml:4:30: circuit.rest must be at most 300 seconds (got 400) Hint: Write a whole number from 0 to 300.
      routines/decks/class.yaml:4:43: circuit.rounds must be at least 1 round (got 0) Hint: Write a whole number from 1 to 10.
      routines/decks/class.yaml:4:46: "round" is not a field of circuit Hint: Did you mean "rounds"?
      routines/decks/class.yaml:5:11: getReady must be at most 60 seconds (got 90) Hint: Write a whole number from 0 to 60.
      routines/decks/class.yaml:6:10: minutes must be at least 1 minute (got 0) Hint: Write a whole number from 1 to 240."
    `);
  });

  it('may not take the id of a routine, whose deck is made for it', async () => {
    const text = `title: Talk
audience: Runners
summary: A talk.
slides:
  - kind: title
    title: Hello
`;
    expect(await problemsWith({ 'side-hip-starter.yaml': text })).toMatchInlineSnapshot(`
      "1 problem in 1 file:
      routines/decks/side-hip-starter.yaml:1:1: a deck named "side-hip-starter" would overwrite the deck made for the routine "side-hip-starter" Hint: Rename this deck file."
    `);
  });
});
