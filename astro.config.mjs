// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import { photoCaptions } from './src/markdown/photo-captions.ts';
import { documentLinks } from './src/markdown/document-links.ts';
import { contentPolicy } from './src/markdown/content-policy.ts';
import devSearchIndex from './src/integrations/dev-search-index.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
import { existsSync } from 'node:fs';
import { readStart } from './src/integrations/read-start.ts';
import { fileURLToPath } from 'node:url';

/** Where the build writes pages, known once Astro has read its config (for the sitemap's lastmod). */
let outDir = new URL('./dist/', import.meta.url);

/**
 * The sitemap's lastmod of an article page: the same last-edit date the page shows and tells crawlers in
 * its `article:modified_time` (git history, else `updated`, else the publication date). Other pages have none.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withLastmod(item) {
  const path = new URL(item.url).pathname;
  if (!path.startsWith('/bai-viet/')) return item;
  const file = fileURLToPath(new URL(`.${path}index.html`, outDir));
  if (!existsSync(file)) return item;
  const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(readStart(file));
  return modified ? { ...item, lastmod: modified[1] } : item;
}

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two files that fold to one slug are a content error, never a silent overwrite.
  prerenderConflictBehavior: 'error',
  // Pictures in article bodies get a srcset of WebP widths and their width/height, like covers.
  image: { layout: 'constrained' },
  markdown: {
    processor: satteri({
      mdastPlugins: [contentPolicy, photoCaptions, documentLinks],
      features: {
        // Articles keep the punctuation of the source text ("..." stays "...").
        smartPunctuation: false,
        gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chú thích {reference}' } },
      },
    }),
  },
  integrations: [
    mdx(),
    {
      name: 'out-dir',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    // Lists pages only (no feeds, robots.txt or JSON) and leaves out the 404 page by itself; the Google
    // News sitemap of the last two days' articles is src/pages/sitemap-news.xml.ts.
    sitemap({ serialize: withLastmod, filter: (page) => !page.endsWith('/sitemap-news.xml') }),
    // The search index is built by `npm run build` after Astro exits (scripts/build.ts); dev serves the last one.
    devSearchIndex(),
    // `_headers` from the per-page policies that src/middleware.ts writes while rendering.
    contentSecurityPolicy(),
  ],
  // Pages whose getStaticPaths() cache key (src/lib/publishing/page-cache-key.ts) and code are unchanged are copied
  // from the previous build instead of rendered: a rebuild after one edit re-renders a few pages.
  experimental: { incrementalBuild: true },
});
