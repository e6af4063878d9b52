/**
 * Turns document references in article text into links, across the text nodes of one article in
 * reading order, so that a short back-reference ("Chỉ thị số 29") links to the document its earlier
 * full citation ("Chỉ thị 29-CT/TU") named.
 */
import {
  findDocumentMentions,
  resolveBackReferences,
  type DocumentMention,
  type DocumentNumber,
} from './document-number.ts';
import { nfc } from '../text/vi-text.ts';

export interface MentionTarget {
  url: string;
  title: string;
}

export type TextPart = { type: 'text'; value: string } | { type: 'link'; url: string; title: string; value: string };

/** A linker for one article; `resolve` says where a document's page is, or undefined to leave it as text. */
export function createMentionLinker(
  resolve: (doc: DocumentNumber) => MentionTarget | undefined,
): (text: string) => TextPart[] {
  const earlier: DocumentMention[] = [];
  let offset = 0;
  return (input: string) => {
    const text = nfc(input);
    const base = offset;
    offset += text.length + 1;
    const mentions = findDocumentMentions(text).map((m) => ({ ...m, start: m.start + base, end: m.end + base }));
    if (mentions.length === 0) return [{ type: 'text', value: text }];
    const resolved = resolveBackReferences([...earlier, ...mentions]).slice(earlier.length);
    earlier.push(...mentions.filter((m) => m.doc));

    const parts: TextPart[] = [];
    let cursor = 0;
    for (const mention of resolved) {
      const target = mention.target && resolve(mention.target);
      if (!target) continue;
      const start = mention.start - base;
      const end = mention.end - base;
      if (start > cursor) parts.push({ type: 'text', value: text.slice(cursor, start) });
      parts.push({ type: 'link', url: target.url, title: target.title, value: text.slice(start, end) });
      cursor = end;
    }
    if (cursor < text.length) parts.push({ type: 'text', value: text.slice(cursor) });
    return parts;
  };
}
