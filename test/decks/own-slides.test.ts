/**
 * A coach's own slides (issue 17): section, picture, two columns, key message and an exercise at a
 * chosen dose, with Markdown that is never HTML. The fixture deck is built to HTML and PDF, and
 * each slide's text is checked against its YAML; bad Markdown, a missing picture and a column of
 * text that does not fit are refused at their line.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecks, writeDeck } from '../../src/decks/build.ts';
import { readConfig } from '../../src/core/config.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { lookup } from '../../src/model/lookup.ts';
import { templateEnv } from '../../src/render/env.ts';
import { sections, textOf } from '../domain/html-text.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { tempWorkFolder } from '../helpers/cli.ts';
import { fixtureLibrary, normalise, problemsIn, removeFixture } from '../helpers/fixtures.ts';
import { readPdf } from '../helpers/pdf-text.ts';
import { buildFixtureDecks, openDeck, printDecks, type BuiltDecks } from './fixture.ts';
import { axeViolations } from '../helpers/axe.ts';
import { expectedTexts, ownDeckId, ownSlides } from './own-slides.ts';

let browser: BrowserContext;
let decks: BuiltDecks;
let work: string;
let plan: DeckPlan;
let html: string;

beforeAll(async () => {
  work = await tempWorkFolder('own-slides');
  decks = await buildFixtureDecks(work, { overlay: path.join('test', 'fixtures', 'own-slides') });
  const found = decks.plans.find((p) => p.id === ownDeckId);
  if (!found) throw new Error('the own-slides deck was not planned');
  plan = found;
  html = await readFile(path.join(work, `${ownDeckId}.html`), 'utf8');
  browser = await testBrowser();
  const context = { library: decks.library, templates: templateEnv('templates') };
  await printDecks(await writeDeck(context, plan, [work], { slides: true, notes: false }), browser);
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(decks.content);
  await rm(work, { recursive: true, force: true });
});

const exerciseName = (id: string) => lookup(decks.library, 'exercise', id).name;
const slideHtml = (n: number) => sections(html, 'section', `id="slide-${n}"`)[0] ?? '';

describe('a deck file with its own slides', () => {
  it('has one slide for each slide in the file, of the kind it asks for', () => {
    expect(plan.slides.map((s) => s.kind)).toEqual(ownSlides.map((s) => s.kind));
  });

  it('shows every text of the YAML on its slide in the HTML', () => {
    ownSlides.forEach((slide, i) => {
      const text = textOf(slideHtml(i + 1));
      for (const expected of expectedTexts(slide, exerciseName))
        expect(text, `slide ${i + 1}`).toContain(expected);
    });
  });

  it('turns the Markdown into bold, italic, lists and links, and the pictures into images with alt text', () => {
    expect(slideHtml(3)).toContain('<strong>swing</strong>');
    expect(slideHtml(3)).toContain('<em>lift</em>');
    expect(slideHtml(3)).toContain('<a href="https://example.org/hips">our site</a>');
    expect(slideHtml(3)).toMatch(
      /<img class="picture__img" src="data:image\/png;base64,[^"]+" alt="The top of the thigh bone, a round ball, sits in a cup in the pelvis\.">/,
    );
    expect(slideHtml(4)).toMatch(
      /<ul><li>They work each time a foot lands\.<\/li><li>When they <em>tire<\/em>/,
    );
    expect(slideHtml(4)).toContain('src="data:image/svg+xml;base64,');
    expect(slideHtml(5)).toContain('two-columns--picture-first');
    expect(slideHtml(5)).toMatch(/<ol><li>Do the move slowly\.<\/li>/);
  });

  it('gives a key message without a title a heading that only screen readers hear', () => {
    expect(slideHtml(6)).toMatch(
      /<h2 class="visually-hidden" id="slide-6-title">Key message<\/h2>/,
    );
    expect(slideHtml(7)).toMatch(
      /<h2 class="slide__kicker" id="slide-7-title">Take this home<\/h2>/,
    );
  });

  it('shows and times the exercise at the dose the deck file chose', () => {
    const exercise = plan.slides[7];
    expect(exercise?.kind).toBe('exercise');
    if (exercise?.kind !== 'exercise') return;
    expect(exercise.card.dose.numbers).toBe('3 × 12');
    expect(exercise.timer.intervals.filter((i) => i.phase === 'work')).toHaveLength(3);
    expect(textOf(slideHtml(8))).toContain('3 × 12');
    expect(exercise.notes.text).toBe('Watch that knees stay in line with the feet.');
  });

  it('has no axe violations (WCAG 2.2 AA) on any of its slides', async () => {
    const { page } = await openDeck(browser, decks.url(ownDeckId));
    try {
      // Every slide at once, as the page is without the runtime.
      await page.evaluate(() => document.documentElement.classList.remove('js'));
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('prints every text of the YAML on its page of the PDF', async () => {
    const pdf = await readPdf(path.join(work, `${ownDeckId}.pdf`));
    expect(pdf.pages).toBe(ownSlides.length);
    ownSlides.forEach((slide, i) => {
      for (const expected of expectedTexts(slide, exerciseName))
        // Kickers are upper case on the slide (CSS), so the PDF's text is compared without case.
        expect(pdf.text[i]?.toLowerCase(), `page ${i + 1}`).toContain(expected.toLowerCase());
    });
  });
});

/** The own-slides library with `slide` as the deck's only slide after its title. */
async function withSlide(slide: string): Promise<string> {
  const content = await fixtureLibrary('own-slides');
  await writeFile(
    path.join(content, 'decks', 'own-slides.yaml'),
    `title: T\naudience: A\nsummary: S.\nslides:\n  - kind: title\n    title: T\n${slide}`,
  );
  return content;
}

