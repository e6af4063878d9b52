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
