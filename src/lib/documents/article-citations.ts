/**
 * Which documents an article cites: the ones its `resolutions` lists and the ones its body mentions,
 * resolved against the registry. The build warns about the gaps (src/data/corpus.ts) and the content
 * lint reports them with their lines (src/lib/content-lint/), both from this one reading.
 */
import { findDocumentMentions, type DocumentNumber } from './document-number.ts';
import { documentLabel, resolveDocument, type CitationContext, type CitedDocument } from './document-registry.ts';

export interface BodyCitation {
  document: CitedDocument;
  /** Offset of its first mention in the NFC form of the body. */
  offset: number;
}

export interface ArticleCitations {
  /** One resolved document per `resolutions` entry, in order (repeats kept, so entries map to lines). */
  listed: CitedDocument[];
  /** The listed documents without repeats. */
  documents: CitedDocument[];
  /** Every identifiable document the body mentions, in order, whether or not `resolutions` lists it. */
  mentionedNumbers: DocumentNumber[];
  /** Documents the body cites that `resolutions` does not list, each once, in order of first mention. */
  unlisted: BodyCitation[];
}

export function articleCitations(
  resolutions: readonly DocumentNumber[],
  body: string,
  context: CitationContext,
): ArticleCitations {
  const listed = resolutions.map((number) => resolveDocument(number, context));
  const documents = new Map(listed.map((doc) => [doc.key, doc]));
  // A local congress named without its unit ("Đại hội Đảng bộ huyện lần thứ XX") cannot be identified.
  const mentions = findDocumentMentions(body).flatMap((m) =>
    m.doc && !(m.doc.form === 'congress' && m.doc.level && !m.doc.unitName) ? [{ doc: m.doc, offset: m.start }] : [],
  );
  const unlisted = new Map<string, BodyCitation>();
  for (const { doc: number, offset } of mentions) {
    const document = resolveDocument(number, context);
    if (!documents.has(document.key) && !unlisted.has(document.key)) unlisted.set(document.key, { document, offset });
  }
  return {
    listed,
    documents: [...documents.values()],
    mentionedNumbers: mentions.map((m) => m.doc),
    unlisted: [...unlisted.values()],
  };
}

/** `thân bài nhắc Chỉ thị 29-CT/TU nhưng trường resolutions chưa có` */
export function unlistedCitationsText(documents: readonly CitedDocument[]): string {
  return `thân bài nhắc ${documents.map(documentLabel).join(', ')} nhưng trường resolutions chưa có`;
}

/** `99-NQ/TW chưa có trong content/documents.json (trang /van-ban/99-nq-tw/ dùng số hiệu làm tiêu đề)` */
export function unregisteredDocumentText(document: CitedDocument): string {
  return `${document.number.canonical} chưa có trong content/documents.json (trang /van-ban/${document.key}/ dùng số hiệu làm tiêu đề)`;
}
