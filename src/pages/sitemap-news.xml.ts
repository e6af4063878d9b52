/**
 * The Google News sitemap: the articles published in the two days before the build, with the
 * publication's name, the language (vi), the publication time and the title. robots.txt announces it.
 */
import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus.ts';
import { site } from '../site.config.ts';
import { absoluteUrl } from '../lib/publishing/urls.ts';
import { escapeXml } from '../lib/publishing/rss.ts';
import { vnIsoDateTime } from '../lib/dates/vn-date.ts';

const TWO_DAYS_MS = 2 * 24 * 3600 * 1000;

export const GET: APIRoute = async () => {
  const { articles } = await getCorpus();
  const since = Date.now() - TWO_DAYS_MS;
  const urls = articles
    .filter((a) => a.date.getTime() >= since)
    .map(
      (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(a.url, site.url))}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.title)}</news:name>
        <news:language>vi</news:language>
      </news:publication>
      <news:publication_date>${vnIsoDateTime(a.date)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
    );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
