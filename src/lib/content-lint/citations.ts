/**
 * The build's citation warnings (src/data/corpus.ts), per line: documents the body cites that
 * `resolutions` does not list, and listed documents missing from the registry.
 */
import { articleCitations, unlistedCitationsText, unregisteredDocumentText } from '../documents/article-citations.ts';
import type { ArticleParts } from '../articles/article-files.ts';
import { documentLabel, type CitedDocument } from '../documents/document-registry.ts';
import { nfc } from '../text/vi-text.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { ArticleData } from './schema.ts';
import type { LintMessage } from './types.ts';

/** How to write the document in `resolutions`: its number, or its name when it has none. */
function listingOf(document: CitedDocument): string {
  return document.number.number === '' ? documentLabel(document) : document.number.canonical;
}

export function checkCitations(
  file: string,
  parts: ArticleParts,
  frontmatter: Frontmatter,
  data: ArticleData,
): LintMessage[] {
  const context = { date: data.date.date, provinceId: data.locality.province.id };
  const citations = articleCitations(data.resolutions, parts.body, context);
  const messages: LintMessage[] = [];
  const reported = new Set<string>();
  citations.listed.forEach((document, index) => {
    if (document.registered || reported.has(document.key)) return;
    reported.add(document.key);
    messages.push({
      file,
      line: frontmatter.lineOf(['resolutions', index]),
      field: 'resolutions',
      severity: 'warning',
      message: `${unregisteredDocumentText(document)}: kiểm tra lại số hiệu; nếu đúng, thêm văn bản vào content/documents.json`,
    });
  });
  // Mention offsets are in the NFC body; normalising keeps every newline where it was.
  const body = nfc(parts.body);
  for (const { document, offset } of citations.unlisted) {
    messages.push({
      file,
      line: parts.bodyLine + body.slice(0, offset).split('\n').length - 1,
      field: 'resolutions',
      severity: 'warning',
      message: `${unlistedCitationsText([document])}: thêm "${listingOf(document)}" vào resolutions`,
    });
  }
  return messages;
}
