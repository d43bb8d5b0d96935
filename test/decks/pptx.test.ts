/**
 * The editable PowerPoint export (issue 17): the own-slides fixture deck and the talk deck as .pptx,
 * read back with jszip: one slide each, 16:9, a title placeholder on every slide, the YAML's text
 * as real text (bold, italic, bullets, numbers, a link), pictures as PNG with their alt text and the
 * speaker notes in the notes pane.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'puppeteer-core';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckPptx } from '../../src/decks/pptx.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { lookup } from '../../src/model/lookup.ts';
import { releaseBrowser, testBrowser } from '../helpers/browser.ts';
import { tempWorkFolder } from '../helpers/cli.ts';
import { removeFixture } from '../helpers/fixtures.ts';
import { buildFixtureDecks, type BuiltDecks } from './fixture.ts';
import { expectedTexts, ownDeckId, ownSlides } from './own-slides.ts';
import { readPptx, type PptxFacts } from './pptx-read.ts';

let browser: BrowserContext;
let decks: BuiltDecks;
let work: string;
let own: PptxFacts;
let talk: PptxFacts;
let talkPlan: DeckPlan;

const planOf = (id: string) => {
  const plan = decks.plans.find((p) => p.id === id);
  if (!plan) throw new Error(`no deck ${id}`);
  return plan;
};

beforeAll(async () => {
  work = await tempWorkFolder('pptx');
  decks = await buildFixtureDecks(work, { overlay: path.join('test', 'fixtures', 'own-slides') });
  browser = await testBrowser();
  own = await readPptx(await deckPptx(decks.library, planOf(ownDeckId), browser));
  talkPlan = planOf('talk');
  talk = await readPptx(await deckPptx(decks.library, talkPlan, browser));
});
afterAll(async () => {
  await releaseBrowser(browser);
  await removeFixture(decks.content);
  await rm(work, { recursive: true, force: true });
});

const exerciseName = (id: string) => lookup(decks.library, 'exercise', id).name;

describe('the PowerPoint export', () => {
  it('has one 16:9 slide for each slide of the deck, each with a real title', () => {
    expect(own.slides).toHaveLength(ownSlides.length);
    expect(talk.slides).toHaveLength(talkPlan.slides.length);
    expect(own.presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (const [i, slide] of [...own.slides, ...talk.slides].entries()) {
      expect(slide.xml, `slide ${i + 1}`).toMatch(/<p:ph\b[^>]*type="title"/);
    }
    talkPlan.slides.forEach((slide, i) =>
      expect(talk.slides[i]?.text.toLowerCase()).toContain(slide.title.toLowerCase()),
    );
  });

  it('is XML PowerPoint opens without repair: well formed, one paragraph property block first in a paragraph', () => {
    for (const [i, slide] of [...own.slides, ...talk.slides].entries()) {
      const errors: string[] = [];
      new DOMParser({
        onError: (level, message) => errors.push(`${level}: ${message}`),
      }).parseFromString(slide.xml, 'text/xml');
      expect(errors, `slide ${i + 1}`).toEqual([]);
      for (const [, paragraph = ''] of slide.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
        const firstRun = paragraph.search(/<a:(r|br|fld)\b/);
        if (firstRun >= 0)
          expect(paragraph.slice(firstRun), `slide ${i + 1}`).not.toContain('<a:pPr');
      }
    }
    expect(own.backgrounds.every((xml) => xml.includes('<a:effectLst/></p:bgPr>'))).toBe(true);
  });

  it('holds every text of the YAML as editable text on its slide', () => {
    ownSlides.forEach((slide, i) => {
      const text = own.slides[i]?.text.toLowerCase() ?? '';
      for (const expected of expectedTexts(slide, exerciseName))
        expect(text, `slide ${i + 1}`).toContain(expected.toLowerCase());
    });
  });

  it('keeps bold, italic, bullets, numbers and links as PowerPoint formatting', () => {
    const picture = own.slides[2];
    expect(picture?.xml).toMatch(/<a:rPr[^>]*\bb="1"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>swing<\/a:t>/);
    expect(picture?.xml).toMatch(/<a:rPr[^>]*\bi="1"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>lift<\/a:t>/);
    expect(picture?.rels).toContain('Target="https://example.org/hips"');
    const columns = own.slides[3]?.xml ?? '';
    // One bullet a list item, even where an item has an italic word in it.
    expect(columns.match(/<a:buChar/g)).toHaveLength(2);
    expect(own.slides[4]?.xml.match(/<a:buAutoNum/g)).toHaveLength(2);
  });

  it('carries the pictures as PNG images with their alt text', () => {
    expect(own.slides[2]?.xml).toContain(
      'descr="The top of the thigh bone, a round ball, sits in a cup in the pelvis."',
    );
    expect(own.slides[3]?.xml).toContain(
      'descr="A drawing of the hip joint with the cup and the ball named."',
    );
    expect(own.media.size).toBeGreaterThan(0);
    for (const [name, bytes] of own.media) {
      expect(name).toMatch(/\.png$/);
      expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }
    // The exercise slide: the drawn start and end figures of the glute bridge (the fixture's copy
    // has the pose data), with the figures' alt text.
    const bridge = own.slides[7]?.xml ?? '';
    expect(bridge.match(/<p:pic>/g)).toHaveLength(2);
    expect(bridge).toMatch(/descr="Glute bridge[^"]*"/);
  });

  it("puts the speaker notes in the notes pane, the deck file's and the exercise's", () => {
    expect(own.slides[2]?.notes).toContain('Point at the cup, then at the ball.');
    expect(own.slides[7]?.notes).toContain('Watch that knees stay in line with the feet.');
    const exercise = lookup(decks.library, 'exercise', 'glute-bridge');
    for (const step of exercise.steps) expect(own.slides[7]?.notes).toContain(step);
    expect(talk.slides[0]?.notes).toContain('Welcome everyone.');
  });
});
