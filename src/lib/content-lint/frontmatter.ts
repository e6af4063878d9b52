/**
 * Reads an article's frontmatter the way the build does (YAML with timestamps, like Astro's js-yaml,
 * then the dates swapped for their raw text as src/loaders/articles.ts does) and keeps the source
 * positions, so that every finding can name the line of the field it is about.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { withRawDates, type ArticleParts } from '../articles/article-files.ts';
import { BODY_FIELD, FRONTMATTER_FIELD } from './types.ts';

export interface Frontmatter {
  /** What the schema is given: the parsed data, dates as written. */
  data: Record<string, unknown>;
  /** The YAML error that stops the build, if any. */
  error?: { line: number; message: string };
  /**
   * Line of the field (or list item) at `path`, or of its nearest written ancestor; for a missing field,
   * the line where it is commented out, or 1 (the opening `---`).
   */
  lineOf(path: readonly PropertyKey[]): number;
  /** What `line` of the file belongs to: a top-level field, FRONTMATTER_FIELD or BODY_FIELD. */
  fieldAt: (line: number) => string;
}

const YAML_ERRORS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'giá trị có dấu hai chấm và dấu cách (": "): đặt cả giá trị trong ngoặc kép, ví dụ title: "Bắc Giang: Kết quả…"',
  MULTILINE_IMPLICIT_KEY: 'giá trị xuống dòng sai chỗ: viết trên một dòng, hoặc đặt trong ngoặc kép',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép " hoặc ngoặc vuông ])',
  DUPLICATE_KEY: 'trường này được viết hai lần: giữ một dòng, xóa dòng kia',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab: YAML chỉ chấp nhận dấu cách',
  BAD_INDENT: 'thụt lề sai, hoặc danh sách [ … ] chưa đóng bằng ]',
  UNEXPECTED_TOKEN: 'có chữ thừa sau giá trị (thường là sau dấu ngoặc kép đóng): đặt cả giá trị trong ngoặc kép',
};

function yamlErrorMessage(error: YAMLError): string {
  const detail = YAML_ERRORS[error.code] ?? `cú pháp YAML sai (${error.message.split('\n')[0]})`;
  return `frontmatter không đọc được: ${detail}`;
}

/** Source offset of the key (or list item) at `path`, or of its nearest written ancestor. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined; // a missing top-level field belongs to the frontmatter as a whole
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair || !isScalar(pair.key)) break;
      // The key's line: a nested value (a list, a group) starts on the line after it.
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item: unknown = node.items[key];
      if (!(isScalar(item) || isMap(item) || isSeq(item))) break;
      offset = item.range?.[0];
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

export function readFrontmatter(parts: ArticleParts): Frontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.frontmatter, { lineCounter, customTags: ['timestamp'] });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + parts.frontmatterLine - 1;
  const firstError = doc.errors[0];
  const parsed: unknown = firstError ? undefined : doc.toJS();
  const data =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};

  const fields: Array<{ from: number; to: number; key: string }> = [];
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const value = pair.value;
      const end = (isScalar(value) || isMap(value) || isSeq(value) ? value.range?.[1] : undefined) ?? pair.key.range[1];
      // A value ends after its trailing newline: the field covers the line of its last character.
      fields.push({
        from: toLine(pair.key.range[0]),
        to: toLine(Math.max(pair.key.range[0], end - 1)),
        key: String(pair.key.value),
      });
    }
  }

  return {
    data: withRawDates(data, parts.frontmatter),
    error: firstError ? { line: toLine(firstError.pos[0]), message: yamlErrorMessage(firstError) } : undefined,
    lineOf: (path) => {
      const offset = offsetOf(doc, path);
      if (offset !== undefined) return toLine(offset);
      // A missing field that is only commented out (as `npm run new` writes them) is to be filled there.
      const commented = parts.frontmatter.split('\n').findIndex((line) => line.startsWith(`# ${String(path[0])}:`));
      return commented < 0 ? 1 : commented + parts.frontmatterLine;
    },
    fieldAt: (line) =>
      line >= parts.bodyLine
        ? BODY_FIELD
        : (fields.find((f) => f.from <= line && line <= f.to)?.key ?? FRONTMATTER_FIELD),
  };
}
