/**
 * Every handout and every deck of the bundled pack, made in Spanish, says everything in Spanish: no
 * word of the English string catalog is left in what a patient or a class reads or hears (the page
 * text, the notes and the figures' alt text, not the scripts and styles). The words the two languages share are listed, with their
 * reasons, in test/helpers/english-words.ts. The PDFs themselves are checked in test/handouts/ and
 * test/decks/.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckHtml } from '../../src/decks/html.ts';
import { allDecks } from '../../src/decks/plan.ts';
import { handoutHtml } from '../../src/handouts/html.ts';
import type { Library } from '../../src/model/library.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { templateEnv, type TemplateEnv } from '../../src/render/env.ts';
import { textOf } from '../domain/html-text.ts';
import { projectRoot } from '../helpers/cli.ts';
import { englishIn, withoutNames } from '../helpers/english-words.ts';

let spanish: Library;
let english: Library;
let templates: TemplateEnv;

beforeAll(async () => {
  const content = path.join(projectRoot, 'routines');
  spanish = await loadLibrary(content, { language: 'es' });
  english = await loadLibrary(content);
  templates = templateEnv(path.join(projectRoot, 'templates'));
});

/** What a reader sees or hears of our HTML: the text and alt texts, without scripts and styles. */
function readable(html: string, library: Library): string {
  const shown = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
  const alts = [...shown.matchAll(/\s(?:alt|aria-label)="([^"]*)"/g)].map((m) => m[1] ?? '');
  return withoutNames(textOf(`${shown} ${alts.join(' ')}`), library);
}

const date = new Date(Date.UTC(2026, 0, 15));

describe('the bundled pack in Spanish', () => {
  it('prints no English interface word on any handout', async () => {
    const found: string[] = [];
    for (const id of Object.keys(spanish.routines)) {
      const html = await handoutHtml(spanish, templates, id, { paper: 'a4', large: false, date });
      expect(html).toContain('<html lang="es"');
      found.push(...englishIn(readable(html, spanish)).map((w) => `${id}: ${w}`));
    }
    expect(Object.keys(spanish.routines).length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('shows no English interface word on any deck, its slides or its notes', async () => {
    const found: string[] = [];
    const plans = allDecks(spanish);
    for (const plan of plans)
      for (const printNotes of [false, true]) {
        const html = await deckHtml(spanish, templates, plan, { printNotes });
        expect(html).toContain('<html lang="es"');
        found.push(...englishIn(readable(html, spanish)).map((w) => `${plan.id}: ${w}`));
      }
    expect(plans.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('finds the English words in the English handout and deck, so the check can fail', async () => {
    const handout = await handoutHtml(english, templates, 'outer-hip-pain', {
      paper: 'a4',
      large: false,
      date,
    });
    const [plan] = allDecks(english).filter((p) => p.id === 'outer-hip-pain');
    if (!plan) throw new Error('no deck for outer-hip-pain');
    const words = [
      ...englishIn(readable(handout, english)),
      ...englishIn(readable(await deckHtml(english, templates, plan), english)),
    ].map((w) => w.split(':')[0]);
    for (const word of ['exercises', 'stop', 'start', 'end', 'slide'])
      expect(words).toContain(word);
  });
});
