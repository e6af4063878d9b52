/**
 * Frontmatter validated with the site's own schema (src/schema/article.ts), so the lint and the build
 * agree on every message; only the cover picture is checked by a stand-in for Astro's `image()`.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../../schema/article.ts';
import type { Frontmatter } from './frontmatter.ts';
import { FRONTMATTER_FIELD, type LintMessage } from './types.ts';

// Building the schema costs about a millisecond, as much as using it: one schema serves every article,
// told through `coverExists` which article's folder the cover path starts from (parsing is synchronous).
let coverExists: (reference: string) => boolean = () => false;
const schema = articleSchema(() =>
  z.string({ error: 'phải là đường dẫn tới ảnh, ví dụ ./anh-bia.jpg' }).refine((reference) => coverExists(reference), {
    error: (issue) =>
      `không tìm thấy ảnh "${String(issue.input)}" (đường dẫn tính từ thư mục chứa bài, ví dụ ./anh-bia.jpg)`,
  }),
);

export type ArticleData = z.output<typeof schema>;

/** Field name as the build prints it, without list positions: `locality.province`, `resolutions`. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.filter((key): key is string => typeof key === 'string').join('.') || FRONTMATTER_FIELD;
}

export function checkSchema(
  file: string,
  frontmatter: Frontmatter,
  imageExists: (reference: string) => boolean,
): { messages: LintMessage[]; data?: ArticleData } {
  coverExists = imageExists;
  const result = schema.safeParse(frontmatter.data);
  if (result.success) return { messages: [], data: result.data };
  const messages = result.error.issues.map((issue): LintMessage => {
    // An unknown field is reported on its own line, under its own name.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return { file, line: frontmatter.lineOf(path), field: fieldName(path), severity: 'error', message: issue.message };
  });
  return { messages };
}
