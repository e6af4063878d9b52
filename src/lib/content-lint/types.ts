/** What the content lint reports: one finding on one line of one file, in Vietnamese. */
export type Severity = 'error' | 'warning' | 'fixed';

export interface LintMessage {
  /** Path relative to the articles folder. */
  file: string;
  line: number;
  /** The frontmatter field, BODY_FIELD for the article text, or FILE_FIELD for the file name. */
  field: string;
  severity: Severity;
  message: string;
}

export const BODY_FIELD = 'thân bài';
export const FILE_FIELD = 'tên tệp';
/** Lines of the frontmatter outside any field (comments, the `---` lines). */
export const FRONTMATTER_FIELD = 'frontmatter';
