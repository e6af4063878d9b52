/**
 * Timelines of the site: articles per month on /luu-tru/, and each document's citing articles per year
 * (per month under two years). Computed once per build from the corpus.
 */
import { vnIsoDate } from '../lib/dates/vn-date.ts';
import { timelineBins, binByMonth, type Bin, type BinUnit } from '../lib/visuals/bar-chart.ts';
import { archiveUrl } from '../lib/publishing/urls.ts';
import { getCorpus, type DocumentCitations } from './corpus.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface Timeline {
  unit: BinUnit;
  bins: Array<Bin & { href?: string }>;
}

const byDocument = new WeakMap<DocumentCitations, Timeline>();

/** A document's citing articles over time; bars carry no link (an archive page lists every article). */
export function documentTimeline(citations: DocumentCitations): Timeline {
  let timeline = byDocument.get(citations);
  if (!timeline) {
    timeline = timelineBins(citations.articles.map((a) => vnIsoDate(a.date)));
    byDocument.set(citations, timeline);
  }
  return timeline;
}

/** Articles per month over the whole archive; each month with articles links to its archive page. */
export const archiveTimeline: () => Promise<Timeline> = oncePerBuild(async () => {
  const { articles } = await getCorpus();
  return {
    unit: 'month',
    bins: binByMonth(articles.map((a) => vnIsoDate(a.date))).map((b) =>
      b.count > 0 ? { ...b, href: archiveUrl(b.key.slice(0, 4), b.key.slice(5, 7)) } : b,
    ),
  };
});
