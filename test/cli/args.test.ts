import { describe, expect, it } from 'vitest';
import { ArgumentError, parseArgv } from '../../src/cli/args.ts';
import { formatArgProblem } from '../../src/core/problems.ts';

const spec = {
  options: {
    routine: { type: 'string', value: '<id>' },
    dose: { type: 'string', value: '<exercise>=<dose>', multiple: true },
    'large-print': { type: 'boolean' },
    out: { type: 'string', value: '<file.pdf>' },
  },
  positionals: { name: 'deck', max: 1 },
} as const;

const parse = (...args: string[]) => parseArgv(spec, args);
/** What the user reads for these arguments. */
const messages = (...args: string[]) => parse(...args).problems.map(formatArgProblem);

describe('the argument parser', () => {
  it('reads options, repeated multi-value options and a positional', () => {
    const parsed = parse(
      'a-deck',
      '--routine',
      'r',
      '--dose',
      'x=1',
      '--dose=y=2',
      '--large-print',
    );
    expect(parsed).toEqual({
      help: false,
      values: { 'large-print': true, routine: 'r', dose: ['x=1', 'y=2'] },
      positionals: ['a-deck'],
      problems: [],
    });
  });

  it('lists every mistake at once, in one style', () => {
    expect(
      messages(
        '--large',
        '--rotine',
        'x',
        '--frobnicate',
        '--large-print=yes',
        'one',
        'two',
        '--out',
        '--large-print',
      ),
    ).toMatchInlineSnapshot(`
      [
        "--large: unknown option. Hint: Did you mean --large-print?",
        "--rotine: unknown option. Hint: Did you mean --routine?",
        "--frobnicate: unknown option. Hint: The options are: --routine, --dose, --large-print, --out, --help.",
        "--large-print=yes: takes no value. Hint: Write just --large-print.",
        "--out: needs a value (--large-print is an option, not a value). Hint: Write --out <file.pdf>.",
        "one: one deck at a time; x came first. Hint: Run the command once for each.",
        "two: one deck at a time; x came first. Hint: Run the command once for each.",
      ]
    `);
  });

  it('refuses a single-value option given twice, which used to keep the last one silently', () => {
    expect(messages('--routine', 'a', '--routine=b')).toEqual([
      '--routine: given 2 times ("a", "b"). Hint: Give it once.',
    ]);
    // A multi-value option may repeat; a switch given twice means the same thing.
    expect(messages('--dose', 'x=1', '--dose', 'y=2', '--large-print', '--large-print')).toEqual(
      [],
    );
  });

  it('refuses an empty value and a missing one', () => {
    expect(messages('--out', '')).toEqual([
      '--out: needs a value; it is empty. Hint: Write --out <file.pdf>.',
    ]);
    expect(messages('--out=')).toEqual([
      '--out: needs a value; it is empty. Hint: Write --out <file.pdf>.',
    ]);
    expect(messages('--routine')).toEqual([
      '--routine: needs a value. Hint: Write --routine <id>.',
    ]);
    // "-" and negative numbers are values, not options.
    expect(parse('--routine', '-').values.routine).toBe('-');
    expect(parse('--routine', '-1').problems).toEqual([]);
  });

  it('takes words after -- as positionals, even when they start with -', () => {
    expect(parse('--', '--odd-id')).toMatchObject({ positionals: ['--odd-id'], problems: [] });
  });

  it('answers --help and -h whatever else is wrong', () => {
    expect(parse('--nonsense', '--help').help).toBe(true);
    expect(parse('-h').help).toBe(true);
    expect(parse('--help=yes').problems.map(formatArgProblem)).toEqual([
      '--help=yes: takes no value. Hint: Write just --help.',
    ]);
  });

  it('says when a command takes no options or words at all', () => {
    const none = (...args: string[]) =>
      parseArgv({ options: {} }, args).problems.map(formatArgProblem);
    expect(none('--verbose', 'extra')).toEqual([
      '--verbose: unknown option. Hint: This command takes no options, only --help.',
      'extra: not an option. Hint: This command takes no options, only --help.',
    ]);
  });

  it('throws them as one error that points to the help', () => {
    const error = new ArgumentError(parse('--large').problems, 'handout');
    expect(error.message).toBe(
      '--large: unknown option. Hint: Did you mean --large-print?\nSee every option: npm run handout -- --help',
    );
    expect(error.exitCode).toBe(1);
  });
});
