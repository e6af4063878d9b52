/**
 * The schema.org NewsArticle of an article page, for search engines. Cited documents become
 * `Legislation` the article is about, the province its `contentLocation`. Every address is absolute.
 */
import { vnIsoDateTime } from '../dates/vn-date.ts';

export interface NewsArticleInput {
  /** The canonical address of the article page. */
  url: string;
  title: string;
  description: string;
  published: Date;
  /** The last change; the publication date when undefined. */
  modified?: Date | undefined;
  /** The byline as printed (`Bài, ảnh: TRƯỜNG SƠN`). */
  byline?: string | undefined;
  source?: { name: string; url?: string | undefined } | undefined;
  /** The social card, then the cover picture if there is one. */
  images: readonly string[];
  /** Province name as the article's page shows it, e.g. `tỉnh Hậu Giang`. */
  place: string;
  documents: ReadonlyArray<{ name: string; identifier?: string | undefined; url: string; date?: string | undefined }>;
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } };
}

/** Google shows at most 110 characters of a headline. */
export const MAX_HEADLINE = 110;

/** At most `max` characters, cut between words and ending with an ellipsis when cut. */
export function headline(title: string, max = MAX_HEADLINE): string {
  const text = title.trim().replace(/\s+/g, ' ');
  const chars = [...text];
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join('');
  // Room ending just before a space holds whole words already.
  const cut = chars[max - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  return `${(cut > 0 ? room.slice(0, cut) : room).replace(/[\s,;:.…–-]+$/, '')}…`;
}

// `Bài, ảnh:`, `Bài và ảnh:`, `Tin, ảnh:`, `Theo:`… : the credit before the names.
const CREDIT = /^[^:]{1,20}:\s*/;
// Bylines that name the newsroom's staff, not a person.
const STAFF = /^(pv|phóng viên|nhóm pv|nhóm phóng viên|btv|ban biên tập)$/iu;

function titleCase(name: string): string {
  return name
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');
}

/** The people a printed byline names: credit removed, capitals as in a name, staff bylines dropped. */
export function bylineNames(byline: string): string[] {
  return byline
    .normalize('NFC')
    .replace(CREDIT, '')
    .split(/\s*(?:[,;]|\s[-–]\s|\svà\s)\s*/u)
    .map((name) => name.trim().replace(/\s+/g, ' '))
    .filter((name) => name !== '' && !STAFF.test(name))
    .map((name) => (name === name.toLocaleUpperCase('vi') ? titleCase(name) : name));
}

export function newsArticleLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = {
    '@type': 'Organization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: { '@type': 'ImageObject', ...input.publisher.logo },
  };
  const people = input.byline ? bylineNames(input.byline) : [];
  const { source } = input;
  // Without a named person the article is the source's, and without a source the site's own.
  const author =
    people.length > 0
      ? people.map((name) => ({ '@type': 'Person', name }))
      : [
          source
            ? { '@type': 'Organization', name: source.name, ...(source.url ? { url: new URL(source.url).origin } : {}) }
            : publisher,
        ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: headline(input.title),
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: vnIsoDateTime(input.published),
    dateModified: vnIsoDateTime(input.modified ?? input.published),
    inLanguage: 'vi',
    image: [...input.images],
    author,
    publisher,
    ...(source?.url ? { isBasedOn: source.url } : {}),
    ...(input.documents.length > 0
      ? {
          about: input.documents.map((doc) => ({
            '@type': 'Legislation',
            name: doc.name,
            ...(doc.identifier ? { legislationIdentifier: doc.identifier } : {}),
            ...(doc.date ? { legislationDate: doc.date } : {}),
            url: doc.url,
          })),
        }
      : {}),
    contentLocation: {
      '@type': 'Place',
      name: input.place,
      containedInPlace: { '@type': 'Country', name: 'Việt Nam' },
    },
  };
}
