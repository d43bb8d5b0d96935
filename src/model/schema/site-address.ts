import { z } from 'zod';
import { characterNumber } from './text.ts';

/**
 * The public address of the website. Handouts print it and put it in a QR code, and the site is
 * built under its path, so only an address a browser opens as a web page passes: http or https,
 * no user name or password (they would be printed on every page), no query or fragment (the site
 * adds its own paths after it), and a path of plain URL characters (a space or an accented letter
 * would be encoded one way by the QR code and another by the site's links).
 */

/** Characters a path may not hold as written: all but letters, digits, - . _ ~ and slashes. */
const notPathCharacter = /[^A-Za-z0-9\-._~/]/u;

interface Refusal {
  readonly message: string;
  readonly hint: string;
}

/** A path made of plain characters, for the hint: "/Hüft Übungen/" → "/huft-ubungen/". */
function plainPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray "%" that starts no escape: the characters are replaced below anyway.
  }
  const segments = decoded
    .split('/')
    .map((s) =>
      s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9\-._~]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((s) => s && s !== '.' && s !== '..');
  return `/${segments.map((s) => `${s}/`).join('')}`;
}

/** Why `written` cannot be the site's address, or undefined when it can. */
export function refuseAddress(written: string): Refusal | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    return {
      message: `must be a web address starting with https:// or http://${scheme ? ` (not ${scheme}:)` : ''}`,
      hint: 'Write the address people open in a browser, like https://example.org/hips/.',
    };
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return {
      message: 'is not a web address a browser can open',
      hint: 'Write it like https://example.org/hips/.',
    };
  }
  if (!/^https?:\/\/[^/]/i.test(written) || !url.hostname)
    return { message: 'has no site name after //', hint: 'Write it like https://example.org/hips/.' };
  if (url.username || url.password)
    return {
      message: 'holds a user name or password (before "@"), which every handout would print',
      hint: `Remove it: ${url.protocol}//${url.host}${url.pathname}`,
    };
  const at = written.search(/[?#]/);
  if (at >= 0)
    return {
      message: `has a ${written[at] === '?' ? 'query (?…)' : 'fragment (#…)'} at character ${characterNumber(written, at)}; the site adds its own pages after the address`,
      hint: `End the address at the path: ${url.protocol}//${url.host}${url.pathname.replace(/\/?$/, '/')}`,
    };
  const pathStart = written.indexOf('/', written.indexOf('//') + 2);
  const path = pathStart < 0 ? '' : written.slice(pathStart);
  const bad = path.search(notPathCharacter);
  if (bad >= 0) {
    const char = String.fromCodePoint(path.codePointAt(bad) ?? 0);
    const shown = char === ' ' ? 'a space' : `"${char}"`;
    return {
      message: `has ${shown} at character ${characterNumber(written, pathStart + bad)}; the path may hold only letters, digits, - . _ ~ and /`,
      hint: `Use a plain path, like ${url.protocol}//${url.host}${plainPath(url.pathname)}`,
    };
  }
  if (path.split('/').some((s) => s === '.' || s === '..'))
    return {
      message: 'has "." or ".." in its path',
      hint: `Write the path it stands for: ${url.protocol}//${url.host}${url.pathname}`,
    };
  if (!written.endsWith('/'))
    return { message: 'must end with "/"', hint: `Write ${written}/` };
  return undefined;
}

export const siteAddress = z
  .string()
  // For editors (JSON Schema) only; the check below says what is wrong and where.
  .meta({ format: 'uri', pattern: '^https?://[^/?#@\\s]+(/[A-Za-z0-9._~-]*)*/$' })
  .trim()
  .check((ctx) => {
    const refusal = refuseAddress(ctx.value);
    if (refusal)
      ctx.issues.push({
        code: 'custom',
        message: refusal.message,
        params: { hint: refusal.hint },
        input: ctx.value,
      });
  })
  // The form browsers use: lower-case scheme and host, an international name in punycode.
  .transform((written) => new URL(written).href)
  .describe('Public address of the site, ending in /, e.g. https://example.org/hips/.');
