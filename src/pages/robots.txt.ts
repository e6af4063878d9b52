import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { absoluteUrl, SITEMAP_INDEX_URL } from '../lib/publishing/urls.ts';

const NEWS_SITEMAP_URL = '/sitemap-news.xml';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_INDEX_URL, site.url)}\nSitemap: ${absoluteUrl(NEWS_SITEMAP_URL, site.url)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
