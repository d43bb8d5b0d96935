/**
 * Translation overlays: a file in routines/i18n/<language>/ that mirrors an original's path and
 * holds only its text, e.g. routines/i18n/es/exercises/clamshell.yaml. Each overlay schema is
 * derived from the original's schema, so a new text field is translatable the day it is added:
 * text fields only (ids, doses, numbers, poses and references come from the original), every one
 * optional, and strict, so a field the original kind does not have is an error.
 */
import { z } from 'zod';
import { hinted } from './hints.ts';
import { kinds, type KindName } from './index.ts';
import { isText } from './text.ts';

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const described = <S extends z.ZodType>(schema: S, from: z.ZodType): S =>
  from.description ? schema.describe(from.description) : schema;

/** A field of the original that holds no text: a translation may not give it. */
const fromOriginal = hinted(
  z.never({ error: 'is not text: it comes from the original, whatever the language' }),
  {
    invalid_type:
      'Delete it here. A translation holds only text; ids, doses, numbers and poses are read from the original.',
  },
)
  .optional()
  .describe('Not text: read from the original. Leave it out of a translation.');

/**
 * The text fields of an object's shape, each optional, and its other fields refused with a
 * message saying why; undefined when it has no text.
 */
function textShape(shape: Record<string, z.ZodType>): Record<string, z.ZodType> | undefined {
  const out: Record<string, z.ZodType> = {};
  let texts = 0;
  for (const [key, field] of Object.entries(shape)) {
    const text = translatable(field);
    if (text) texts++;
    out[key] = text ? text.optional() : fromOriginal;
  }
  return texts > 0 ? out : undefined;
}

/**
 * The translatable part of a schema: its text, with every field optional, lists of the same kind,
 * and for a choice of forms (a deck's slide kinds) the text fields of every form in one group.
 * Undefined when the schema holds no text.
 */
export function translatable(schema: z.ZodType): z.ZodType | undefined {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'string':
      return isText(schema) ? schema : undefined;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return def.innerType && translatable(def.innerType);
    case 'pipe':
      return def.in && translatable(def.in);
    case 'array': {
      const element = def.element && translatable(def.element);
      return element && described(z.array(element), schema);
    }
    case 'object': {
      const shape = def.shape && textShape(def.shape);
      return shape && described(z.strictObject(shape), schema);
    }
    case 'union': {
      const shapes = (def.options ?? []).flatMap((option) => {
        const optionDef = option._zod.def as Def;
        const shape = optionDef.type === 'object' && optionDef.shape && textShape(optionDef.shape);
        return shape ? [shape] : [];
      });
      if (shapes.length === 0) return undefined;
      return described(z.strictObject(Object.assign({}, ...shapes) as z.ZodRawShape), schema);
    }
    default:
      return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object forms a schema can take: its own shape, or each object option of a choice. */
function shapesOf(def: Def): readonly Record<string, z.ZodType>[] {
  if (def.type === 'object') return def.shape ? [def.shape] : [];
  return (def.options ?? []).flatMap((option) => shapesOf(option._zod.def as Def));
}

/**
 * What a translation carries of an original, as written: its text fields only (those
 * `translatable` keeps), in place, with lists keeping their positions; undefined when there is no
 * text. Its hash is a translation's `source`, so a change to a pose, a dose or an id leaves every
 * translation of the file up to date, and a change to any text does not.
 */
export function textPart(schema: z.ZodType, value: unknown): unknown {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'string':
      return isText(schema) && typeof value === 'string' ? value : undefined;
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return def.innerType && textPart(def.innerType, value);
    case 'pipe':
      return def.in && textPart(def.in, value);
    case 'array': {
      const element = def.element;
      if (!element || !Array.isArray(value) || !translatable(element)) return undefined;
      return value.map((item) => textPart(element, item) ?? null);
    }
    case 'object':
    case 'union': {
      if (!isRecord(value)) return undefined;
      const shapes = shapesOf(def);
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) {
        const text = shapes
          .map((shape) => shape[key] && textPart(shape[key], field))
          .find((t) => t !== undefined);
        if (text !== undefined) out[key] = text;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    default:
      return undefined;
  }
}

/** The first 12 hex digits of the SHA-256 of the original's text (`textPart`). */
export const sourceHashPattern = /^[0-9a-f]{12}$/;

const source = z
  .string()
  .regex(sourceHashPattern, { error: 'must be 12 letters and digits from a-f and 0-9' })
  .describe(
    'The hash of the text of the original file this translates, as `npm run check -- --hashes <language>` prints it. When the original\'s text changes, check the translation and update it; a change to anything else (a pose, a dose) keeps it.',
  );

/** Lists whose translation may have another length: search words are not said line for line. */
export const freeLengthLists: ReadonlySet<string> = new Set(['alsoCalled']);

/** A kind's overlay schema: its text fields and `source`. */
export function overlaySchema(kind: KindName): z.ZodType {
  const original = kinds[kind].schema as z.ZodType;
  const text = translatable(original);
  const shape = (text?._zod.def as Def | undefined)?.shape ?? {};
  return z
    .strictObject({ source, ...shape })
    .describe(
      `A translation of a ${kinds[kind].noun} file: its text only, with the same keys and list lengths. Everything else comes from the original.`,
    );
}

/** Overlay schemas by kind, built once. */
export const overlaySchemas: Readonly<Record<KindName, z.ZodType>> = Object.fromEntries(
  (Object.keys(kinds) as KindName[]).map((kind) => [kind, overlaySchema(kind)]),
) as Record<KindName, z.ZodType>;
