/**
 * The front page's blocks, computed once per build: the lead story (the newest article), the documents
 * most cited in the last 12 months of the corpus (counted back from its newest article), and the newest
 * articles of each region.
 */
import { REGIONS } from '../lib/places/localities.ts';
import type { CitedDocument } from '../lib/documents/document-registry.ts';
import { getCorpus, type Article } from './corpus.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Documents in the "most cited" block, and articles in each region's block. */
const MOST_CITED = 8;
const PER_REGION = 3;
const YEAR_MS = 365 * 24 * 3600 * 1000;

export interface FrontPage {
  lead: Article | undefined;
  /** From this instant to the newest article: the window of "most cited". */
  since: Date | undefined;
  mostCited: Array<{ document: CitedDocument; count: number }>;
  regions: Array<{ region: string; articles: Article[] }>;
}

/** The region an article's province belonged to when it was published (a unit until 30/6/2025), else its first. */
export function regionOf(article: Article): string {
  return article.province.regionUntil2025 ?? article.province.regions[0] ?? '';
}

async function buildFrontPage(): Promise<FrontPage> {
  const { articles } = await getCorpus();
  const lead = articles[0];
  const since = lead ? new Date(lead.date.getTime() - YEAR_MS) : undefined;
  const counts = new Map<string, { document: CitedDocument; count: number }>();
  for (const article of articles) {
    if (!since || article.date <= since) break;
    for (const document of article.documents) {
      const entry = counts.get(document.key) ?? { document, count: 0 };
      entry.count++;
      counts.set(document.key, entry);
    }
  }
  const mostCited = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.document.key.localeCompare(b.document.key))
    .slice(0, MOST_CITED);
  const regions = REGIONS.map((region) => ({
    region,
    articles: articles.filter((a) => regionOf(a) === region).slice(0, PER_REGION),
  })).filter((r) => r.articles.length > 0);
  return { lead, since, mostCited, regions };
}

export const getFrontPage: () => Promise<FrontPage> = oncePerBuild(buildFrontPage);
