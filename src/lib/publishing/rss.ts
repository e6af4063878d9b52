/**
 * RSS 2.0 documents, written by hand so that dates carry the Vietnam offset (+0700) instead of GMT.
 * Every address given here must already be absolute.
 */
import { vnRfc822DateTime } from '../dates/vn-date.ts';

export interface RssItem {
  title: string;
  /** The permalink: used as link and as guid. */
  link: string;
  description: string;
  pubDate: Date;
  categories: readonly string[];
}

export interface RssChannel {
  title: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own address, for `<atom:link rel="self">`. */
  selfUrl: string;
  description: string;
  /** Any order; written newest first. */
  items: readonly RssItem[];
}

// Characters XML 1.0 forbids even when escaped: C0 controls other than tab/newline/return, lone
// surrogates, U+FFFE/U+FFFF. Scraped text occasionally carries them, and one makes the whole feed unreadable.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const element = (name: string, text: string, attributes = '') => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

function renderItem(item: RssItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    element('guid', item.link, ' isPermaLink="true"'),
    element('description', item.description),
    element('pubDate', vnRfc822DateTime(item.pubDate)),
    ...item.categories.map((category) => element('category', category)),
    '</item>',
  ].join('\n');
}

export function renderRss(channel: RssChannel): string {
  const items = [...channel.items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const newest = items[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    '<language>vi</language>',
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    // The feed changes only when its articles do: a rebuild alone must not make readers refetch it.
    ...(newest ? [element('lastBuildDate', vnRfc822DateTime(newest.pubDate))] : []),
    ...items.map(renderItem),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
