/**
 * What a page tells search engines and social networks in its head: title, canonical address, Open
 * Graph and Twitter card. Article pages share their own social card, every other page the site's.
 */
import { absoluteUrl, SITE_FEED_URL, socialCardUrl } from './urls.ts';
import { vnIsoDateTime } from '../dates/vn-date.ts';

export interface ArticleMeta {
  slug: string;
  published: Date;
  /** The last change; the publication date when there was none. */
  modified: Date;
  /** The province, as Vietnamese news sites file local news. */
  section: string;
  /** Topics and cited documents. */
  tags: readonly string[];
}

/** A `<link rel="alternate">` to an RSS feed. */
export interface FeedLink {
  title: string;
  href: string;
}

export interface PageMetaInput {
  siteName: string;
  siteUrl: string;
  /** The page's path, e.g. `Astro.url.pathname`. */
  path: string;
  /** Page title without the site name; omitted on the home page. */
  title?: string | undefined;
  description: string;
  article?: ArticleMeta | undefined;
  /** The page's own feed, if it has one. */
  feed?: FeedLink | undefined;
  /** The 404 page: served at any missing address, so it claims none and asks not to be indexed. */
  notFound?: boolean | undefined;
}

export interface MetaTag {
  /** Open Graph uses `property`, everything else `name`. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export interface PageHead {
  /** The `<title>`: page title, then the site name. */
  title: string;
  canonical: string | undefined;
  tags: MetaTag[];
  /** The site's feed on every page, then the page's own. */
  feeds: FeedLink[];
}

// The size the social card endpoints render at.
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };

const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });

export function pageHead(input: PageMetaInput): PageHead {
  const { siteName, siteUrl, title, description, article, feed, notFound } = input;
  const canonical = notFound ? undefined : absoluteUrl(input.path, siteUrl);
  const shownTitle = title ?? siteName;
  const image = absoluteUrl(socialCardUrl(article?.slug), siteUrl);
  const imageAlt = article ? `${shownTitle} | ${siteName}` : siteName;
  const tags = [
    ...(notFound ? [named('robots', 'noindex')] : []),
    named('description', description),
    og('og:type', article ? 'article' : 'website'),
    og('og:title', shownTitle),
    og('og:description', description),
    ...(canonical ? [og('og:url', canonical)] : []),
    og('og:site_name', siteName),
    og('og:locale', 'vi_VN'),
    og('og:image', image),
    og('og:image:width', String(SOCIAL_CARD_SIZE.width)),
    og('og:image:height', String(SOCIAL_CARD_SIZE.height)),
    og('og:image:alt', imageAlt),
    ...(article
      ? [
          og('article:published_time', vnIsoDateTime(article.published)),
          og('article:modified_time', vnIsoDateTime(article.modified)),
          og('article:section', article.section),
          ...article.tags.map((tag) => og('article:tag', tag)),
        ]
      : []),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', shownTitle),
    named('twitter:description', description),
    named('twitter:image', image),
    named('twitter:image:alt', imageAlt),
  ];
  const feeds = [{ title: siteName, href: SITE_FEED_URL }, ...(feed ? [feed] : [])];
  return { title: title ? `${title} | ${siteName}` : siteName, canonical, tags, feeds };
}
