/**
 * Pagefind folds tone marks but not đ (U+0111 has no Unicode decomposition), so `dang vien` could not
 * find `đảng viên`. The index is built from a copy of each page where đ is written ď (d with caron),
 * which Pagefind does fold to d; Vietnamese never uses ď, so results map back to đ losslessly.
 */
export function toIndexText(text: string): string {
  return text.replace(/đ/g, 'ď').replace(/Đ/g, 'Ď');
}

export function toDisplayText(text: string): string {
  return text.replace(/ď/g, 'đ').replace(/Ď/g, 'Đ');
}

/**
 * The page as indexed: text between tags gets ď, attributes are left alone, so filter values (given
 * as `data-pagefind-filter="key:value"` attributes) keep their real spelling.
 */
export function toIndexHtml(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${toIndexText(text)}<`);
}

/** A query as the index expects it: NFC, hyphenated syllables split, đ written ď. */
export function toIndexQuery(query: string): string {
  return toIndexText(
    query
      .normalize('NFC')
      .replace(/(\p{Ll})-(?=\p{Ll})/gu, '$1 ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
