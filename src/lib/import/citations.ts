/**
 * The documents an imported article cites, found with the site's own parser and resolved against the
 * registry the way the build resolves them, written in `resolutions` as the committed articles write
 * them: the canonical number (`22-NQ/TW`), or a number-less resolution by name
 * (`Nghị quyết Trung ương 4 khóa XI`, `Nghị quyết Đại hội XIII`).
 */
import {
  findDocumentMentions,
  identifiesDocument,
  parseDocumentNumber,
  type DocumentNumber,
} from '../documents/document-number.ts';
import { resolveDocument, type CitationContext, type CitedDocument } from '../documents/document-registry.ts';
import { viDate, type DatedMention } from './dates.ts';

export function resolutionEntry(doc: DocumentNumber): string {
  if (doc.form === 'plenum') {
    const session = doc.session === undefined ? '' : ` (lần ${doc.session})`;
    const term = doc.term === undefined ? '' : ` khóa ${doc.term}`;
    return `Nghị quyết Trung ương ${doc.plenum}${session}${term}`;
  }
  if (doc.form === 'congress') {
    return doc.level
      ? `Nghị quyết Đại hội Đảng bộ ${doc.level} ${doc.unitName ?? ''} lần thứ ${doc.ordinal}`
      : `Nghị quyết Đại hội ${doc.ordinal}`;
  }
  return doc.canonical;
}

export interface Citation {
  /** What goes in `resolutions`. */
  entry: string;
  /** The first mention, as printed: `Nghị quyết số 22-NQ/TW`. */
  printed: string;
  document: CitedDocument;
}

export interface Citations {
  cited: Citation[];
  /** Mentions whose number is too incomplete to list (`Thông tư 15/2020`: issuer unknown). */
  incomplete: string[];
}

/** One entry per document, in order of first mention; mentions of one document by two names count once. */
export function findCitations(text: string, context: CitationContext): Citations {
  const cited = new Map<string, Citation>();
  const incomplete: string[] = [];
  for (const mention of findDocumentMentions(text).filter(identifiesDocument)) {
    const entry = resolutionEntry(mention.doc);
    if (parseDocumentNumber(entry)?.slug !== mention.doc.slug) {
      if (!incomplete.includes(mention.text)) incomplete.push(mention.text);
      continue;
    }
    const document = resolveDocument(mention.doc, context);
    if (!cited.has(document.key)) cited.set(document.key, { entry, printed: mention.text, document });
  }
  return { cited: [...cited.values()], incomplete };
}

/** Issue dates printed after document references (`Chỉ thị 29-CT/TU ngày 21-3-2013`), for dating the article. */
export function documentDates(text: string): DatedMention[] {
  return findDocumentMentions(text).flatMap((mention) => {
    if (mention.date === undefined) return [];
    const [year, month, day] = mention.date.split('-').map(Number) as [number, number, number];
    const date = { year, month, day };
    return [{ date, label: `${viDate(date)}, ${mention.text}` }];
  });
}
