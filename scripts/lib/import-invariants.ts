/**
 * What an imported article must never do, whatever the page: change the source's wording, carry a
 * publication date outside 1945–today, or take its province from a name that is not a place (a person,
 * an ocean, a company: "Trương Hòa Bình", "Thái Bình Dương", "Chủ tịch Hồ Chí Minh").
 * The import measurement (scripts/measure-import.ts) counts the articles that break one.
 */
import { isoDate, type CalendarDate } from '../../src/lib/import/dates.ts';
import type { ImportedArticle } from '../../src/lib/import/import-article.ts';
import { findProvince } from '../../src/lib/places/localities.ts';
import { cleanSpaces, fold, nfc } from '../../src/lib/text/vi-text.ts';

export type Violation = 'wording' | 'date' | 'province';

const collapse = (text: string) => cleanSpaces(text).replace(/\s+/g, ' ').trim();

/** The prose lines of the article's Markdown body, without Markdown syntax. */
function bodyLines(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6} /, '')
        .replace(/^\*(.*)\*$/, '$1')
        .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1'),
    )
    .map(collapse)
    .filter((line) => line !== '');
}

/** Lines of the output that are not, word for word, in the input page. */
export function changedWording(input: string, article: ImportedArticle): string[] {
  const source = collapse(input);
  const { title, sapo } = article.frontmatter;
  const lines = [title, ...(sapo === undefined ? [] : [sapo]), ...bodyLines(article.markdown)];
  return lines.map(collapse).filter((line) => !source.includes(line));
}

export function dateOutOfRange(date: string, today: CalendarDate): boolean {
  const day = date.slice(0, 10);
  return day < '1945-01-01' || day > isoDate(today);
}

// Capitalised words that, right before a province's name, make it the place itself: unit words and the
// bodies and outlets named after a province ("Tỉnh ủy Gia Lai", "UBND tỉnh", "Báo Gia Lai").
const BEFORE = new Set(
  ['tỉnh', 'tp', 'tp.', 'phố', 'ủy', 'ubnd', 'hđnd', 'mttq', 'bộ', 'báo', 'đài', 'công', 'an', 'sở', 'dân'].map(fold),
);
const UPPER = /^\p{Lu}/u;
// Lower-case words that make the name that follows a person, a thought, a street or a feature:
// "Chủ tịch Hồ Chí Minh", "đồng chí", "tư tưởng", "đường Hà Nội", "phố Huế" (but "thành phố Huế").
const NOT_A_PLACE_BEFORE = new Set(
  ['tịch', 'chí', 'tưởng', 'ông', 'bà', 'đường', 'phố', 'sông', 'núi', 'biển'].map(fold),
);

function joinedBefore(words: readonly string[], i: number): boolean {
  const before = words[i - 1]?.split('/').pop();
  // Punctuation between the two ends the longer name: "Q.Hoàng Mai, Hà Nội", "Bộ Công an (Hà Nội)".
  if (before === undefined || /[.,:;!?)"”’]$/.test(before) || /^[("“‘]/.test(words[i] ?? '')) return false;
  const key = fold(before);
  // An all-capital abbreviation before the name is a body named after the province: "UBND", "Sở GD&ĐT", "VNPT".
  if (UPPER.test(before)) return !BEFORE.has(key) && /\p{Ll}/u.test(before);
  return NOT_A_PLACE_BEFORE.has(key) && !(key === 'pho' && fold(words[i - 2] ?? '') === 'thanh');
}

/**
 * Whether every mention of the province's name in the text is part of a longer proper name: a
 * capitalised word right before it that is not a unit word ("Trương Hòa Bình"), a title or feature word
 * ("Chủ tịch Hồ Chí Minh", "đường Hà Nội"), or a capitalised word right after it ("Thái Bình Dương"). An article placed there by such mentions alone was placed wrong.
 */
export function provinceOnlyInNames(text: string, provinceName: string): boolean {
  const province = findProvince(provinceName);
  const spaced = (name: string) => name.replace(/\s*-\s*/g, ' - ');
  const all = [provinceName, ...(province?.aliases ?? [])].map(spaced);
  const names = all.filter((name) => name.includes(' '));
  // A one-word name ("TP.HCM", "Huế") is no part of a person's or an ocean's name: one such mention is a place.
  const oneWord = new Set(all.filter((name) => !name.includes(' ')));
  let mentions = 0;
  // A line ends a name, so each line is read on its own; "TP.Hà Nội" and "Bà Rịa-Vũng Tàu" are spaced out.
  for (const line of nfc(text).split('\n')) {
    if (line.split(/\s+/).some((word) => oneWord.has(word.replace(/^[("“‘]+|[)"”’.,:;!?]+$/g, '')))) return false;
    const words = spaced(line.replace(/\.(?=\p{Lu})/gu, '. ')).split(/\s+/);
    for (const name of names) {
      const parts = name.split(' ');
      for (let i = 0; i + parts.length <= words.length; i++) {
        const span = words.slice(i, i + parts.length).map((w) => w.replace(/^[("“‘]+|[)"”’.,:;!?]+$/g, ''));
        if (span.join(' ') !== name) continue;
        mentions++;
        const after = words[i + parts.length];
        const lastHasPunctuation = /[.,:;!?)"”’]$/.test(words[i + parts.length - 1] ?? '');
        const joinedAfter = !lastHasPunctuation && after !== undefined && UPPER.test(after);
        if (!joinedBefore(words, i) && !joinedAfter) return false;
      }
    }
  }
  return mentions > 0;
}

export function violations(input: string, article: ImportedArticle, today: CalendarDate): Violation[] {
  const found: Violation[] = [];
  if (changedWording(input, article).length > 0) found.push('wording');
  if (dateOutOfRange(article.frontmatter.date, today)) found.push('date');
  const province = article.frontmatter.locality.province;
  const basis = article.inferred.find((i) => i.field === 'Tỉnh/thành phố')?.basis ?? '';
  const fromText = !/--province|tùy chọn/.test(basis);
  if (fromText && provinceOnlyInNames(input, province)) found.push('province');
  return found;
}
