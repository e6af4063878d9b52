/**
 * The article collection: the strict loader of content/articles and the frontmatter schema of
 * src/schema/article.ts. Cross-article facts (registry lookups, citations) come later, in src/data/corpus.ts.
 */
import { defineCollection } from 'astro:content';
import { articlesLoader } from './loaders/articles.ts';
import { articleSchema } from './schema/article.ts';

const articles = defineCollection({
  loader: articlesLoader('content/articles'),
  schema: ({ image }) => articleSchema(image),
});

export const collections = { articles };
