/**
 * The one argument parser every command uses. `util.parseArgs` reads the words; this module turns
 * whatever is odd about them into problems, all of them at once rather than the first: unknown
 * options (with "did you mean"), stray words, missing or empty values, a value given to a switch,
 * and a single-value option given twice (the last one used to win without a word).
 * Parsing is pure, so tests check argument mistakes in-process.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../core/config.ts';
import { UserError } from '../core/errors.ts';
import { formatArgProblem, type ArgProblem } from '../core/problems.ts';
import { closest } from '../model/suggest.ts';

export type OptionSpec =
  | { readonly type: 'boolean' }
  /** `value` names the value in messages: "<id>", "<file.pdf>". */
  | { readonly type: 'string'; readonly value: string; readonly multiple?: true };

export interface ArgsSpec<O extends Readonly<Record<string, OptionSpec>>> {
  readonly options: O;
  /** Words that are not options: their name in messages ("<id>") and how many the command takes. */
  readonly positionals?: { readonly name: string; readonly max: number };
}

export type Values<O> = {
  readonly [K in keyof O]?: O[K] extends { type: 'boolean' }
    ? boolean
    : O[K] extends { multiple: true }
      ? readonly string[]
      : string;
};

export interface Parsed<V> {
  /** --help or -h: show the usage and do nothing else, whatever else is wrong. */
  readonly help: boolean;
  readonly values: V;
  readonly positionals: readonly string[];
  readonly problems: readonly ArgProblem[];
}

/** Every command takes --help; -h too, as most programs do. */
const helpOption = { help: { type: 'boolean' as const, short: 'h' } };

/** A word that is an option, not a value: `--large-print`, `-x`. Not `-` or `-1`. */
const looksLikeOption = (word: string) => /^-(-|[a-z])/i.test(word);

function unknownOption(rawName: string, flags: readonly string[]): ArgProblem {
  const match = closest(rawName, flags);
  const list = flags.length > 1 ? `The options are: ${flags.join(', ')}.` : noOptions;
  return {
    arg: rawName,
    message: 'unknown option.',
    hint: match ? `Did you mean ${match}?` : list,
  };
}

const noOptions = 'This command takes no options, only --help.';

export function parseArgv<const O extends Readonly<Record<string, OptionSpec>>>(
  spec: ArgsSpec<O>,
  args: readonly string[],
): Parsed<Values<O>> {
  const options: Readonly<Record<string, OptionSpec>> = spec.options;
  const all: Readonly<Record<string, OptionSpec>> = { ...options, ...helpOption };
  const flags = Object.keys(all).map((name) => `--${name}`);
  const { tokens } = parseArgs({
    args: [...args],
    options: { ...options, ...helpOption },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const problems: ArgProblem[] = [];
  const switches = new Set<string>();
  const given = new Map<string, string[]>();
  const words: string[] = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option') continue;
    const { name, rawName, value, inlineValue } = token;
    const option = Object.hasOwn(all, name) ? all[name] : undefined;
    if (!option) problems.push(unknownOption(rawName, flags));
    else if (option.type === 'boolean') {
      if (value === undefined) {
        if (name === 'help') help = true;
        else switches.add(name);
      } else
        problems.push({
          arg: `${rawName}=${value}`,
          message: 'takes no value.',
          hint: `Write just ${rawName}.`,
        });
    } else if (value === undefined || value === '' || (!inlineValue && looksLikeOption(value))) {
      // parseArgs, not strict, takes the next word as the value even when it is an option.
      const swallowed = value ? ` (${value} is an option, not a value)` : '';
      problems.push({
        arg: rawName,
        message: `needs a value${value === '' ? '; it is empty' : ''}${swallowed}.`,
        hint: `Write ${rawName} ${option.value}.`,
      });
    } else given.set(name, [...(given.get(name) ?? []), value]);
  }
  const values: Record<string, boolean | string | readonly string[]> = {};
  for (const name of switches) values[name] = true;
  for (const [name, list] of given) {
    const option = options[name];
    const multiple = option?.type === 'string' && option.multiple === true;
    if (!multiple && list.length > 1)
      problems.push({
        arg: `--${name}`,
        message: `given ${list.length} times (${list.map((v) => `"${v}"`).join(', ')}).`,
        hint: 'Give it once.',
      });
    values[name] = multiple ? list : (list[0] ?? '');
  }
  const max = spec.positionals?.max ?? 0;
  problems.push(...strayWords(words, max, spec.positionals?.name, flags.length > 1));
  return { help, values: values as Values<O>, positionals: words.slice(0, max), problems };
}

function strayWords(
  words: readonly string[],
  max: number,
  name: string | undefined,
  hasOptions: boolean,
): ArgProblem[] {
  const extra = (word: string): ArgProblem =>
    name && max > 0
      ? {
          arg: word,
          message: `one ${name} at a time; ${words.slice(0, max).join(', ')} came first.`,
          hint: 'Run the command once for each.',
        }
      : {
          arg: word,
          message: 'not an option.',
          hint: hasOptions ? 'Options start with --; see them with --help.' : noOptions,
        };
  return words.slice(max).map(extra);
}

/** Every problem with a command's arguments, one a line, then where to read about the options. */
export class ArgumentError extends UserError {
  readonly problems: readonly ArgProblem[];
  constructor(problems: readonly ArgProblem[], script: string) {
    super(
      [...problems.map(formatArgProblem), `See every option: npm run ${script} -- --help`].join(
        '\n',
      ),
    );
    this.name = 'ArgumentError';
    this.problems = problems;
  }
}

/** A command as written: its help text, its pure parser, and what it does with what was parsed. */
export interface Command<V> {
  /** The npm script, for "See every option: npm run <script> -- --help". */
  readonly script: string;
  readonly usage: string;
  readonly parse: (args: readonly string[]) => Parsed<V>;
  readonly run: (config: Config, parsed: Parsed<V>) => Promise<void>;
  /**
   * Set by a command that lists argument problems together with the ones it can only find later
   * (the handout checks a routine id against the library): it is run with them, and throws them.
   */
  readonly checksLater?: true;
}

/** A command as main.ts runs it and tests parse it, whatever its values are. */
export interface CliCommand {
  readonly script: string;
  readonly usage: string;
  readonly parse: (args: readonly string[]) => Parsed<unknown>;
  /** Parses; shows the help, or throws every argument problem, or runs the command. */
  readonly main: (config: Config, args: readonly string[]) => Promise<void>;
}

export function defineCommand<V>(command: Command<V>): CliCommand {
  return {
    script: command.script,
    usage: command.usage,
    parse: command.parse,
    main: async (config, args) => {
      const parsed = command.parse(args);
      if (parsed.help) {
        console.log(command.usage);
        return;
      }
      if (parsed.problems.length > 0 && !command.checksLater)
        throw new ArgumentError(parsed.problems, command.script);
      await command.run(config, parsed);
    },
  };
}