describe('what a deck file may not hold', () => {
  it('refuses HTML, a link that is not a web or email address and a missing picture, each at its line', async () => {
    const content = await withSlide(
      [
        '  - kind: quote',
        '    text: Be <b>strong</b>.',
        '  - kind: picture',
        '    title: A picture',
        '    caption: See [this](javascript:alert(1)).',
        '    picture: { file: media/none.png, alt: Nothing, licence: Own work, attribution: Me }',
        '',
      ].join('\n'),
    );
    const message = await problemsIn(content);
    expect(message).toContain(
      'routines/decks/own-slides.yaml:8:11: slides[2].text has the HTML tag "<b>"; slides take Markdown, not HTML (got "Be <b>strong</b>.") Hint: Write **bold** for bold',
    );
    expect(message).toContain(
      'routines/decks/own-slides.yaml:11:14: slides[3].caption has a link to "javascript:alert(1", which is not a web or email address (got "See [this](javascript:alert(1)).") Hint: Write a full address',
    );
    expect(message).toContain(
      'routines/decks/own-slides.yaml:12:22: the picture "media/none.png" does not exist Hint: Put the file at routines/media/none.png, or fix the path.',
    );
  });

  it('fails the build on a column of text that does not fit, naming its line and how much to cut', async () => {
    const long = Array.from(
      { length: 9 },
      (_, i) => `- Point ${i + 1}: keep your knee over your toes as you go.`,
    ).join('\n      ');
    const content = await withSlide(
      `  - kind: columns\n    title: Too much\n    text: |-\n      ${long}\n    picture: { file: media/hip.png, alt: A hip, licence: Own work, attribution: Me }\n`,
    );
    try {
      const { loadLibrary } = await import('../../src/model/load.ts');
      const library = await loadLibrary(content);
      const context = {
        config: { ...readConfig({}), content, cache: path.join(work, 'cache') },
        library,
        libraries: [library],
        templates: templateEnv('templates'),
        browser: () => Promise.resolve(browser),
        browserPath: undefined,
      };
      const folder = path.join(work, 'too-long');
      const error = await buildDecks(context, folder).then(
        () => 'no error',
        (thrown: unknown) => normalise((thrown as Error).message, content),
      );
      expect(error).toMatch(
        /^A slide does not fit on the screen:\nroutines\/decks\/own-slides\.yaml:\d+:\d+: slides\[1\]\.text is on slide 2 \("Too much"\) of the deck own-slides \(with its text at 80%\), which is \d+ px too tall\. Hint: Shorten this text by about \d+ lines? on the slide/,
      );
    } finally {
      await removeFixture(content);
    }
  });
});
