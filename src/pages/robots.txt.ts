import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { absoluteUrl, SITEMAP_INDEX_URL } from '../lib/publishing/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_INDEX_URL, site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
