/**
 * Helpers of `document-number.ts`: regular-expression building blocks for references to Party and state
 * documents (docs/domain.md §1.6), the code tables (§1.2, §1.3) and the canonical spelling of numbers,
 * codes and issuers (§1.7).
 *
 * Every pattern is built WITHOUT the `i` flag: case-insensitivity is spelled out letter by letter with
 * `ci()`. With `/iu`, `\p{Lu}` and `[IVX]` would also match lower-case letters, and the parts that must
 * stay case-sensitive (Roman numerals of terms and congresses, capitalised place names) would not be.
 * All patterns use the `u` flag and expect NFC text.
 */
import { fold } from '../text/vi-text.ts';

// ---------------------------------------------------------------------------------------------------
// Basic pieces
// ---------------------------------------------------------------------------------------------------

/** Horizontal whitespace, NBSP included; never a line break: a reference does not span lines. */
const HS = '[^\\S\\r\\n]';
export const SP = `${HS}+`;
export const OPT_SP = `${HS}*`;
/** Hyphen-minus and U+2010–U+2014 (‐ ‑ ‒ – —), as a character-class body. */
export const DASH_CHARS = '\\-\\u2010-\\u2014';
/** A dash between two parts of a number; writers put spaces around it (`100 - KL/TW`, `11/CT- UBND`). */
const DASH = `${OPT_SP}[${DASH_CHARS}]${OPT_SP}`;
const SLASH = `${OPT_SP}/${OPT_SP}`;
/** JS `\b` is ASCII-only even with /u (no boundary before `Đ` after a space): use look-arounds instead. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';
/**
 * Running number: 1–5 digits not glued to a preceding letter, digit, dot or slash. This rejects
 * phone numbers (`0293.3878.123`), class codes (`K135-G1/23`) and the tail of dates (`20/11/1982-…`).
 */
const NUMBER = '(?<![\\p{L}\\p{N}./])(?<num>\\d{1,5})';
const YEAR = '(?<year>(?:19|20)\\d\\d)';
/** Roman numeral 1–89 (terms, congress ordinals), upper case only, the whole token. */
export const ROMAN = `(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})${WORD_END}`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Case-insensitive pattern for a literal: each letter becomes `[xX]`, each space one or more horizontal
 * spaces. With `asciiD`, `Đ` also accepts `D` (English pages and ASCII text write `QD`, `ND`, `DU`).
 */
export function ci(literal: string, asciiD = false): string {
  let out = '';
  for (const ch of literal) {
    if (ch === ' ') {
      out += SP;
      continue;
    }
    const variants = new Set([ch.toLowerCase(), ch.toUpperCase()]);
    if (asciiD && ch.toLowerCase() === 'đ') {
      variants.add('d');
      variants.add('D');
    }
    out += variants.size > 1 ? `[${[...variants].join('')}]` : escapeRegExp(ch);
  }
  return out;
}

