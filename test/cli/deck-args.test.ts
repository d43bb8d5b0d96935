import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/cli/args.ts';
import { deckRequest, parseDeck } from '../../src/cli/deck-args.ts';
import { plainWriteError } from '../../src/cli/out-path.ts';
import { allDecks } from '../../src/decks/plan.ts';
import type { DeckPlan } from '../../src/decks/slides.ts';
import { loadLibrary } from '../../src/model/load.ts';
import { fixtureLibrary, removeFixture } from '../helpers/fixtures.ts';

let decks: readonly DeckPlan[];
let work: string;

beforeAll(async () => {
  const content = await fixtureLibrary('valid');
  decks = allDecks(await loadLibrary(content));
  await removeFixture(content);
  work = await mkdtemp(path.join(os.tmpdir(), 'routine-press-deck-args-'));
  await writeFile(path.join(work, 'notes.txt'), 'a file');
  await writeFile(path.join(work, 'talk.html'), 'an older deck');
  await mkdir(path.join(work, 'class.html'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

/** Where the deck goes for these arguments, typed in `work`. */
async function deck(...args: string[]) {
  const { plan, target } = await deckRequest(decks, parseDeck(args), {
    cwd: work,
    defaultFolder: path.join(work, 'output', 'decks'),
  });
  return { id: plan.id, folder: path.relative(work, target.folder), names: target.names };
}

/** The message a user reads for these arguments, with the work folder as <work>. */
async function refused(...args: string[]): Promise<string> {
  const error = await deck(...args).then(
    () => new Error(`accepted: ${args.join(' ')}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ArgumentError);
  return (error as ArgumentError).message.split(work).join('<work>');
}

describe('npm run deck arguments', () => {
  it('writes into output/decks/ by default, or the folder given', async () => {
    const names = {
      html: 'side-hip-starter.html',
      pdf: 'side-hip-starter.pdf',
      notesPdf: path.join('notes', 'side-hip-starter.pdf'),
      pptx: 'side-hip-starter.pptx',
    };
    expect(await deck('side-hip-starter')).toEqual({
      id: 'side-hip-starter',
      folder: path.join('output', 'decks'),
      names,
    });
    expect(await deck('side-hip-starter', '--out', 'slides')).toMatchObject({
      folder: 'slides',
      names,
    });
    // A folder whose name ends in .html is still a folder.
    expect(await deck('side-hip-starter', '--out', 'class.html')).toMatchObject({
      folder: 'class.html',
    });
  });

  it('takes a .html file as the deck itself, replacing one that is there', async () => {
    // Before: an existing file gave "internal error: EEXIST".
    expect(await deck('side-hip-starter', '--out', 'talk.html')).toEqual({
      id: 'side-hip-starter',
      folder: '',
      names: { html: 'talk.html', pdf: 'talk.pdf', notesPdf: 'talk-notes.pdf', pptx: 'talk.pptx' },
    });
  });

  it('lists every problem at once', async () => {
    expect(
      await refused('side-hip-startr', 'another', '--slides', '--notes', '--no-pdf', '--out', ''),
    ).toMatchInlineSnapshot(`
      "--slides: unknown option. Hint: The options are: --notes, --no-pdf, --pptx, --lang, --out, --browser-path, --list, --help.
      --out: needs a value; it is empty. Hint: Write --out <folder>.
      another: one deck at a time; side-hip-startr came first. Hint: Run the command once for each.
      --notes --no-pdf: --notes makes a PDF, and --no-pdf says to make none. Hint: Leave out one of them.
      side-hip-startr: there is no such deck. Hint: Did you mean "side-hip-starter"? The decks are: side-hip-starter.
      See every option: npm run deck -- --help"
    `);
    expect(await refused()).toMatchInlineSnapshot(`
      "<id>: which deck? Hint: Add its id, like side-hip-starter. The decks are: side-hip-starter.
      See every option: npm run deck -- --help"
    `);
  });

  it('refuses an --out that cannot hold the deck, naming it', async () => {
    const out = (where: string) => refused('side-hip-starter', '--out', where);
    const messages = [
      await out('notes.txt'),
      await out('notes.txt/decks'),
      await out('/proc/decks'),
      await out('/sys/kernel/talk.html'),
    ];
    expect(messages.join('\n---\n')).toMatchInlineSnapshot(`
      "--out notes.txt: <work>/notes.txt is a file, not a folder. Hint: Give a folder, or a file name ending in .html for the deck itself.
      See every option: npm run deck -- --help
      ---
      --out notes.txt/decks: <work>/notes.txt is a file, so it cannot hold a folder. Hint: Choose a folder in your home folder, for example.
      See every option: npm run deck -- --help
      ---
      --out /proc/decks: is inside /proc, which the system keeps for itself; files cannot go there. Hint: Choose a folder in your home folder, for example.
      See every option: npm run deck -- --help
      ---
      --out /sys/kernel/talk.html: is inside /sys, which the system keeps for itself; files cannot go there. Hint: Choose a file in your home folder, for example.
      See every option: npm run deck -- --help"
    `);
  });
});

describe('a file-system error while writing', () => {
  const errno = (code: string, at: string) =>
    Object.assign(new Error(`${code}: internal words, '${at}'`), { code, path: at });

  it('is said plainly, naming the path, when it is about the output', () => {
    const target = '/home/sam/decks/talk.html';
    const said = (error: Error) => {
      const plain = plainWriteError(error, target);
      return plain instanceof Error ? plain.message : String(plain);
    };
    expect(
      [
        errno('EACCES', '/home/sam/decks/.talk.html.123.tmp'),
        errno('ENOSPC', '/home/sam/decks/notes/talk.pdf'),
        errno('EROFS', '/home/sam'),
        errno('ENOTDIR', '/home/sam/decks'),
      ].map(said),
    ).toEqual([
      'Could not write /home/sam/decks/.talk.html.123.tmp: permission denied.',
      'Could not write /home/sam/decks/notes/talk.pdf: the disk is full.',
      'Could not write /home/sam: the disk is read-only.',
      'Could not write /home/sam/decks: part of the path is a file, not a folder.',
    ]);
  });

  it('is left alone when it is about something else', () => {
    const elsewhere = errno('EACCES', '/usr/bin/chromium');
    expect(plainWriteError(elsewhere, '/home/sam/decks/talk.html')).toBe(elsewhere);
    const bug = new TypeError('x is undefined');
    expect(plainWriteError(bug, '/home/sam/decks/talk.html')).toBe(bug);
  });
});
