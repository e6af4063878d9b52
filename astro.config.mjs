// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import { photoCaptions } from './src/markdown/photo-captions.ts';
import { documentLinks } from './src/markdown/document-links.ts';
import { contentPolicy } from './src/markdown/content-policy.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';

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
    // Lists pages only (no feeds, robots.txt or JSON) and leaves out the 404 page by itself.
    sitemap(),
    pagefindIndex(),
    // Last: it hashes every inline script of the final HTML.
    contentSecurityPolicy(),
  ],
  // Pages whose getStaticPaths() cache key (src/lib/publishing/page-cache-key.ts) and code are unchanged are copied
  // from the previous build instead of rendered: a rebuild after one edit re-renders a few pages.
  experimental: { incrementalBuild: true },
});