/** Alternation of literals, longest first so that `CTHĐ` wins over `CT` and `Bộ luật` over `Luật`. */
function anyOf(literals: readonly string[], asciiD = false): string {
  const sorted = [...new Set(literals)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((literal) => ci(literal, asciiD)).join('|')})`;
}

// ---------------------------------------------------------------------------------------------------
// Code tables (§1.2, §1.3)
// ---------------------------------------------------------------------------------------------------

export const PARTY_TYPE_CODES: readonly string[] = [
  'CTHĐ',
  'CTr',
  'CT',
  'NQLT',
  'NQ',
  'KL',
  'QĐi',
  'QĐ',
  'QC',
  'HDLT',
  'HD',
  'TTr',
  'TT',
  'TB',
  'BC',
  'KH',
  'ĐA',
  'DA',
  'CV',
  'BB',
  'CĐ',
  'PA',
];
export const STATE_TYPE_CODES: readonly string[] = [
  'TTLT',
  'TT',
  'NĐ',
  'NQLT',
  'NQ',
  'QĐ',
  'CT',
  'KH',
  'CĐ',
  'TB',
  'BC',
  'TTr',
  'HD',
  'QyĐ',
  'QC',
  'CTr',
  'PA',
  'ĐA',
  'DA',
  'PL',
  'TC',
];
/**
 * The matchers accept the union of both whitelists: the misformatted forms mix the styles
 * (`21/KL-TW` is a Party code in state punctuation), and punctuation, not the code, decides the system.
 */
export const TYPE_CODES: readonly string[] = [...new Set([...PARTY_TYPE_CODES, ...STATE_TYPE_CODES])];
const TYPE_CODE = `(?<type>${anyOf(TYPE_CODES, true)})`;

/**
 * Type words as printed before a number, with the document kind they name (§1.6, "Context").
 * `Quy định` is QĐi for the Party; the caller turns it into QyĐ for a state document.
 */
export const TYPE_WORDS: readonly (readonly [word: string, kind: string])[] = [
  ['Chương trình hành động', 'CTHĐ'],
  ['Thông tư liên tịch', 'TTLT'],
  ['Hướng dẫn liên tịch', 'HDLT'],
  ['Nghị quyết liên tịch', 'NQLT'],
  ['Thông báo kết luận', 'TB'],
  ['Nghị quyết', 'NQ'],
  ['Chỉ thị', 'CT'],
  ['Kết luận', 'KL'],
  ['Quy định', 'QĐi'],
  ['Quyết định', 'QĐ'],
  ['Quy chế', 'QC'],
  ['Hướng dẫn', 'HD'],
  ['Thông tri', 'TT'],
  ['Thông báo', 'TB'],
  ['Thông cáo', 'TC'],
  ['Báo cáo', 'BC'],
  ['Kế hoạch', 'KH'],
  ['Chương trình', 'CTr'],
  ['Đề án', 'ĐA'],
  ['Dự án', 'DA'],
  ['Phương án', 'PA'],
  ['Tờ trình', 'TTr'],
  ['Biên bản', 'BB'],
  ['Công văn', 'CV'],
  ['Công điện', 'CĐ'],
  ['Nghị định', 'NĐ'],
  ['Thông tư', 'TT'],
  ['Bộ luật', 'BL'],
  ['Luật', 'L'],
  ['Pháp lệnh', 'PL'],
  ['Văn bản', 'VB'],
  ['Điều lệ', 'ĐL'],
];

/** Kind code of a type word as printed (any case, any spacing), or undefined. */
export function typeWordKind(printed: string): string | undefined {
  const key = printed.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  return TYPE_WORDS.find(([word]) => word.toLocaleLowerCase('vi') === key)?.[1];
}

// ---------------------------------------------------------------------------------------------------
// Issuers
// ---------------------------------------------------------------------------------------------------

/** A letter then up to 11 letters or inner dots (`T.Ư`); a trailing dot is the sentence's, not the issuer's. */
const PARTY_ISSUER_PART = '\\p{L}(?:\\p{L}|\\.(?=\\p{L})){0,11}';
/** Optionally dash-joined to a second issuer (joint guidance `…-HDLT/BTCTW-BNV`), nothing glued after. */
const PARTY_ISSUER = `(?<issuer>${PARTY_ISSUER_PART}(?:[${DASH_CHARS}]${PARTY_ISSUER_PART})?)${WORD_END}`;
const STATE_ISSUER_PART = '\\p{L}[\\p{L}\\p{N}]{0,15}';
/**
 * `QH15`, `BNV-VPCP`, `UBND-VX`. Spaces are allowed around the dash that ends the type code
 * (`11/CT- UBND`) but not between joined issuer parts, where they would swallow the next word.
 * `T.Ư` is tried first: a Party issuer written in state style (`148/QĐ-T.Ư`).
 */
const STATE_ISSUER = `(?<issuer>T\\.[ƯưWw]|${STATE_ISSUER_PART}(?:[${DASH_CHARS}]${STATE_ISSUER_PART})*)${WORD_END}`;

// ---------------------------------------------------------------------------------------------------
// Numbered forms (§1.6 S1, P1, P2, S2, S3, S4)
// ---------------------------------------------------------------------------------------------------

/** Optional `số` / `số:` / `:` between a type word and its number. */
const SO = `(?:${SP}${ci('số')})?(?:${OPT_SP}:)?${OPT_SP}`;

/** S1 state legal: `100/2019/NĐ-CP`, `202/2025/QH15`, `55/2005/TTLT-BNV-VPCP`. */
export const S1_STATE_LEGAL = new RegExp(
  `${NUMBER}${SLASH}${YEAR}${SLASH}(?:${TYPE_CODE}${DASH})?${STATE_ISSUER}`,
  'gu',
);
/** P1 Party: `22-NQ/TW`, `100 - KL/TW`, `21 – NQ/TW`, `05-ct/tw`. */
export const P1_PARTY = new RegExp(`${NUMBER}${DASH}${TYPE_CODE}${SLASH}${PARTY_ISSUER}`, 'gu');
/** P2 Party with two slashes: `123/QĐ/QUTW`. */
export const P2_PARTY_TWO_SLASHES = new RegExp(`${NUMBER}${SLASH}${TYPE_CODE}${SLASH}${PARTY_ISSUER}`, 'gu');
/** S2 state administrative: `11/CT- UBND`, `2500/QĐ-BGDĐT` (and Party numbers in that style, `148/QĐ-TW`). */
export const S2_STATE_ADMIN = new RegExp(`${NUMBER}${SLASH}${TYPE_CODE}${DASH}${STATE_ISSUER}`, 'gu');
/**
 * S3 state công văn `1234/UBND-VX`: no type code, so only directly after the word `Công văn`.
 * The drafting unit is optional (a ministry's công văn is often just `1234/BNV`).
 */
export const S3_STATE_CONG_VAN = new RegExp(
  `${WORD_START}(?<word>${ci('Công văn')})${SO}${NUMBER}${SLASH}` +
    `(?<issuer>${STATE_ISSUER_PART}(?:${DASH}${STATE_ISSUER_PART})?)${WORD_END}`,
  'gu',
);
/** S4 state short `Nghị định 100/2019`: number / year with nothing after, only after these words. */
export const S4_STATE_SHORT = new RegExp(
  `${WORD_START}(?<word>${anyOf(['Nghị định', 'Thông tư', 'Bộ luật', 'Luật', 'Nghị quyết', 'Quyết định'])})` +
    `${SO}${NUMBER}${SLASH}${YEAR}(?!${OPT_SP}/|[${DASH_CHARS}]|[\\p{L}\\p{N}])`,
  'gu',
);

// ---------------------------------------------------------------------------------------------------
// Plenum and congress resolutions (§1.4, §1.6 PL and DH)
// ---------------------------------------------------------------------------------------------------

const NQ_HEAD = `${WORD_START}(?<word>${ci('Nghị quyết')}|NQ)`;
const KHOA = anyOf(['khóa', 'khoá', 'khoa']);
const CENTRAL = `(?:${ci('Trung ương')}|TW|TƯ|T\\.Ư|T\\.W)`;
const PLENUM_NUMBER = `(?<plenum>\\d{1,2})(?![\\p{L}\\p{N}]|${OPT_SP}[/${DASH_CHARS}]${OPT_SP}\\p{N})`;
/** `(lần 2)`: the second session of the same plenum (`Trung ương 6 (lần 2)`, khóa VIII). */
const SESSION = `(?:${OPT_SP}\\(${OPT_SP}${ci('lần')}${SP}(?<session>\\d{1,2})${OPT_SP}\\))?`;
/** Term in parentheses, after a comma or just after a space; Roman or Arabic (`khóa 11`). */
const TERM_VALUE = `(?:${ROMAN}|\\d{1,2}${WORD_END})`;
const PLENUM_TERM =
  `(?:${OPT_SP}\\(${OPT_SP}${KHOA}${SP}(?<termInParens>${TERM_VALUE})${OPT_SP}\\)` +
  `|(?:${OPT_SP},${OPT_SP}|${SP})${KHOA}${SP}(?<term>${TERM_VALUE}))?`;
const HOI_NGHI = `(?:${SP}${ci('Hội nghị')})?`;
const BCH = `(?:${SP}${ci('Ban Chấp hành')})?`;

/** Ordinal words after `lần thứ` (1–18), longest first so that `mười tám` wins over `mười`. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  'mười tám': 18,
  'mười bảy': 17,
  'mười sáu': 16,
  'mười lăm': 15,
  'mười bốn': 14,
  'mười ba': 13,
  'mười hai': 12,
  'mười một': 11,
  mười: 10,
  nhất: 1,
  một: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

/** PL, short form: `Nghị quyết Trung ương 4 (khóa XI)`, `Nghị quyết TW4 (khóa XIII)`, `NQ T.Ư 6 (lần 2)`. */
export const PL_PLENUM_SHORT = new RegExp(
  `${NQ_HEAD}${HOI_NGHI}${BCH}${OPT_SP}${CENTRAL}${OPT_SP}${PLENUM_NUMBER}${SESSION}${PLENUM_TERM}`,
  'gu',
);
/** PL, long form: `Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII`. */
export const PL_PLENUM_LONG = new RegExp(
  `${NQ_HEAD}${HOI_NGHI}${SP}${ci('lần thứ')}${SP}` +
    `(?:(?<ordinalWord>${anyOf(Object.keys(ORDINAL_WORDS))})${WORD_END}|${PLENUM_NUMBER})` +
    `${BCH}${SP}${CENTRAL}(?:${SP}${ci('Đảng')})?${SESSION}${PLENUM_TERM}`,
  'gu',
);

const DAI_HOI = `${SP}${ci('Đại hội')}(?:${SP}${ci('đại biểu')})?`;
/** DH national: `Nghị quyết Đại hội XIII`, `… Đại hội đại biểu toàn quốc lần thứ XIII`. */
export const DH_NATIONAL = new RegExp(
  `${NQ_HEAD}${DAI_HOI}(?:${SP}${ci('Đảng')})?(?:${SP}${ci('toàn quốc')})?(?:${SP}${ci('lần thứ')})?` +
    `${SP}(?<ordinal>${ROMAN})`,
  'gu',
);
/** Local levels, as printed after `Đảng bộ`. */
export const CONGRESS_LEVELS: readonly string[] = [
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
];
/** DH local: `Nghị quyết Đại hội Đảng bộ huyện lần thứ XX`, optional capitalised name of ≤ 4 syllables. */
export const DH_LOCAL = new RegExp(
  `${NQ_HEAD}${DAI_HOI}${SP}${ci('Đảng bộ')}${SP}(?<level>${anyOf(CONGRESS_LEVELS)})${WORD_END}` +
    `(?<name>(?:${SP}\\p{Lu}\\p{Ll}*){0,4})${SP}${ci('lần thứ')}${SP}(?<ordinal>${ROMAN})`,
  'gu',
);

// ---------------------------------------------------------------------------------------------------
// Bare back-references (§1.6 B)
// ---------------------------------------------------------------------------------------------------

/** Strong type words may drop `số` (`Chỉ thị 29`). */
export const BARE_STRONG_WORDS: readonly string[] = [
  'Nghị quyết',
  'Chỉ thị',
  'Kết luận',
  'Quy định',
  'Quyết định',
  'Hướng dẫn',
  'Nghị định',
  'Thông tư',
  'Thông tri',
  'Quy chế',
];
/**
 * Weak type words need `số`. DEVIATION from §1.6, which lists `Đề án` as strong: seed 001 has
 * "Ban Chủ nhiệm Đề án 587", and a scheme is usually named after the decision that approved it, so a
 * bare `Đề án N` is not the scheme's own number. `Đề án số N` still counts.
 */
export const BARE_WEAK_WORDS: readonly string[] = [
  'Báo cáo',
  'Kế hoạch',
  'Chương trình hành động',
  'Chương trình',
  'Công văn',
  'Thông báo',
  'Đề án',
  'Dự án',
  'Tờ trình',
  'Công điện',
  'Phương án',
];
/**
 * Words that make a number a quantity, not a document (`5 năm`, `2 lần`, `19 chi bộ`). `điều` is not in
 * the notes' list: added for `Quy định 19 điều`.
 */
const UNIT_WORDS = anyOf(['năm', 'tháng', 'ngày', 'tuần', 'quý', 'lần', 'người', 'đảng viên', 'chi bộ', 'xã', 'điều']);
/** What must not follow a bare number: more of a number (`-`, `/`, `.5`, `,5`), a percent or a unit word. */
const BARE_END =
  `(?![\\p{L}\\p{N}]|[/${DASH_CHARS}]|${SP}[/${DASH_CHARS}]${OPT_SP}\\p{N}|[.,]\\p{N}` +
  `|${OPT_SP}%|${SP}${UNIT_WORDS}${WORD_END})`;
const BARE_NUMBER = '(?<![\\p{L}\\p{N}./])(?<num>\\d{1,4})';

export const B_BARE_STRONG = new RegExp(
  `${WORD_START}(?<word>${anyOf(BARE_STRONG_WORDS)})${SO}${BARE_NUMBER}${BARE_END}`,
  'gu',
);
export const B_BARE_WEAK = new RegExp(
  `${WORD_START}(?<word>${anyOf(BARE_WEAK_WORDS)})${SP}${ci('số')}(?:${OPT_SP}:)?${OPT_SP}${BARE_NUMBER}${BARE_END}`,
  'gu',
);

// ---------------------------------------------------------------------------------------------------
// Context around a match (§1.6 "Context read around a match")
// ---------------------------------------------------------------------------------------------------

/** Type word (and `số`, `số:`, `:`) ending right where a number starts; run on the text just before it. */
export const TYPE_WORD_BEFORE = new RegExp(
  `${WORD_START}(?<word>${anyOf(TYPE_WORDS.map(([word]) => word))})${SO}$`,
  'u',
);
/** How far back the type word is looked for; the longest prefix, `Chương trình hành động số: `, has 27 characters. */
export const TYPE_WORD_LOOKBACK = 60;

/**
 * Date right after a reference (sticky: anchored where the reference ends): optional `,` `;` `(`,
 * optional `(được) ban hành`, then `ngày D-M-YYYY` with the same separator twice, or the long form.
 */
export const DATE_AFTER = new RegExp(
  `${OPT_SP}(?:[,;(]${OPT_SP})?(?:(?:${ci('được')}${SP})?${ci('ban hành')}${SP})?${ci('ngày')}${SP}` +
    `(?:(?<day>\\d{1,2})${OPT_SP}(?<sep>[\\-/.])${OPT_SP}(?<month>\\d{1,2})${OPT_SP}\\k<sep>${OPT_SP}(?<year>\\d{4})` +
    `|(?<longDay>\\d{1,2})${SP}${ci('tháng')}${SP}(?<longMonth>\\d{1,2})${SP}${ci('năm')}${SP}(?<longYear>\\d{4}))` +
    '(?!\\d)',
  'uy',
);

/** `khóa X` (any spelling of khóa, Roman numeral in capitals) in the text after a reference. */
export const TERM_AFTER = new RegExp(`${WORD_START}${KHOA}${SP}(?<term>${ROMAN})`, 'u');
export const TERM_LOOKAHEAD = 90;
/** The term search stops at a sentence end (a dot before a space, not the dot of `T.Ư`), `;`, `:` or a line break. */
export const TERM_STOP = /[;:\r\n]|\.(?=\s|$)/u;

// ---------------------------------------------------------------------------------------------------
// Canonical spelling of numbers, codes and issuers (§1.7)
// ---------------------------------------------------------------------------------------------------

/** Printed code (any case, ASCII D) → whitelist spelling: exact upper-case spelling first, then folded (QD→QĐ). */
const TYPE_CODE_BY_KEY = new Map<string, string>();
for (const code of TYPE_CODES) TYPE_CODE_BY_KEY.set(code.toUpperCase(), code);
for (const code of TYPE_CODES) {
  const key = fold(code).toUpperCase();
  // `DA` keeps its own entry: in ASCII, Dự án and Đề án look alike.
  if (!TYPE_CODE_BY_KEY.has(key)) TYPE_CODE_BY_KEY.set(key, code);
}

export function canonicalTypeCode(printed: string, wordKind: string | undefined): string {
  const upper = printed.toUpperCase();
  const code = TYPE_CODE_BY_KEY.get(upper) ?? TYPE_CODE_BY_KEY.get(fold(upper).toUpperCase()) ?? upper;
  return code === 'DA' && wordKind === 'ĐA' ? 'ĐA' : code;
}

const ISSUER_PART_SEPARATOR = /[-\u2010-\u2014]/;

const PARTY_ISSUER_SPELLING: Readonly<Record<string, string>> = {
  TXU: 'TxU',
  THU: 'ThU',
  DU: 'ĐU',
  DUK: 'ĐUK',
  DD: 'ĐĐ',
  BCD: 'BCĐ',
  BCSD: 'BCSĐ',
  BDNTW: 'BĐNTW',
  BDN: 'BĐN',
};

/** `TƯ`, `T.Ư`, `T.W` → `TW` (also at the end: `BTCTƯ`); ASCII D → Đ for known codes; others upper-cased. */
export function canonicalPartyIssuer(printed: string): string {
  return printed
    .split(ISSUER_PART_SEPARATOR)
    .map((part) => {
      const code = part.replace(/\./g, '').toUpperCase().replace(/TƯ$/, 'TW');
      return PARTY_ISSUER_SPELLING[code] ?? code;
    })
    .join('-');
}

const STATE_ISSUER_SPELLING: Readonly<Record<string, string>> = {
  TTG: 'TTg',
  HDND: 'HĐND',
  BGDDT: 'BGDĐT',
  BKHDT: 'BKHĐT',
  BLDTBXH: 'BLĐTBXH',
};

/** Upper case, spaces removed, dashes normalised; keeps `TTg`; `HDND` → `HĐND`. */
export function canonicalStateIssuer(printed: string): string {
  return printed
    .replace(/\s+/g, '')
    .split(ISSUER_PART_SEPARATOR)
    .map((part) => {
      const code = part.toUpperCase();
      return STATE_ISSUER_SPELLING[code] ?? code;
    })
    .join('-');
}

/** State bodies (§1.3): government, National Assembly, people's committees and councils, courts, ministries B…. */
const STATE_ISSUER_HEAD = /^(?:CP|TTG|UBND|HĐND|HDND|(?:UBTV)?QH\d*|VPCP|CTN|TANDTC|VKSNDTC|KTNN|NHNN|(?:UB)?MTTQ.*)$/u;
/** Party boards whose codes also start with B (Ban Tổ chức, Tuyên giáo, Dân vận, Nội chính…): not ministries. */
const PARTY_B_BOARD = /^B(?:TC|TG|DV|NC|KT|ĐN|DN|CĐ|CD|CS|CH|BT|CT|TV)/u;

export function isStateIssuer(issuer: string): boolean {
  const head = (issuer.split('-')[0] ?? '').toUpperCase();
  return STATE_ISSUER_HEAD.test(head) || (head.startsWith('B') && !PARTY_B_BOARD.test(head));
}

/** Party committees and central boards: what makes `148/QĐ-TW` a Party number in state style. */
const PARTY_ISSUER_HEAD = /^(?:TW|TU|HU|QU|TXU|THU|ĐU|ĐUK|.+TW|(?:BTC|BTG|BDV|BTGDV|UBKT|VP)TU)$/u;

export function isPartyIssuer(partyCanonicalIssuer: string): boolean {
  return PARTY_ISSUER_HEAD.test((partyCanonicalIssuer.split('-')[0] ?? '').toUpperCase());
}

// ---------------------------------------------------------------------------------------------------
// Roman numerals
// ---------------------------------------------------------------------------------------------------

/** Arabic term (`khóa 11`) → Roman (`XI`); '' for 0. */
export function intToRoman(value: number): string {
  const steps: readonly (readonly [number, string])[] = [
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [step, letters] of steps) {
    while (rest >= step) {
      out += letters;
      rest -= step;
    }
  }
  return out;
}
