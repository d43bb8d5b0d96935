/**
 * The one way to reach a thing in the Library by id. The loader has already checked every
 * reference between files, so a miss here means an id typed by a person (a command-line argument)
 * or a bug; either way it is one error with one message, not a per-output `?? id` or `?? []`.
 */
import { UserError } from '../core/errors.ts';
import type { Library } from './library.ts';
import { closest } from './suggest.ts';

/** Each kind of thing that has an id, and the Library field that holds it. */
interface Collections {
  exercise: 'exercises';
  condition: 'conditions';
  routine: 'routines';
  warmup: 'warmups';
  deck: 'decks';
}

export type Kind = keyof Collections;

/** The resolved type of a kind: Exercise for 'exercise', and so on. */
export type Of<K extends Kind> = Library[Collections[K]][string];

/**
 * A mapped type, so that `collections[kind]` keeps its link to `kind` and `lookup` needs no cast.
 */
const collections: { readonly [K in Kind]: (library: Library) => Readonly<Record<string, Of<K>>> } =
  {
    exercise: (library) => library.exercises,
    condition: (library) => library.conditions,
    routine: (library) => library.routines,
    warmup: (library) => library.warmups,
    deck: (library) => library.decks,
  };

const nouns: Readonly<Record<Kind, { one: string; many: string }>> = {
  exercise: { one: 'exercise', many: 'exercises' },
  condition: { one: 'condition', many: 'conditions' },
  routine: { one: 'routine', many: 'routines' },
  warmup: { one: 'warm-up protocol', many: 'warm-up protocols' },
  deck: { one: 'deck', many: 'decks' },
};

/** More than this many ids would drown the message; the closest match is what helps. */
const listedIds = 20;

export class NotFoundError extends UserError {
  readonly kind: Kind;
  readonly id: string;
  constructor(kind: Kind, id: string, known: readonly string[]) {
    const noun = nouns[kind];
    const match = closest(id, known);
    const shown = known.slice(0, listedIds).join(', ');
    const more = known.length > listedIds ? `, and ${known.length - listedIds} more` : '';
    const list =
      known.length === 0
        ? `There are no ${noun.many} yet.`
        : `The ${noun.many} are: ${shown}${more}.`;
    super(`There is no ${noun.one} "${id}".${match ? ` Did you mean "${match}"?` : ''} ${list}`);
    this.name = 'NotFoundError';
    this.kind = kind;
    this.id = id;
  }
}

/** Every id of a kind, sorted. */
export function idsOf(library: Library, kind: Kind): string[] {
  return Object.keys(collections[kind](library)).sort();
}

/** The thing of a kind with this id; a NotFoundError names the closest id when there is none. */
export function lookup<K extends Kind>(library: Library, kind: K, id: string): Of<K> {
  const collection = collections[kind](library);
  // Own properties only: an id such as "constructor" must not reach Object.prototype.
  const found = Object.hasOwn(collection, id) ? collection[id] : undefined;
  if (found === undefined) throw new NotFoundError(kind, id, idsOf(library, kind));
  return found;
}

/** The things of a kind with these ids, in the same order. */
export function lookupAll<K extends Kind>(
  library: Library,
  kind: K,
  ids: readonly string[],
): Of<K>[] {
  return ids.map((id) => lookup(library, kind, id));
}
