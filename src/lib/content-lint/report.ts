/** How lint findings are printed for editors, summed up, and turned into an exit code. */
import type { LintMessage, Severity } from './types.ts';

const LABELS: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo', fixed: 'đã sửa' };

/** By file, then line; findings on one line keep the order the rules found them in. */
export function sortMessages(messages: readonly LintMessage[]): LintMessage[] {
  return [...messages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** `content/articles/x.md:5 [date] lỗi: …`, with `dir` the articles folder as the editor sees it. */
export function formatMessage(message: LintMessage, dir: string): string {
  return `${dir}/${message.file}:${message.line} [${message.field}] ${LABELS[message.severity]}: ${message.message}`;
}

const count = (messages: readonly LintMessage[], severity: Severity) =>
  messages.filter((m) => m.severity === severity).length;

/** `2 lỗi, 3 cảnh báo trong 12 bài`, and the files fixed when there are any. */
export function summary(messages: readonly LintMessage[], articleCount: number): string {
  const fixed = new Set(messages.filter((m) => m.severity === 'fixed').map((m) => m.file)).size;
  const line = `${count(messages, 'error')} lỗi, ${count(messages, 'warning')} cảnh báo trong ${articleCount} bài`;
  return fixed > 0 ? `${line}; đã sửa ${fixed} tệp` : line;
}

/** 1 on any error, and with `strict` on any warning too. */
export function exitCode(messages: readonly LintMessage[], strict: boolean): number {
  return count(messages, 'error') > 0 || (strict && count(messages, 'warning') > 0) ? 1 : 0;
}
