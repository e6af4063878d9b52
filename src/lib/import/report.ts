/**
 * What the import command tells the editor, in Vietnamese: each field and what it was inferred from,
 * then the list of things to check before publishing.
 */
import type { ImportedArticle } from './import-article.ts';

export function reportLines(article: ImportedArticle): string[] {
  const lines = ['Đã suy ra:'];
  for (const { field, value, basis } of article.inferred)
    lines.push(`  - ${field}: ${value}${basis ? ` — ${basis}` : ''}`);
  lines.push('Biên tập viên cần xem lại:');
  for (const item of article.review) lines.push(`  - ${item}`);
  return lines;
}
