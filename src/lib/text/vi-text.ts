/**
 * Vietnamese text keys: NFC, diacritic folding (đ included), tone-mark placement and URL slugs.
 * Display text is never rewritten with these; they produce keys for matching, sorting and URLs.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const IS_COMBINING_MARK = /[\u0300-\u036f]/;
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
// Circumflex, breve, horn: a vowel carrying one of these takes the tone mark.
const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031b']);

export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC, with no-break and other odd spaces turned into plain spaces and runs collapsed. */
export function cleanSpaces(text: string): string {
  return nfc(text)
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/** Lower-case ASCII-ish key: every mark removed, đ→d (which has no Unicode decomposition). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** URL slug: folded, every run of characters outside a–z and 0–9 becomes one dash. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export type ToneStyle = 'old' | 'new';

interface Letter {
  base: string; // lower-case letter without marks
  quality: string; // circumflex, breve or horn, or ''
  tone: string; // tone mark or ''
  upper: boolean;
}

function splitLetters(syllable: string): Letter[] | null {
  const letters: Letter[] = [];
  for (const ch of syllable.normalize('NFD')) {
    if (IS_COMBINING_MARK.test(ch)) {
      const last = letters[letters.length - 1];
      if (!last) return null;
      if (TONE_MARKS.has(ch)) {
        if (last.tone) return null;
        last.tone = ch;
      } else if (QUALITY_MARKS.has(ch)) {
        last.quality = ch;
      } else {
        return null;
      }
      continue;
    }
    const lower = ch.toLowerCase();
    letters.push({ base: lower, quality: '', tone: '', upper: lower !== ch });
  }
  return letters;
}

function joinLetters(letters: Letter[]): string {
  return letters
    .map((l) => {
      const s = l.base + l.quality + l.tone;
      return l.upper ? s.toUpperCase() : s;
    })
    .join('')
    .normalize('NFC');
}

/** Index of the vowel that should carry the tone mark, or -1 if the syllable does not look Vietnamese. */
function toneSlot(letters: Letter[], style: ToneStyle): number {
  const isVowel = (i: number) => {
    const l = letters[i];
    return l !== undefined && VOWELS.has(l.base);
  };
  let start = 0;
  while (start < letters.length && !isVowel(start)) start++;
  // "qu" and "gi" act as consonants when another vowel follows: quý, già (but gìn).
  const onsetEnd = start;
  if (onsetEnd > 0 && isVowel(onsetEnd) && isVowel(onsetEnd + 1)) {
    const prev = letters[onsetEnd - 1]!.base;
    const here = letters[onsetEnd]!;
    if ((prev === 'q' && here.base === 'u') || (prev === 'g' && here.base === 'i' && onsetEnd === 1)) {
      start++;
    }
  }
  let end = start;
  while (end < letters.length && isVowel(end)) end++;
  if (end === start) return -1;
  for (let i = end; i < letters.length; i++) if (isVowel(i)) return -1;
  const nucleus = letters.slice(start, end);
  const hasCoda = end < letters.length;

  for (let i = nucleus.length - 1; i >= 0; i--) if (nucleus[i]!.quality) return start + i;
  if (nucleus.length === 1) return start;
  if (hasCoda) return end - 1;
  const pair = nucleus.map((l) => l.base).join('');
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return style === 'old' ? start : start + 1;
  if (nucleus.length === 3) return start + 1;
  return start;
}

function placeToneInSyllable(syllable: string, style: ToneStyle): string {
  const letters = splitLetters(syllable);
  if (!letters) return syllable;
  const toned = letters.findIndex((l) => l.tone);
  if (toned < 0) return syllable;
  const slot = toneSlot(letters, style);
  if (slot < 0 || slot === toned) return syllable;
  letters[slot]!.tone = letters[toned]!.tone;
  letters[toned]!.tone = '';
  return joinLetters(letters);
}

/**
 * Puts every tone mark where one spelling convention wants it: `old` gives hòa, khóa, ủy (the majority
 * in Party texts), `new` gives hoà, khoá, uỷ. Syllables that do not look Vietnamese are left alone.
 */
export function normalizeTonePlacement(text: string, style: ToneStyle = 'old'): string {
  return nfc(text).replace(/\p{L}+/gu, (syllable) => placeToneInSyllable(syllable, style));
}

/** Exact matching key: NFC, lower case, old-style tone placement. `Tỉnh Uỷ` and `tỉnh ủy` share it. */
export function matchKey(text: string): string {
  return normalizeTonePlacement(cleanSpaces(text).trim().toLocaleLowerCase('vi'));
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Vietnamese alphabetical order (a ă â … d đ …) that ignores tone-mark placement. */
export function compareVi(a: string, b: string): number {
  return collator.compare(matchKey(a), matchKey(b));
}
