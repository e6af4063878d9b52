/**
 * Reads one file of the real-text news corpus (`../shared/corpus/vi-news`, see its README.md) into a
 * title, a sapo, a date when the file has one, and paragraphs. Pure: no file system, so it is tested on
 * text the project writes itself (test/scripts/corpus-text.test.ts).
 *
 * - `baomoi`: line 1 the title, line 2 the sapo, line 3 the whole body on one line. The body is cut at
 *   sentence ends into paragraphs of a few sentences.
 * - `dantri`: line 1 the title, line 2 a date `dd/mm/yyyy`, then one sentence a line; the sentences are
 *   grouped into paragraphs the same way. No sapo.
 */

export type CorpusDataset = 'baomoi' | 'dantri';

export interface CorpusText {
  title: string;
  sapo?: string;
  /** `YYYY-MM-DD`, when the file gives a date. */
  date?: string;
  paragraphs: string[];
}

/** Sentences in a paragraph. */
export const SENTENCES_PER_PARAGRAPH = 3;

/**
 * A run of text cut at sentence ends: `.`, `!`, `?` or `…` (optionally followed by a closing quote or
 * bracket), then white space, then an upper-case letter, a digit or an opening quote. "TP. Hồ Chí Minh"
 * is not cut (a known abbreviation).
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const boundary = /[.!?…]+["”’»)]?(?=\s+["“‘«(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(start, match.index - 3), match.index + 1);
    if (/(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|Th|St|Mr|Mrs|Dr)\.$/u.test(before)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Sentences joined `size` at a time into paragraphs. */
export function groupSentences(sentences: readonly string[], size = SENTENCES_PER_PARAGRAPH): string[] {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size).join(' '));
  return out;
}

/** Keeps a sentence of news from turning into Markdown syntax (a heading, a quote, a list, raw HTML). */
export function markdownSafe(paragraph: string): string {
  return paragraph
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/</g, '&lt;')
    .replace(/^([#>*+-])(?=\s)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** One corpus file → its text, or undefined when it has no title or no body. */
export function parseCorpusFile(dataset: CorpusDataset, source: string): CorpusText | undefined {
  const lines = source
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const title = lines[0]?.replace(/\s+/g, ' ') ?? '';
  if (!title) return undefined;
  let sapo: string | undefined;
  let date: string | undefined;
  let sentences: string[];
  if (dataset === 'baomoi') {
    sapo = lines[1] ? lines[1].replace(/\s+/g, ' ') : undefined;
    sentences = splitSentences(lines.slice(2).join(' '));
  } else {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(lines[1] ?? '');
    if (m) date = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    sentences = lines.slice(m ? 2 : 1).filter((l) => l !== '');
  }
  const paragraphs = groupSentences(sentences).map(markdownSafe).filter(Boolean);
  if (paragraphs.length === 0) return undefined;
  return { title, sapo, date, paragraphs };
}
