/**
 * Vietnamese syllable tokens for similarity (related articles), not for search: Vietnamese writes one
 * syllable per space-separated token, and adjacent-syllable bigrams inside a punctuation-delimited chunk
 * are a cheap stand-in for word segmentation (`chi bộ` ≠ `chi` + `bộ`). See docs/domain.md §4.6–4.7.
 * Every token is an exact key (matchKey): tone placement is normalised, đ stays distinct from d.
 */
import { matchKey } from '../text/vi-text.ts';

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

// ---------------------------------------------------------------------------------------------------
// Character classes. A syllable is a run of letters, digits and combining marks (marks included so that
// text in NFD, or a mark with no precomposed form, does not cut a syllable in two). Chunks end at
// sentence and clause punctuation, brackets, quotes, bullets, line breaks and dashes used as
// punctuation; a full stop or comma between two digits is a number separator (25.587, 5,3%) and a
// hyphen or slash inside a token is part of it (22-NQ/TW), so neither ends a chunk. A run of hyphens
// ends a chunk only with white space on both sides (`chi bộ - đảng viên`).
//
// The scanner below reads these classes from a table filled on first sight of each character (by the
// regular expressions, so the definitions stay in one place) instead of splitting with regular
// expressions: related articles tokenise the whole corpus, and splitting made most of their time.
// ---------------------------------------------------------------------------------------------------

const SYLLABLE = 1;
const DIGIT = 2;
const BREAK = 4;
const DOT_OR_COMMA = 8;
const HYPHEN = 16;
const SPACE = 32;
const KNOWN = 64;
/** In the table: a surrogate, to be read as part of a code point. From flagsAt: a 2-unit code point. */
const WIDE = 128;
const ENDS_CHUNK = BREAK | DOT_OR_COMMA | HYPHEN;

const CLASS_TESTS: ReadonlyArray<readonly [number, RegExp]> = [
  [SYLLABLE, /^[\p{L}\p{M}\p{N}]$/u],
  [DIGIT, /^\p{N}$/u],
  [BREAK, /^[;:!?…()[\]{}"'“”‘’«»<>|•·*\r\n\t–—―]$/u],
  [DOT_OR_COMMA, /^[.,]$/],
  [HYPHEN, /^[-‐‑‒]$/],
  [SPACE, /^\s$/u],
];

/** Classes of BMP characters, filled on first sight; surrogates are marked WIDE up front. */
const BMP_CLASSES = new Uint8Array(0x10000).fill(KNOWN | WIDE, 0xd800, 0xe000);

function testClasses(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  let flags = KNOWN;
  for (const [flag, test] of CLASS_TESTS) if (test.test(char)) flags |= flag;
  return flags;
}

/** Classes of a whole code point (a lone surrogate has none). */
function classOf(codePoint: number): number {
  if (codePoint >= 0xd800 && codePoint < 0xe000) return KNOWN;
  if (codePoint >= 0x10000) return testClasses(codePoint);
  return (BMP_CLASSES[codePoint] ||= testClasses(codePoint));
}

/** Classes of the code point at index i, with WIDE when it takes two UTF-16 units. */
function flagsAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  const flags = BMP_CLASSES[unit] || classOf(unit);
  if (!(flags & WIDE)) return flags;
  const codePoint = text.codePointAt(i)!;
  return codePoint >= 0x10000 ? classOf(codePoint) | WIDE : KNOWN;
}

function classAt(text: string, i: number): number {
  return i < 0 || i >= text.length ? 0 : classOf(text.codePointAt(i)!);
}

/** Class of the code point that ends just before index `i` (a low surrogate belongs to its pair). */
function classBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const isPair = i >= 2 && text.codePointAt(i - 2)! >= 0x10000;
  return classAt(text, isPair ? i - 2 : i - 1);
}

/**
 * Open-addressing table from a 32-bit hash to small integer ids; the caller walks the slots of a hash
 * and confirms a candidate id with its own equality check. Used instead of a Map so that looking up a
 * syllable needs neither a substring nor a string hash, and a bigram neither a string nor a boxed
 * number. Usage: `for (let at = t.first(h); t.id(at) >= 0; at = t.next(at)) …; t.insert(at, h, id)`.
 */
