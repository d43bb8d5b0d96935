/**
 * A program in a link: `#p=1.<data>`, the format number, then the program as JSON, squeezed with
 * deflate and written in base64url. The fragment never reaches a server, so a builder link and the
 * handout's QR code carry the whole program without one. The patient's name is left out unless the
 * clinician asks for it. Reading gives back plain data, checked by the program schema after.
 * Browser-safe (CompressionStream is in browsers and in Node).
 */
import { programFormat } from '../model/program-format.ts';
import type { ProgramInput } from '../model/schema/program.ts';

/** The fragment's key: `#p=…`. */
export const programKey = 'p';

async function squeeze(bytes: Uint8Array, how: CompressionStream | DecompressionStream) {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(how);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Leaves out what the schema fills in anyway (empty lists, side "both", normal print). */
function compact(program: ProgramInput, withPatient: boolean): ProgramInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(program)) {
    // Only the program's own fields: not the id and source a program file gets in the library.
    if (key === 'id' || key === 'source') continue;
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      continue;
    if (key === 'largePrint' && value === false) continue;
    if (key === 'patient' && !withPatient) continue;
    out[key] = value;
  }
  out['items'] = program.items.map((item) =>
    Object.fromEntries(
      Object.entries(item).filter(
        ([key, value]) =>
          value !== undefined && value !== '' && !(key === 'side' && value === 'both'),
      ),
    ),
  );
  return out as ProgramInput;
}

/** "#p=1.…" for a program; the patient's name only when `withPatient` is true. */
export async function programFragment(
  program: ProgramInput,
  { withPatient = false }: { withPatient?: boolean } = {},
): Promise<string> {
  const json = JSON.stringify(compact(program, withPatient));
  const bytes = await squeeze(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `#${programKey}=${programFormat}.${toBase64Url(bytes)}`;
}

/** What a link's fragment holds: no program, a program's data (to check), or a damaged one. */
export type ReadLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'data'; readonly data: unknown }
  | { readonly kind: 'damaged'; readonly reason: 'format' | 'data' };

/** Reads `#p=…` (a whole address works too); never throws. */
export async function readProgramFragment(hashOrUrl: string): Promise<ReadLink> {
  const hash = hashOrUrl.slice(hashOrUrl.indexOf('#') + 1);
  const value = new URLSearchParams(hash).get(programKey);
  if (value === null || !hashOrUrl.includes('#')) return { kind: 'none' };
  const match = /^(\d+)\.([A-Za-z0-9_-]+)$/.exec(value.trim());
  if (!match?.[2]) return { kind: 'damaged', reason: 'data' };
  if (Number(match[1]) !== programFormat) return { kind: 'damaged', reason: 'format' };
  try {
    const bytes = await squeeze(fromBase64Url(match[2]), new DecompressionStream('deflate-raw'));
    return {
      kind: 'data',
      data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    };
  } catch {
    return { kind: 'damaged', reason: 'data' };
  }
}
