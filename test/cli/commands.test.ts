import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.ts';
import { commandFor, usage } from '../../src/cli/dispatch.ts';
import { UserError } from '../../src/core/errors.ts';
import { formatArgProblem } from '../../src/core/problems.ts';

const messages = (name: string, ...args: string[]) =>
  commands[name]?.parse(args).problems.map(formatArgProblem);

describe('the first word', () => {
  it('picks the command and hands it the rest', () => {
    expect(commandFor(['deck', 'x', '--notes'])).toEqual({
      command: commands['deck'],
      args: ['x', '--notes'],
    });
    for (const help of [[], ['help'], ['--help'], ['-h']]) expect(commandFor(help)).toBeUndefined();
    for (const name of Object.keys(commands)) expect(usage).toContain(name.replace('-', ':'));
  });

  it('names an unknown command, the closest one and all of them', () => {
    expect(() => commandFor(['chek'])).toThrow(UserError);
    expect(() => commandFor(['chek'])).toThrow(
      `Unknown command "chek". Did you mean check?\n\n${usage}`,
    );
    expect(() => commandFor(['zzzzzzzz'])).toThrow(/^Unknown command "zzzzzzzz"\.\n\nUsage:/);
  });
});

describe('every command', () => {
  it.each(Object.keys(commands))('%s has a help text and refuses what it does not know', (name) => {
    const command = commands[name];
    if (!command) throw new Error(name);
    expect(command.usage).toContain(`npm run ${command.script}`);
    expect(command.parse(['--help']).help).toBe(true);
    expect(command.parse(['-h']).help).toBe(true);
    const [unknown] = command.parse(['--verbose']).problems;
    expect(unknown && formatArgProblem(unknown)).toMatch(/^--verbose: unknown option\. Hint: /);
  });

  it('takes the options it shows in its help', () => {
    expect(commands['build']?.parse(['--browser-path', '/usr/bin/chromium']).problems).toEqual([]);
    expect(messages('build', '--browser-path')).toEqual([
      '--browser-path: needs a value. Hint: Write --browser-path <file>.',
    ]);
    expect(messages('figures', '--big')).toEqual([
      '--big: unknown option. Hint: The options are: --lang, --browser-path, --help.',
    ]);
    expect(messages('setup-browser', '--browser-path', 'a', '--browser-path', 'b')).toEqual([
      '--browser-path: given 2 times ("a", "b"). Hint: Give it once.',
    ]);
    expect(messages('schema', 'routines')).toEqual([
      'routines: not an option. Hint: This command takes no options, only --help.',
    ]);
    expect(messages('check', 'routines')).toEqual([
      'routines: not an option. Hint: Options start with --; see them with --help.',
    ]);
  });
});

describe('npm run preview', () => {
  it('takes a port from 1 to 65535, 4321 by default', () => {
    expect(commands['preview']?.parse([]).values).toEqual({ port: 4321 });
    expect(commands['preview']?.parse(['--port', '4400']).values).toEqual({ port: 4400 });
    for (const port of ['0', '65536', 'abc', '4e3', '-1'])
      expect(messages('preview', '--port', port)).toEqual([
        `--port ${port}: not a port number. Hint: Use a whole number from 1 to 65535, like --port 4400.`,
      ]);
  });
});

describe('npm run bench', () => {
  it('picks benchmarks by part of their name, and writes the README unless told not to', () => {
    expect(commands['bench']?.parse([]).values).toEqual({
      chosen: ['website', 'handouts', 'decks', 'offline', 'finder', 'build', 'builder', 'figures'],
      readme: true,
      hundredfold: false,
    });
    expect(commands['bench']?.parse(['deck', '--no-readme']).values).toEqual({
      chosen: ['decks'],
      readme: false,
      hundredfold: false,
    });
    expect(commands['bench']?.parse(['build', '--with-100x']).values).toEqual({
      chosen: ['build'],
      readme: true,
      hundredfold: true,
    });
    expect(commands['bench']?.parse(['buil', '--no-readme']).values).toMatchObject({
      chosen: ['build', 'builder'],
    });
    expect(commands['bench']?.parse(['--no-readme']).values).toMatchObject({ readme: false });
    expect(messages('bench', 'handuots')).toEqual([
      'handuots: no benchmark has that name. Hint: Did you mean handouts? The benchmarks are: website, handouts, decks, offline, finder, build, builder, figures.',
    ]);
  });
});

describe('npm run build: shards', () => {
  it('reads --shard n/total and --merge with its folders', () => {
    expect(commands['build']?.parse(['--shard', '2/4']).values).toEqual({
      browserPath: undefined,
      shard: { index: 2, total: 4 },
      merge: undefined,
    });
    expect(commands['build']?.parse(['--merge', 'a', 'b']).values).toMatchObject({
      shard: undefined,
      merge: ['a', 'b'],
    });
  });

  it('names every mistake', () => {
    expect(messages('build', '--shard', '5/4')).toEqual([
      '--shard 5/4: the shard number must be from 1 to 4. Hint: Write --shard 2/4.',
    ]);
    expect(messages('build', '--shard', 'half')).toEqual([
      '--shard half: write it as <number>/<total>, for example 2/4. Hint: Write --shard 2/4.',
    ]);
    expect(messages('build', '--shard', '0/0')).toEqual([
      '--shard 0/0: the total must be a whole number from 1 to 1000. Hint: Write --shard 2/4.',
    ]);
    expect(messages('build', '--merge')).toEqual([
      '--merge: needs the shard folders. Hint: Write --merge output/shard-1-of-2 output/shard-2-of-2.',
    ]);
    expect(messages('build', '--shard', '1/2', '--merge', 'a')).toEqual([
      '--shard --merge: a build either makes one shard or merges them. Hint: Run --shard on each machine, then --merge once with every folder.',
    ]);
    expect(messages('build', 'output/shard-1-of-2')).toEqual([
      'output/shard-1-of-2: not an option. Hint: Folders go after --merge; options start with --, see them with --help.',
    ]);
  });
});
