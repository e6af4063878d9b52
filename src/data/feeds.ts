/**
 * The site's RSS feeds: the whole site, each province page and each registered document's page. The
 * same description serves the feed endpoint and the page that links to it, so the two cannot disagree.
 */
import type { Article, Corpus, DocumentCitations, ProvinceListing } from './corpus.ts';
import { site } from '../site.config.ts';
import { documentFullName, documentLabel, documentUrl } from '../lib/documents/document-registry.ts';
import { displayName } from '../lib/places/localities.ts';
import { renderRss } from '../lib/publishing/rss.ts';
import { absoluteUrl, documentFeedUrl, provinceFeedUrl, provinceUrl, SITE_FEED_URL } from '../lib/publishing/urls.ts';

export interface Feed {
  title: string;
  description: string;
  pageUrl: string;
  feedUrl: string;
  /** Newest first, at most `site.feedSize`. */
  articles: Article[];
}

function feed(title: string, description: string, pageUrl: string, feedUrl: string, articles: Article[]): Feed {
  return { title, description, pageUrl, feedUrl, articles: articles.slice(0, site.feedSize) };
}

export function siteFeed(corpus: Corpus): Feed {
  return feed(site.title, site.description, '/', SITE_FEED_URL, corpus.articles);
}

/** A province's feed lists what its page lists, predecessors' articles included. */
export function provinceFeed(listing: ProvinceListing): Feed {
  const { province } = listing;
  return feed(
    `${province.name} | ${site.title}`,
    `Tin công tác xây dựng Đảng ở ${displayName(province)}.`,
    provinceUrl(province.id),
    provinceFeedUrl(province.id),
    listing.articles,
  );
}

/** Registered documents cited by at least one article have a feed; the others have nothing to follow. */
export function hasDocumentFeed(citations: DocumentCitations): boolean {
  return citations.document.registered && citations.articles.length > 0;
}

export function documentFeed(citations: DocumentCitations): Feed {
  const { document } = citations;
  return feed(
    `${documentLabel(document)} | ${site.title}`,
    `Bài viết trích dẫn ${documentFullName(document)}.`,
    documentUrl(document),
    documentFeedUrl(document.key),
    citations.articles,
  );
}

export function feedResponse(feed: Feed): Response {
  const xml = renderRss({
    title: feed.title,
    link: absoluteUrl(feed.pageUrl, site.url),
    selfUrl: absoluteUrl(feed.feedUrl, site.url),
    description: feed.description,
    items: feed.articles.map((article) => ({
      title: article.title,
      link: absoluteUrl(article.url, site.url),
      description: article.summary,
      pubDate: article.date,
      categories: [article.province.name, ...article.documents.map(documentLabel)],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
