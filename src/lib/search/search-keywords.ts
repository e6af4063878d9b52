/**
 * The hidden keyword field that lets readers find an article by a document number written any way:
 * `22-NQ/TW`, `22 NQ TW`, `NQ22`, `nq 22`, `nghị quyết 22`, `5-CT/TW` for `05-CT/TW`. Pagefind cuts
 * `22-NQ/TW` into `22nqtw` + parts and matches query words as prefixes, so each form a reader may type
 * needs a word here that it is a prefix of. The search page itself searches a recognised number for its
 * exact keyword (document-query.ts), also written here.
 */
import { kindLabel, type DocumentNumber } from '../documents/document-number.ts';
import { withoutLeadingZeros } from '../documents/running-number-spelling.ts';
import { fold } from '../text/vi-text.ts';
import { exactKeyword } from './document-query.ts';

const compact = (text: string) => fold(text).replace(/[^a-z0-9]+/g, '');

function numberForms(number: string): string[] {
  const bare = withoutLeadingZeros(number);
  return bare === number ? [number] : [number, bare];
}

/** Keywords for one numbered document; number-less ones (a congress resolution) need none. */
export function documentKeywords(doc: DocumentNumber): string[] {
  if (doc.number === '') return [];
  const type = compact(doc.typeCode || doc.kind);
  const issuer = compact(doc.issuer);
  const label = fold(kindLabel(doc.kind, doc.system));
  const words: string[] = [];
  for (const n of numberForms(doc.number)) {
    words.push(`${n}${type}${issuer}`, `${type}${n}`, `${type}${issuer}${n}`, `${label} ${n}`, `${label} so ${n}`);
  }
  if (type && issuer) words.push(`${type}${issuer}`);
  const bare = withoutLeadingZeros(doc.number);
  words.push(exactKeyword(type, bare), exactKeyword(type, bare, issuer));
  return words;
}

/** The keyword field of an article: every form of every document it cites, deduplicated. */
export function searchKeywords(docs: readonly DocumentNumber[]): string {
  return [...new Set(docs.flatMap(documentKeywords))].join(' ');
}
