/**
 * Cache keys for Astro's incremental builds (experimental.incrementalBuild): a page whose key and code
 * are unchanged since the last build is copied from that build instead of rendered. The key is a hash
 * of everything the page receives as props, so it must change whenever any of that changes.
 *
 * An article inside props stands for its source file (the content digest Astro computes for it) and
 * its last edit date from git: everything else about an article (its province, documents, topics…) is
 * computed from those by code, and a change of code re-renders the page anyway. This keeps the key
 * small for list pages that carry thousands of articles.
 */
import { createHash } from 'node:crypto';

interface ArticleLike {
  id: string;
  entry: { digest?: string };
  lastModified?: Date | undefined;
}

function isArticle(value: object): value is ArticleLike {
  return 'entry' in value && 'id' in value && typeof (value as { entry: unknown }).entry === 'object';
}

function keyValue(value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  if (value && typeof value === 'object' && isArticle(value)) {
    return `${value.id}@${value.entry.digest ?? ''}@${value.lastModified?.toISOString() ?? ''}`;
  }
  return value;
}

export function pageCacheKey(props: unknown): string {
  // Dates turn into strings (toJSON) before the replacer sees them; Maps and Sets would otherwise vanish.
  const json = JSON.stringify(props, (_key, value: unknown) => keyValue(value));
  return createHash('sha256')
    .update(json ?? '')
    .digest('base64url');
}
