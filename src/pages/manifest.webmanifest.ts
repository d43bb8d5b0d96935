/** manifest.webmanifest: what a phone needs to install the site as an app (see src/site/AppHead.astro). */
import type { APIRoute } from 'astro';
import { appFiles } from '../domain/links.ts';
import { catalog, href, library } from '../site/library.ts';
import { siteTheme } from '../site/theme.ts';

/** The site's main colour (the clinic's theme, else src/site/styles/site.css) and page. */
const colours = { theme: siteTheme(library.settings).barColour, background: '#ffffff' };

const icon = (file: string, sizes: string, type: string, purpose = 'any') => ({
  src: href(`${appFiles.icons}${file}`),
  sizes,
  type,
  purpose,
});

export const GET: APIRoute = () => {
  const { clinic, language } = library.settings;
  const manifest = {
    id: href(''),
    name: clinic.name,
    short_name: clinic.name,
    description: catalog.site.app.description,
    lang: language,
    start_url: href(''),
    scope: href(''),
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: [
      icon('icon.svg', 'any', 'image/svg+xml'),
      icon('icon-192.png', '192x192', 'image/png'),
      icon('icon-512.png', '512x512', 'image/png'),
      icon('maskable-512.png', '512x512', 'image/png', 'maskable'),
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
