/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with one Content-Security-Policy for
 * the whole site: the union of the script hashes of every page's own policy, which src/middleware.ts
 * put in each page's head while rendering it.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, policyScriptHashes } from '../lib/publishing/csp.ts';
import { readStart } from './read-start.ts';

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = await readdir(site, { recursive: true, withFileTypes: true });
        const pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html'));
        const siteHashes = new Set<string>();
        for (const page of pages) {
          const hashes = policyScriptHashes(readStart(join(page.parentPath, page.name)));
          if (!hashes)
            throw new Error(`${join(page.parentPath, page.name)}: no Content-Security-Policy meta (src/middleware.ts)`);
          for (const hash of hashes) siteHashes.add(hash);
        }
        await writeFile(join(site, '_headers'), headersFile([...siteHashes].sort()));
        logger.info(`${pages.length} pages, ${siteHashes.size} inline script hashes in _headers`);
      },
    },
  };
}
