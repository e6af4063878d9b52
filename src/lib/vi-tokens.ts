/**
 * Vietnamese syllable tokens for similarity (related articles), not for search: Vietnamese writes one
 * syllable per space-separated token, and adjacent-syllable bigrams inside a punctuation-delimited chunk
 * are a cheap stand-in for word segmentation (`chi bộ` ≠ `chi` + `bộ`). See domain-vi.md §4.6–4.7.
 * Every token is an exact key (matchKey): tone placement is normalised, đ stays distinct from d.
 */
import { matchKey } from './vi-text.ts';

/**
 * A syllable is a run of letters, digits and combining marks. Marks are included so that text in NFD
 * (or a mark that has no precomposed form) does not cut a syllable in two; NFC Vietnamese has none.
 */
const NON_SYLLABLE = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * Chunk boundaries: sentence and clause punctuation, brackets, quotes, bullets, line breaks, and dashes
 * used as punctuation. A full stop or comma between two digits is a number separator (25.587, 5,3%)
 * and a hyphen or slash inside a token is part of it (22-NQ/TW), so neither ends a chunk.
 */
const CHUNK_BOUNDARY =
  /(?<!\p{N})[.,]|[.,](?!\p{N})|[;:!?…()[\]{}"'“”‘’«»<>|•·*\r\n\t]|\s[-‐‑‒]+\s|[–—―]/u;

function keySet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(matchKey));
}

/** List (a): function words, dropped from similarity terms (never from phrase search). */
export const FUNCTION_WORDS: ReadonlySet<string> = keySet(`
  và của các những là có được đã đang sẽ với cho trong ngoài trên dưới về từ đến tới theo tại ở để thì
  mà nhưng hoặc hay nếu khi vì do bởi nên cũng vẫn còn đều rất hơn nhất nhiều ít một mỗi mọi cả này đó
  kia ấy nào gì đây nay như thế vậy không chưa chỉ lại ra vào lên qua sau trước cùng bằng giữa việc sự
  cái rằng nhằm luôn gồm ngày tháng năm số đối thêm nữa
`);

/**
 * List (b): syllables present in almost every article of this genre. Only down-weighted by the
 * related-articles scorer, never dropped: `chi bộ` or `kiểm tra` still carry some meaning.
 */
export const GENRE_WORDS: ReadonlySet<string> = keySet(`
  đảng bộ ủy tổ chức chính trị cơ sở chi viên cán cấp ban thường vụ nhiệm lãnh đạo chỉ thực hiện xây
  dựng nâng cao năng lực chất lượng công tác hoạt động sinh triển khai quán triệt nghị quyết tỉnh huyện
  xã thị trấn phường đồng chí bí thư trung ương hệ thống kiểm tra giám sát phát tốt mạnh vững nhân dân
  địa phương đơn vị kết quả tình hình giải pháp tiếp tục tăng cường
`);

/** Separator of the two syllables of a bigram term; syllables never contain it. */
export const BIGRAM_JOINER = '_';

// matchKey walks every letter; a corpus repeats a few thousand distinct syllables, so cache them.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function syllableKey(raw: string): string {
  const cached = KEY_CACHE.get(raw);
  if (cached !== undefined) return cached;
  const key = matchKey(raw);
  // Bound memory on adversarial input (e.g. many distinct numbers) by starting over.
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(raw, key);
  return key;
}

/** Syllables as exact keys, split on every run of characters that are neither letters nor digits. */
export function syllables(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(NON_SYLLABLE)) {
    if (raw) out.push(syllableKey(raw));
  }
  return out;
}

/** Pieces of text between punctuation marks, so that bigrams never cross a comma or full stop. */
export function chunks(text: string): string[] {
  return text
    .normalize('NFC')
    .split(CHUNK_BOUNDARY)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0);
}

/** Whether a bigram term (`a_b`) is worth keeping: a function word on either side makes it noise. */
function isContentBigram(first: string, second: string): boolean {
  return !FUNCTION_WORDS.has(first) && !FUNCTION_WORDS.has(second);
}

/**
 * Similarity terms of a text, in text order with repeats (callers count them): unigrams minus
 * function words, then per chunk the adjacent-syllable bigrams `a_b` whose syllables are both content
 * syllables. Genre words are kept; weighting them is the scorer's business.
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const chunk of chunks(text)) {
    const syls = syllables(chunk);
    for (let i = 0; i < syls.length; i++) {
      const syl = syls[i]!;
      if (!FUNCTION_WORDS.has(syl)) terms.push(syl);
      const next = syls[i + 1];
      if (next !== undefined && isContentBigram(syl, next)) terms.push(syl + BIGRAM_JOINER + next);
    }
  }
  return terms;
}

/** Whether a term (unigram or bigram) is made only of genre-ubiquitous syllables. */
export function isGenreTerm(term: string): boolean {
  const joiner = term.indexOf(BIGRAM_JOINER);
  if (joiner < 0) return GENRE_WORDS.has(term);
  return GENRE_WORDS.has(term.slice(0, joiner)) && GENRE_WORDS.has(term.slice(joiner + 1));
}
