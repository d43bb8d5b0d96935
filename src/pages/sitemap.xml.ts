/** sitemap.xml: every page in every language, with its full public address. */
import type { APIRoute } from 'astro';
import { href, inLanguage, languages, library } from '../site/library.ts';
import { allPagePaths } from '../domain/links.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = () => {
  const origin = new URL(library.settings.site.baseUrl).origin;
  const urls = languages.flatMap((language) =>
    allPagePaths(library).map(
      (path) =>
        `  <url><loc>${escape(new URL(href(inLanguage(language, path)), origin).href)}</loc></url>`,
    ),
  );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
