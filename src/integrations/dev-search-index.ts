/**
 * Serves the last built search index in `astro dev`. The index itself is built after `astro build` has
 * exited, by `npm run build` (scripts/build.ts, scripts/lib/search-index.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export default function devSearchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = join(outDir, 'pagefind');
        if (!existsSync(root)) logger.warn('no search index yet: run `npm run build` once so that search works in dev');
        server.middlewares.use('/pagefind', (req, res, next) => {
          const file = join(root, normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
