/**
 * Builds the Pagefind index as the last step of `astro build`, from a copy of the article pages where
 * đ is written ď (see src/lib/search-text.ts), and serves the last built index in `astro dev`.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { toIndexHtml } from '../lib/search-text.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

async function indexablePages(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'));
}

export default function pagefindIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const copy = mkdtempSync(join(tmpdir(), 'pagefind-vi-'));
        try {
          const pages = await indexablePages(site);
          for (const file of pages) {
            const target = join(copy, relative(site, file));
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, toIndexHtml(readFileSync(file, 'utf8')));
          }
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: copy });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
          rmSync(copy, { recursive: true, force: true });
        }
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
