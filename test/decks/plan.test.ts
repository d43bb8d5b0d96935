import { describe, expect, it } from 'vitest';
import { deckForRoutine, deckFromFile } from '../../src/decks/plan.ts';
import { fixtureForFile } from '../helpers/fixtures.ts';
import { talkYaml } from './fixture.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const fixture = fixtureForFile('valid', async (content) => {
  await mkdir(path.join(content, 'decks'));
  await writeFile(path.join(content, 'decks', 'talk.yaml'), talkYaml);
});

const titles = (slides: readonly { kind: string; title: string }[]) =>
  slides.map((s) => `${s.kind}: ${s.title}`);

describe('deck assembly', () => {
  it('gives every routine a deck: title, warm-up, one slide per exercise, summary, when to stop, stop signs', () => {
    const routine = fixture.library.routines['side-hip-starter'];
    if (!routine) throw new Error('fixture routine missing');
    const plan = deckForRoutine(fixture.library, routine);
    expect(plan.id).toBe('side-hip-starter');
    expect(titles(plan.slides)).toEqual([
      'title: Build strong side hips at home',
      'warmup: Warm up first',
      'exercise: Hip swing',
      'exercise: Clamshell',
      'exercise: Glute bridge',
      'summary: The routine at a glance',
      'stop: When to stop',
      // The routine's stop signs, the same list as its page and handout, 6 at most a slide.
      'call: Stop and call your clinician if…',
    ]);
    const [title] = plan.slides;
    expect(title?.kind === 'title' && title.facts.map((f) => f.value)).toEqual([
      'About 17 minutes',
      '3 days a week',
      'Beginner',
      // The warm-up protocol's hip swing needs something to hold.
      'Wall or chair for balance',
    ]);
  });

  it('uses the routine dose on the slide and keeps steps, mistakes and stop rules in the notes', () => {
    const routine = fixture.library.routines['side-hip-starter'];
    if (!routine) throw new Error('fixture routine missing');
    const bridge = deckForRoutine(fixture.library, routine).slides[4];
    if (bridge?.kind !== 'exercise') throw new Error('expected the glute bridge slide');
    expect(bridge.section).toBe('Main exercise 2 of 2');
    expect(bridge.card.dose.numbers).toBe('3 × 10');
    // The badge's parts, which it keeps whole when it takes two lines beside a long title.
    expect(bridge.doseParts).toEqual(['3 × 10']);
    const clamshell = deckForRoutine(fixture.library, routine).slides[3];
    if (clamshell?.kind !== 'exercise') throw new Error('expected the clamshell slide');
    expect([clamshell.card.dose.numbers, clamshell.doseParts]).toEqual([
      '2 × 12 each side',
      ['2 × 12', 'each side'],
    ]);
    expect(bridge.card.show.steps).toBe(false);
    expect(bridge.notes.sections.map((s) => s.heading)).toEqual([
      'Dose',
      'Steps',
      'Common mistakes',
      'When to stop',
      'Timer (press T)',
    ]);
    expect(bridge.notes.sections[1]?.items).toEqual(
      fixture.library.exercises['glute-bridge']?.steps,
    );
  });

  it('expands every slide kind of a deck file, with unique card ids for a repeated exercise', () => {
    const talk = fixture.library.decks['talk'];
    if (!talk) throw new Error('fixture deck missing');
    const plan = deckFromFile(fixture.library, talk);
    expect(titles(plan.slides)).toEqual([
      'title: Hip pain after running',
      'text: Your hip is a ball in a cup',
      'conditions: A common cause and where it hurts',
      'condition: Sore outer hip',
      'topics: What raises your risk',
      'ten-percent: The 10% rule',
      'exercise: Clamshell',
      'warmup: Warm up first',
      'exercise: Hip swing',
      'exercise: Clamshell',
      'exercise: Glute bridge',
      'summary: The routine at a glance',
      'stop: When to stop',
      // The routine's stop signs, the same list as its page and handout, 6 at most a slide.
      'call: Stop and call your clinician if…',
    ]);
    const anchors = plan.slides.flatMap((s) => (s.kind === 'exercise' ? [s.card.anchor] : []));
    expect(anchors).toEqual([
      'exercise-clamshell',
      'exercise-hip-swing',
      'exercise-clamshell-2',
      'exercise-glute-bridge',
    ]);
    expect(plan.slides[0]?.notes.text).toBe('Welcome everyone.');
  });

  it('shows the 10% rule as a ladder of weeks, rounded down', () => {
    const talk = fixture.library.decks['talk'];
    if (!talk) throw new Error('fixture deck missing');
    const rule = deckFromFile(fixture.library, talk).slides[5];
    if (rule?.kind !== 'ten-percent') throw new Error('expected the 10% rule slide');
    expect(rule.weeks.map((w) => `${w.label}: ${w.value}`)).toEqual([
      'This week: 25 miles',
      'Next week: up to 27.5 miles',
      'The week after: up to 30.2 miles',
      'Week 4: up to 33.2 miles',
    ]);
  });
});
