// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { site } from './src/site.config.ts';
import { photoCaptions } from './src/markdown/photo-captions.ts';
import { documentLinks } from './src/markdown/document-links.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Two files that fold to one slug are a content error, never a silent overwrite.
  prerenderConflictBehavior: 'error',
  markdown: {
    processor: satteri({
      mdastPlugins: [photoCaptions, documentLinks],
      features: {
        // Articles keep the punctuation of the source text ("..." stays "...").
        smartPunctuation: false,
        gfm: { footnotes: { label: 'Chú thích', backLabel: 'Quay lại chú thích {reference}' } },
      },
    }),
  },
  integrations: [mdx(), pagefindIndex()],
  // Pages whose getStaticPaths() cache key (src/lib/page-cache-key.ts) and code are unchanged are copied
  // from the previous build instead of rendered: a rebuild after one edit re-renders a few pages.
  experimental: { incrementalBuild: true },
});
