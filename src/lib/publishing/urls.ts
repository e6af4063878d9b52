/**
 * Addresses of list pages. Segments must not collide with page numbers: a month is `thang-10`, not
 * `10` (page 10 of a year's archive), and the home list goes on at `/trang/2/` (page 404 of a list at
 * the root would be the 404 page).
 */
export function archiveUrl(year: string, month?: string): string {
  return month ? `/luu-tru/${year}/thang-${month}/` : `/luu-tru/${year}/`;
}

export function provinceUrl(provinceId: string): string {
  return `/dia-phuong/${provinceId}/`;
}

export function homePageUrl(page: number): string {
  return page <= 1 ? '/' : `/trang/${page}/`;
}

export function articleUrl(slug: string): string {
  return `/bai-viet/${slug}/`;
}

/** The 1200×630 social card of an article, or the site's default card. */
export function socialCardUrl(slug?: string): string {
  return `/anh-chia-se/${slug ?? 'mac-dinh'}.png`;
}

export const SITE_FEED_URL = '/rss.xml';

export function provinceFeedUrl(provinceId: string): string {
  return `${provinceUrl(provinceId)}rss.xml`;
}

/** The feed beside a document's page, whose address is `documentUrl` (document-registry.ts). */
export function documentFeedUrl(documentKey: string): string {
  return `/van-ban/${documentKey}/rss.xml`;
}

/** The full address of a root-relative path, for feeds, metadata and structured data. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

/** Written by @astrojs/sitemap (astro.config.mjs) under its default file name. */
export const SITEMAP_INDEX_URL = '/sitemap-index.xml';
