/**
 * The shape of the build's costs, checked at small N on generated articles (scripts/generate-articles.ts);
 * times are for `npm run bench`, not for tests. Related articles read a bounded window of each posting
 * list and fully score at most MAX_CANDIDATES candidates per article, so their work grows linearly with
 * the corpus; corpus-wide data (related articles included) is computed once per build, not per page.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeRelated, type RelatedStats } from '../../src/lib/related/related-articles.ts';
import { MAX_CANDIDATES } from '../../src/lib/related/related-weights.ts';
import { generateArticles } from '../../scripts/generate-articles.ts';
import { generatedRelatedInputs } from '../../scripts/lib/related-inputs.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';

function relatedWork(count: number): RelatedStats {
  const stats: RelatedStats = { pairsScored: 0, postingsVisited: 0 };
  const result = computeRelated(generatedRelatedInputs(count), { stats });
  expect(result.size).toBe(count);
  return stats;
}

describe('related articles on generated corpora (300 → 1,200 articles)', () => {
  const small = relatedWork(300);
  const large = relatedWork(1200);

  it('score at most MAX_CANDIDATES pairs per article, so four times the articles is four times the pairs', () => {
    expect(small.pairsScored).toBeGreaterThan(300 * MAX_CANDIDATES * 0.9);
    expect(large.pairsScored).toBeLessThanOrEqual(1200 * MAX_CANDIDATES);
    // Scoring every pair that shares a province or document would grow sixteenfold.
    expect(large.pairsScored / small.pairsScored).toBeLessThan(4.2);
  });

  it('read a bounded number of posting entries per article', () => {
    const perArticle = { small: small.postingsVisited / 300, large: large.postingsVisited / 1200 };
    // Windows fill up while the lists are short, then stay the same size (966 per article at 10,000).
    expect(perArticle.large).toBeLessThan(1200);
    expect(perArticle.large / perArticle.small).toBeLessThan(1.6);
  });
});

describe('a site build', () => {
  let output = '';
  let pages = 0;
  const count = 40;

  beforeAll(async () => {
    const articles = Object.fromEntries(generateArticles(count).map(({ path, content }) => [path, content]));
    const site = createSite('scale', { withSeedArticles: true, articles });
    const build = await runAstro('build', site);
    expect(build.ok, build.output).toBe(true);
    output = build.output;
    pages = readdirSync(join(site, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  }, 180_000);

  it('computes corpus-wide data once, however many pages use it', () => {
    const seeds = readdirSync(join(PROJECT_ROOT, 'content/articles')).filter((f) => /\.mdx?$/.test(f)).length;
    const lines = output.split('\n').filter((line) => line.includes('[corpus] built'));
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `\\[corpus\\] built from ${count + seeds} articles in \\d+ ms \\(collection: \\d+ ms, articles: \\d+ ms, related articles: \\d+ ms\\)`,
      ),
    );
    // Every article page, list page and document page reads the corpus.
    expect(pages).toBeGreaterThan(2 * (count + seeds));
  });
});
