// @ts-check
import { defineConfig } from 'astro/config';
import { handoutTemplates } from './src/render/precompile.ts';

/**
 * The site reads routines/ and templates/ itself (see src/site/library.ts). The build command
 * (src/cli/build.ts) passes outDir, site and base; these defaults serve `npm run dev`.
 */
const watched = /[/\\](routines|templates)[/\\].*\.(ya?ml|hbs)$/;

/** Reload the dev site when a YAML file or a template changes. */
function reloadOnContentChange() {
  return {
    name: 'routine-press:reload-on-content-change',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.watcher.add(['routines/**/*.{yaml,yml}', 'templates/**/*.hbs']);
      const reload = (/** @type {string} */ file) => {
        if (!watched.test(file)) return;
        for (const env of Object.values(server.environments)) env.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

export default defineConfig({
  outDir: 'output/site',
  ...(process.env['ROUTINE_PRESS_SITE_URL'] ? { site: process.env['ROUTINE_PRESS_SITE_URL'] } : {}),
  base: process.env['ROUTINE_PRESS_BASE'] ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  publicDir: 'src/site/public',
  cacheDir: 'node_modules/.cache/astro',
  devToolbar: { enabled: false },
  vite: { plugins: [reloadOnContentChange(), handoutTemplates()] },
});