class HashSlots {
  private ids = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(1024);
  private count = 0;

  first(hash: number): number {
    // Mix the high bits in: slots are chosen by the low bits.
    const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
    return (mixed ^ (mixed >>> 16)) & (this.ids.length - 1);
  }

  next(at: number): number {
    return (at + 1) & (this.ids.length - 1);
  }

  id(at: number): number {
    return this.ids[at]!;
  }

  hash(at: number): number {
    return this.hashes[at]!;
  }

  /** Stores `id` at the empty slot `at` where the walk for `hash` ended. */
  insert(at: number, hash: number, id: number): void {
    this.ids[at] = id;
    this.hashes[at] = hash;
    if (++this.count * 2 > this.ids.length) this.grow();
  }

  private grow(): void {
    const { ids, hashes } = this;
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    this.hashes = new Int32Array(ids.length * 2);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i]! < 0) continue;
      let at = this.first(hashes[i]!);
      while (this.ids[at]! >= 0) at = this.next(at);
      this.ids[at] = ids[i]!;
      this.hashes[at] = hashes[i]!;
    }
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Interns the similarity terms of many texts as small integers, in order of first appearance. Terms are
 * unigrams minus function words, and per chunk the adjacent-syllable bigrams `a_b` whose syllables are
 * both content syllables; genre words are kept (weighting them is the scorer's business). Every
 * syllable is an exact key (matchKey): tone placement is normalised, đ stays distinct from d.
 */
export class TermVocabulary {
  /** The term of each id: a syllable key, or two joined by BIGRAM_JOINER. */
  readonly terms: string[] = [];
  /** Syllables as written (case, tone placement) → syllable ids; several spellings share one key. */
  private readonly spellingSlots = new HashSlots();
  private readonly spellings: string[] = [];
  private readonly spellingSyllable: number[] = [];
  private readonly syllableIds = new Map<string, number>();
  private readonly syllableKeys: string[] = [];
  /** Unigram term id of each syllable id, -1 until first used, -2 for function words. */
  private readonly unigramTerm: number[] = [];
  private readonly bigramSlots = new HashSlots();
  private readonly bigramFirst: number[] = [];
  private readonly bigramSecond: number[] = [];
  private readonly bigramTerm: number[] = [];
  /** Term ids of the last scanned text. */
  private found = new Int32Array(4096);
  private foundCount = 0;

  get size(): number {
    return this.terms.length;
  }

  /**
   * The term ids of `text`, in text order with repeats. The array is a view of a buffer that the next
   * call overwrites.
   */
  scan(text: string): Int32Array {
    this.foundCount = 0;
    const nfc = text.normalize('NFC');
    const length = nfc.length;
    let previous = -1;
    let i = 0;
    while (i < length) {
      let flags = flagsAt(nfc, i);
      if (!(flags & SYLLABLE)) {
        if (flags & ENDS_CHUNK && this.endsChunk(nfc, i, flags)) previous = -1;
        i += flags & WIDE ? 2 : 1;
        continue;
      }
      // A syllable: hash its UTF-16 units (FNV-1a) while reading it, to look it up without a substring.
      const start = i;
      let hash = FNV_OFFSET;
      do {
        hash = Math.imul(hash ^ nfc.charCodeAt(i), FNV_PRIME);
        if (flags & WIDE) hash = Math.imul(hash ^ nfc.charCodeAt(i + 1), FNV_PRIME);
        i += flags & WIDE ? 2 : 1;
        flags = i < length ? flagsAt(nfc, i) : 0;
      } while (flags & SYLLABLE);
      const syllable = this.syllableId(nfc, start, i, hash);
      if (previous >= 0) this.emitBigram(previous, syllable);
      this.emitUnigram(syllable);
      previous = syllable;
    }
    return this.found.subarray(0, this.foundCount);
  }

  private emit(term: number): void {
    if (this.foundCount === this.found.length) {
      const grown = new Int32Array(this.found.length * 2);
      grown.set(this.found);
      this.found = grown;
    }
    this.found[this.foundCount++] = term;
  }

  /** Whether the non-syllable character at `i` (with class `flags`) ends a chunk. */
  private endsChunk(text: string, i: number, flags: number): boolean {
    if (flags & BREAK) return true;
    if (flags & DOT_OR_COMMA) return !(classBefore(text, i) & DIGIT) || !(classAt(text, i + 1) & DIGIT);
    if (flags & HYPHEN) {
      let before = i;
      while (classBefore(text, before) & HYPHEN) before--;
      let after = i + 1;
      while (classAt(text, after) & HYPHEN) after++;
      return Boolean(classBefore(text, before) & SPACE) && Boolean(classAt(text, after) & SPACE);
    }
    return false;
  }

  /** Syllable id of text[start, end), whose FNV-1a hash over UTF-16 units is `hash`. */
  private syllableId(text: string, start: number, end: number, hash: number): number {
    const slots = this.spellingSlots;
    let at = slots.first(hash);
    for (let id = slots.id(at); id >= 0; id = slots.id((at = slots.next(at)))) {
      if (slots.hash(at) === hash && sameText(this.spellings[id]!, text, start, end)) return this.spellingSyllable[id]!;
    }
    const spelling = this.addSpelling(text.slice(start, end));
    slots.insert(at, hash, spelling);
    return this.spellingSyllable[spelling]!;
  }

  private addSpelling(spelling: string): number {
    const key = matchKey(spelling);
    let syllable = this.syllableIds.get(key);
    if (syllable === undefined) {
      syllable = this.syllableKeys.length;
      this.syllableIds.set(key, syllable);
      this.syllableKeys.push(key);
      this.unigramTerm.push(FUNCTION_WORDS.has(key) ? -2 : -1);
    }
    this.spellings.push(spelling);
    this.spellingSyllable.push(syllable);
    return this.spellings.length - 1;
  }

  private emitUnigram(syllable: number): void {
    let term = this.unigramTerm[syllable]!;
    if (term === -2) return;
    if (term === -1) {
      term = this.newTerm(this.syllableKeys[syllable]!);
      this.unigramTerm[syllable] = term;
    }
    this.emit(term);
  }

  private emitBigram(first: number, second: number): void {
    // A function word on either side makes the bigram noise.
    if (this.unigramTerm[first] === -2 || this.unigramTerm[second] === -2) return;
    const hash = Math.imul(first, FNV_PRIME) ^ second;
    const slots = this.bigramSlots;
    let at = slots.first(hash);
    for (let id = slots.id(at); id >= 0; id = slots.id((at = slots.next(at)))) {
      if (this.bigramFirst[id] === first && this.bigramSecond[id] === second) {
        this.emit(this.bigramTerm[id]!);
        return;
      }
    }
    const term = this.newTerm(this.syllableKeys[first]! + BIGRAM_JOINER + this.syllableKeys[second]!);
    slots.insert(at, hash, this.bigramTerm.length);
    this.bigramFirst.push(first);
    this.bigramSecond.push(second);
    this.bigramTerm.push(term);
    this.emit(term);
  }

  private newTerm(term: string): number {
    this.terms.push(term);
    return this.terms.length - 1;
  }
}

function sameText(stored: string, text: string, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let i = 0; i < stored.length; i++) if (stored.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Similarity terms of one text, in text order with repeats (see TermVocabulary). */
export function termsOf(text: string): string[] {
  const vocabulary = new TermVocabulary();
  return Array.from(vocabulary.scan(text), (id) => vocabulary.terms[id]!);
}

/** Whether a term (unigram or bigram) is made only of genre-ubiquitous syllables. */
export function isGenreTerm(term: string): boolean {
  const joiner = term.indexOf(BIGRAM_JOINER);
  if (joiner < 0) return GENRE_WORDS.has(term);
  return GENRE_WORDS.has(term.slice(0, joiner)) && GENRE_WORDS.has(term.slice(joiner + 1));
}
