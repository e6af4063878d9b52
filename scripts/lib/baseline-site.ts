/**
 * The plain Astro project the benchmark compares the site with: the same Markdown files, Astro's
 * default Markdown processor (Sätteri), a glob content collection with a schema that accepts any
 * frontmatter, and one page per article that renders its body. No layout, no plugins, no search.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../test/helpers/site.ts';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
    schema: z.looseObject({}),
  }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.id);
---
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>{title}</title>
  </head>
  <body>
    <h1>{title}</h1>
    <Content />
  </body>
</html>
`,
};

/** Writes the baseline project to .test-sites/<name>/ with the articles of `articlesDir`; returns its folder. */
export function createBaselineSite(name: string, articlesDir: string): string {
  const dir = join(PROJECT_ROOT, '.test-sites', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(articlesDir, join(dir, 'content/articles'), { recursive: true });
  return dir;
}
