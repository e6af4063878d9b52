/**
 * Adds the Content-Security-Policy to every built page (a meta tag with the hashes of that page's
 * inline scripts) and writes `_headers` with one policy for the whole site, for hosts that read it.
 * Runs on the final HTML so that every inline script, whoever added it, is covered.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, inlineScriptHashes, pagePolicy, withPolicyMeta } from '../lib/publishing/csp.ts';

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const entries = await readdir(site, { recursive: true, withFileTypes: true });
        const pages = entries
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => join(e.parentPath, e.name));
        const siteHashes = new Set<string>();
        for (const file of pages) {
          const html = await readFile(file, 'utf8');
          const hashes = inlineScriptHashes(html);
          for (const hash of hashes) siteHashes.add(hash);
          await writeFile(file, withPolicyMeta(html, pagePolicy(hashes)));
        }
        await writeFile(join(site, '_headers'), headersFile([...siteHashes].sort()));
        logger.info(`policy added to ${pages.length} pages (${siteHashes.size} inline script hashes)`);
      },
    },
  };
}
