/**
 * Recognises a search query that is a document number, however typed (`22-NQ/TW`, `22/NQ-TW`,
 * `22 NQ TW`, `NQ22`, `nq 22`, `nghị quyết 22`, `nghi quyet so 22`, `5-CT/TW` for `05-CT/TW`), and
 * finds the matching documents, so that the search page can show the document itself first.
 * Small and table-free on purpose: it runs in the browser.
 */
import { fold } from '../text/vi-text.ts';
import { withoutLeadingZeros } from '../documents/running-number-spelling.ts';

/** One document as the search page receives it (built by src/pages/tim-kiem/van-ban.json.ts). */
export interface DocumentIndexEntry {
  key: string;
  url: string;
  /** `Nghị quyết 22-NQ/TW` */
  label: string;
  title?: string;
  /** `02/02/2008` */
  date?: string;
  /** Running number without leading zeros: `5` for 05-CT/TW. */
  n: string;
  /** Folded type code: `nq`, `ct`, `qd`. */
  type: string;
  /** Folded issuer without dots: `tw`, `tu`, `btg`. */
  issuer: string;
  /** Folded kind label: `nghi quyet`, `chi thi`. */
  kind: string;
}

interface DocumentQuery {
  n: string;
  type?: string;
  issuer?: string;
  kind?: string;
}

/** The number, type, issuer or kind a query names, or null when it is not a document number. */
export function parseDocumentQuery(query: string, kindLabels: readonly string[]): DocumentQuery | null {
  const q = fold(query.normalize('NFC')).replace(/\s+/g, ' ').trim();
  const kinds = [...kindLabels].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s*'));
  const kindPrefix = `(?:(${kinds.join('|')})\\s*)?(?:so\\s*:?\\s*)?`;
  const full = new RegExp(`^${kindPrefix}(\\d{1,5})\\s*[-/ ]\\s*([a-z]{1,6})\\s*[-/ ]\\s*([a-z.]{1,12})$`).exec(q);
  if (full)
    return {
      kind: full[1]?.replace(/\s+/g, ' '),
      n: withoutLeadingZeros(full[2]!),
      type: full[3],
      issuer: full[4]!.replace(/\./g, ''),
    };
  const codeNumber = /^([a-z]{2,5})\s*(\d{1,5})$/.exec(q);
  if (codeNumber) return { n: withoutLeadingZeros(codeNumber[2]!), type: codeNumber[1] };
  if (kinds.length > 0) {
    const kindNumber = new RegExp(`^(${kinds.join('|')})\\s*(?:so\\s*:?\\s*)?(\\d{1,5})$`).exec(q);
    if (kindNumber) return { n: withoutLeadingZeros(kindNumber[2]!), kind: kindNumber[1]!.replace(/\s+/g, ' ') };
  }
  return null;
}

/**
 * The keyword word a document-number query is searched for: `zznq22z` (a kind code and number) or
 * `zz22nqtwz` (with the issuer). No Vietnamese word starts with z, so in Pagefind's sorted vocabulary these
 * words sit together at the end, in small parts of the index, instead of beside common syllables (`cv1014`
 * falls among cũng, cuộc, của: a 98 KB part at 10,000 articles); the closing z makes the match exact, where
 * Pagefind's prefix match would let `nq22` find `nq220`. search-keywords.ts writes them into every page.
 */
export function exactKeyword(type: string, n: string, issuer?: string): string {
  return issuer === undefined ? `zz${type}${n}z` : `zz${n}${type}${issuer}z`;
}

export interface DocumentSearch {
  /** The documents the query names, in the order given (callers pass them newest first). */
  documents: DocumentIndexEntry[];
  /** What to search the pages for: the query, or the keyword-field word of the documents it names. */
  term: string;
}

/**
 * Reads a query as a document number. When it names documents of one kind code, the pages are searched
 * for the exact keyword of that number (exactKeyword): `zz22nqtwz` for `22-NQ/TW` or
 * `Nghị quyết số 22-NQ/TW`, `zznq22z` for `nghị quyết 22`, `NQ22` or `nq 22`. As ordinary words, `nghi` and
 * `quyet` match as prefixes a large part of the vocabulary (nghĩa, nghiệp…), and the parts of the index
 * they load grow with the site (139 of 347 KB for `nghị quyết 22` at 10,000 articles); the keyword is in
 * one small part. The keyword field lists every document an article cites, in its frontmatter or its text.
 */
export function documentSearch(query: string, entries: readonly DocumentIndexEntry[]): DocumentSearch {
  const parsed = parseDocumentQuery(query, [...new Set(entries.map((e) => e.kind))]);
  if (!parsed) return { documents: [], term: query };
  const documents = entries.filter(
    (e) =>
      e.n === parsed.n &&
      (parsed.type === undefined || e.type === parsed.type) &&
      (parsed.issuer === undefined || e.issuer === parsed.issuer) &&
      (parsed.kind === undefined || e.kind === parsed.kind),
  );
  const types = [...new Set(documents.map((d) => d.type))];
  if (types.length !== 1) return { documents, term: query };
  return { documents, term: exactKeyword(types[0]!, parsed.n, parsed.issuer) };
}
