/**
 * What a page declares about itself in its `<head>` and markup: JSON-LD `NewsArticle`/`Article`, Open
 * Graph, `article:published_time`, `pubdate`/`itemprop` dates, `<time datetime>`, the canonical link,
 * `og:site_name`, and the author (JSON-LD `Person`, `<meta name="author">`, `rel="author"`, byline
 * elements). Each value keeps where it was read. Empty values are absent.
 */
import { cleanSpaces } from '../../text/vi-text.ts';

export interface Declared {
  value: string;
  /** `JSON-LD headline`, `og:title`, `<time datetime>`. */
  from: string;
  /** Read from the markup of the body rather than from metadata. */
  markup?: boolean;
}

export interface PageMetadata {
  /** Headlines the page declares, best first: JSON-LD, Open Graph, Twitter card, `<title>`. */
  headlines: Declared[];
  published?: Declared;
  modified?: Declared;
  url?: Declared;
  siteName?: Declared;
  /** Authors the page names, best first (organisations left out). */
  authors: Declared[];
  description?: Declared;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

const clean = (text: string | null | undefined) => cleanSpaces(text ?? '').trim();
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in the page's JSON-LD blocks, `@graph` lists opened. Blocks that do not parse are skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: Json) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) {
      objects.push(value);
      if (value['@graph'] !== undefined) collect(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      collect(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A CMS sometimes prints broken JSON-LD; the other metadata still counts.
    }
  }
  return objects;
}

const types = (object: JsonObject): string[] => {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
};

const text = (value: Json | undefined): string => (typeof value === 'string' ? clean(value) : '');

/** A JSON-LD author: a Person's name (an Organization is the publisher, not the writer). */
function jsonLdAuthors(value: Json | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(jsonLdAuthors);
  if (typeof value === 'string') return [clean(value)].filter((name) => name !== '');
  if (!isObject(value) || types(value).some((t) => /Organization|Corporation/.test(t))) return [];
  const name = text(value['name']);
  return name === '' ? [] : [name];
}

/** `<meta>` values by lower-case `property`, `name` or `itemprop`, in page order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const value = clean(meta.getAttribute('content'));
    if (key === undefined || value === '') continue;
    values.set(key, [...(values.get(key) ?? []), value]);
  }
  return values;
}

const first = (...found: (Declared | undefined)[]) => found.find((f) => f !== undefined);

export function readMetadata(document: Document): PageMetadata {
  const meta = metaValues(document);
  const fromMeta = (key: string, from = key): Declared | undefined => {
    const value = meta.get(key)?.[0];
    return value === undefined ? undefined : { value, from };
  };
  const article = jsonLdObjects(document).find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const fromLd = (key: string): Declared | undefined => {
    const value = article === undefined ? '' : text(article[key]);
    return value === '' ? undefined : { value, from: `JSON-LD ${key}` };
  };

  // The head's `<title>`: some old pages print more `<title>`s in the body.
  const titleElement = document.querySelector('head title') ?? document.querySelector('title');
  const title = clean(titleElement?.textContent);
  const headlines = [
    fromLd('headline'),
    fromMeta('og:title'),
    fromMeta('twitter:title'),
    title === '' ? undefined : { value: title, from: '<title>' },
  ].filter((d): d is Declared => d !== undefined);

  const timeElement = Array.from(document.querySelectorAll('time[datetime]')).find(
    (t) => clean(t.getAttribute('datetime')) !== '',
  );
  const itempropDate = Array.from(document.querySelectorAll('[itemprop="datePublished"]'))
    .map((el) => clean(el.getAttribute('content') ?? el.getAttribute('datetime')))
    .find((value) => value !== '');
  const published = first(
    fromLd('datePublished'),
    fromMeta('article:published_time'),
    fromMeta('pubdate'),
    fromMeta('datepublished', 'itemprop datePublished'),
    itempropDate === undefined ? undefined : { value: itempropDate, from: 'itemprop datePublished' },
    fromMeta('dc.date.issued'),
    timeElement && { value: clean(timeElement.getAttribute('datetime')), from: '<time datetime>', markup: true },
  );
  const modified = first(fromLd('dateModified'), fromMeta('article:modified_time'), fromMeta('lastmod'));

  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const ldUrl = article === undefined ? '' : text(article['url']);
  const url = first(
    /^https?:\/\//i.test(canonical) ? { value: canonical, from: 'link rel=canonical' } : undefined,
    fromMeta('og:url'),
    /^https?:\/\//i.test(ldUrl) ? { value: ldUrl, from: 'JSON-LD url' } : undefined,
  );

  const ldPublisher = article !== undefined && isObject(article['publisher']) ? text(article['publisher']['name']) : '';
  // A second og:site_name sometimes holds the address; the name is the one with a space or no dot.
  const siteNames = (meta.get('og:site_name') ?? []).filter((name) => !/^(?:https?:\/\/|www\.)/i.test(name));
  const siteName = first(
    siteNames[0] === undefined ? undefined : { value: siteNames[0], from: 'og:site_name' },
    ldPublisher === '' ? undefined : { value: ldPublisher, from: 'JSON-LD publisher' },
  );

  const authors: Declared[] = [
    ...jsonLdAuthors(article?.['author']).map((value) => ({ value, from: 'JSON-LD author' })),
    ...bylineMarkup(document),
    ...(meta.get('author') ?? []).map((value) => ({ value, from: 'meta author' })),
    ...(meta.get('article:author') ?? [])
      .filter((value) => !/^https?:/i.test(value))
      .map((value) => ({ value, from: 'article:author' })),
  ];
  return {
    headlines,
    ...(published && { published }),
    ...(modified && { modified }),
    ...(url && { url }),
    ...(siteName && { siteName }),
    authors,
    ...((fromLd('description') ?? fromMeta('description') ?? fromMeta('og:description')) && {
      description: fromLd('description') ?? fromMeta('description') ?? fromMeta('og:description'),
    }),
  };
}

// Byline elements: `rel="author"`, `itemprop="author"`, a class naming the author or byline, `.tac-gia`.
const BYLINE_SELECTOR =
  '[rel="author"], [itemprop="author"], [class*="author"], [class*="Author"], [class*="byline"], .tacgia, .tac-gia, .tac_gia';

function bylineMarkup(document: Document): Declared[] {
  return Array.from(document.querySelectorAll(BYLINE_SELECTOR))
    .filter((el) => el.closest('header, nav, footer, .comment, .comments') === null)
    .map((el) => clean(el.getAttribute('content') ?? el.textContent))
    .filter((value) => value !== '' && value.length <= 80)
    .map((value) => ({ value, from: 'thẻ tác giả', markup: true }));
}
