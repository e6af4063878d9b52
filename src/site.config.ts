/** The one place for site-wide settings: title, address, page sizes and links. */
export interface SiteConfig {
  title: string;
  description: string;
  /** One line saying what the site is, for the default social card. */
  tagline: string;
  /** Public address of the built site, without a trailing slash. */
  url: string;
  /** Articles per page on the home page and on list pages. */
  pageSize: { home: number; list: number };
  /** Articles in each RSS feed, newest first. */
  feedSize: number;
  /**
   * Address of the article folder on the git host, used for "Sửa bài này" links
   * (e.g. `https://github.com/org/repo/edit/main/content/articles`); null hides them.
   */
  editBaseUrl: string | null;
  /** Square publisher logo in public/ (structured data wants at least 112×112). */
  logo: { path: string; width: number; height: number };
  nav: ReadonlyArray<{ label: string; href: string }>;
}

export const site: SiteConfig = {
  title: 'Sổ tay Xây dựng Đảng',
  description:
    'Tin tức và tư liệu về công tác xây dựng Đảng ở các địa phương: tổ chức cơ sở đảng, sinh hoạt chi bộ, đảng viên, và các nghị quyết, chỉ thị, kết luận được trích dẫn.',
  tagline: 'Tin tức và tư liệu về công tác xây dựng Đảng ở các địa phương',
  url: 'https://sotayxaydungdang.vn',
  pageSize: { home: 10, list: 20 },
  feedSize: 50,
  editBaseUrl: null,
  logo: { path: '/logo.png', width: 512, height: 512 },
  nav: [
    { label: 'Trang chủ', href: '/' },
    { label: 'Địa phương', href: '/dia-phuong/' },
    { label: 'Văn bản', href: '/van-ban/' },
    { label: 'Chủ đề', href: '/chu-de/' },
    { label: 'Lưu trữ', href: '/luu-tru/' },
  ],
};
