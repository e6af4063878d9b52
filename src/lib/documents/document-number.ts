/**
 * References to Party and state documents in Vietnamese text (docs/domain.md §1):
 * - `parseDocumentNumber`: one number typed by an editor (frontmatter, registry) → canonical form;
 * - `findDocumentMentions`: every reference in running text, with the type word, date and term around it;
 * - `resolveBackReferences`: "Chỉ thị số 29" → the `29-CT/TU` cited earlier in the same text.
 *
 * Canonical forms follow §1.7: Party `22-NQ/TW`, state `100/2019/NĐ-CP`, plenum `NQ-TW4-KXI`, congress
 * `NQ-DH-XIII` / `NQ-DH-huyện-XX`. Numbers repeat across terms and years, so the page key (slug + year,
 * plus the province for a local body) is built by the registry, not here.
 */
import {
  B_BARE_STRONG,
  B_BARE_WEAK,
  DATE_AFTER,
  DH_LOCAL,
  DH_NATIONAL,
  ORDINAL_WORDS,
  P1_PARTY,
  P2_PARTY_TWO_SLASHES,
  PL_PLENUM_LONG,
  PL_PLENUM_SHORT,
  S1_STATE_LEGAL,
  S2_STATE_ADMIN,
  S3_STATE_CONG_VAN,
  S4_STATE_SHORT,
  TERM_AFTER,
  TERM_LOOKAHEAD,
  TERM_STOP,
  TYPE_WORD_BEFORE,
  TYPE_WORD_LOOKBACK,
  canonicalPartyIssuer,
  canonicalStateIssuer,
  canonicalTypeCode,
  intToRoman,
  isPartyIssuer,
  isStateIssuer,
  typeWordKind,
} from './document-number-patterns.ts';
import { cleanSpaces, nfc, slugify } from '../text/vi-text.ts';
import { canonicalNumber, withoutLeadingZeros } from './running-number-spelling.ts';

export type DocumentSystem = 'party' | 'state';
export type ReferenceForm =
  | 'party'
  | 'party-two-slashes'
  | 'misformatted-party'
  | 'state-legal'
  | 'state-admin'
  | 'state-cong-van'
  | 'state-short'
  | 'misformatted-state'
  | 'plenum'
  | 'congress'
  | 'bare';

/** A fully identified document number (no year/province: those come from a registry). */
export interface DocumentNumber {
  system: DocumentSystem;
  /** How it was written. */
  form: ReferenceForm;
  /** Canonical running number, e.g. '05', '22', '1014' ('' for plenum/congress). */
  number: string;
  /** As in the canonical symbol: 'NQ', 'CT', 'KL', 'QĐ', 'QĐi', 'HD', 'CV'…; '' when it has none (`202/2025/QH15`). */
  typeCode: string;
  /** Document kind: from the type word if present, else from the code (Quy định printed with QĐ → 'QĐi'). */
  kind: string;
  /** Canonical issuer: 'TW', 'TU', 'BTG', 'BTGDVTW', 'CP', 'QH15', 'UBND'…; '' for a local congress or unknown suffix. */
  issuer: string;
  /** Only when the symbol itself carries it (state legal form 100/2019/NĐ-CP). */
  year?: number;
  canonical: string;
  slug: string;
  /** Roman Party term (khóa) when given, e.g. 'X', 'XIII'. */
  term?: string;
  /** Plenum number (`Trung ương 4` → 4). */
  plenum?: number;
  /** Second session of a plenum (`Trung ương 6 (lần 2)` → 2). */
  session?: number;
  /** Congress ordinal, Roman ('XIII', 'XX'). */
  ordinal?: string;
  /** Local congress level as printed, lower case ('huyện', 'thị xã'). */
  level?: string;
  /** Local congress unit name when printed ('Thường Xuân'). */
  unitName?: string;
}

export interface DocumentMention {
  /**
   * UTF-16 offsets in the NFC form of the input. The span covers the type word (and 'số'/'số:') directly
   * before the number, never a following date.
   */
  start: number;
  end: number;
  text: string;
  /** E.g. 'Nghị quyết', as printed. */
  typeWord?: string;
  /** Absent only for bare back-references. */
  doc?: DocumentNumber;
  /** For form 'bare' ("Chỉ thị số 29"): kind code and canonical number ('29', '05'). */
  bare?: { kind: string; number: string };
  /** 'YYYY-MM-DD' when a valid date directly follows the reference. */
  date?: string;
  /** Roman khóa found right after the reference (or inside a plenum reference). */
  term?: string;
}

// ---------------------------------------------------------------------------------------------------
// Kind labels
// ---------------------------------------------------------------------------------------------------

export const DOCUMENT_KIND_LABELS: Readonly<Record<string, string>> = Object.freeze({
  NQ: 'Nghị quyết',
  NQLT: 'Nghị quyết liên tịch',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  QĐ: 'Quyết định',
  QC: 'Quy chế',
  HD: 'Hướng dẫn',
  HDLT: 'Hướng dẫn liên tịch',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  TB: 'Thông báo',
  TC: 'Thông cáo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  CTHĐ: 'Chương trình hành động',
  ĐA: 'Đề án',
  DA: 'Dự án',
  PA: 'Phương án',
  TTr: 'Tờ trình',
  BB: 'Biên bản',
  CV: 'Công văn',
  CĐ: 'Công điện',
  NĐ: 'Nghị định',
  PL: 'Pháp lệnh',
  BL: 'Bộ luật',
  L: 'Luật',
  VB: 'Văn bản',
  ĐL: 'Điều lệ',
});

/** Vietnamese name of a kind code (TT: Thông tri for the Party, Thông tư for the state); unknown codes as given. */
export function kindLabel(kind: string, system?: DocumentSystem): string {
  if (kind === 'TT' && system === 'party') return 'Thông tri';
  return DOCUMENT_KIND_LABELS[kind] ?? kind;
}

function kindOf(system: DocumentSystem, typeCode: string, wordKind: string | undefined): string {
  // The state abbreviation of Quy định is QyĐ (NĐ 30/2020); the type-word table gives the Party's QĐi.
  if (wordKind) return system === 'state' && wordKind === 'QĐi' ? 'QyĐ' : wordKind;
  return typeCode;
}

function partyDoc(form: ReferenceForm, num: string, type: string, issuer: string, wordKind?: string): DocumentNumber {
  const typeCode = canonicalTypeCode(type, wordKind);
  const number = canonicalNumber(num);
  const canonical = `${number}-${typeCode}/${issuer}`;
  const kind = kindOf('party', typeCode, wordKind);
  return { system: 'party', form, number, typeCode, kind, issuer, canonical, slug: slugify(canonical) };
}

interface StateParts {
  num: string;
  type?: string;
  issuer: string;
  year?: string;
  wordKind?: string;
}

/** `NN/YYYY/TYPE-ISSUER`, `NN/YYYY/QHnn`, `NN/TYPE-ISSUER`, `NN/ISSUER-UNIT`; an unknown suffix leaves `NN/YYYY`. */
function stateDoc(form: ReferenceForm, parts: StateParts): DocumentNumber {
  const typeCode = parts.type ? canonicalTypeCode(parts.type, parts.wordKind) : '';
  const number = canonicalNumber(parts.num);
  const suffix = [typeCode, parts.issuer].filter((part) => part !== '').join('-');
  const canonical = [number, parts.year, suffix].filter((part) => part !== undefined && part !== '').join('/');
  const doc: DocumentNumber = {
    system: 'state',
    form,
    number,
    typeCode,
    kind: kindOf('state', typeCode, parts.wordKind),
    issuer: parts.issuer,
    canonical,
    slug: slugify(canonical),
  };
  if (parts.year) doc.year = Number(parts.year);
  return doc;
}

// ---------------------------------------------------------------------------------------------------
// Recognisers, in the matching order of §1.6
// ---------------------------------------------------------------------------------------------------

interface Candidate {
  start: number;
  end: number;
  typeWord?: string;
  doc?: DocumentNumber;
  bare?: { kind: string; number: string };
  term?: string;
}

/** What a recogniser builds from one match; the span is filled in by the scanner. */
type Built = Omit<Candidate, 'start' | 'end'>;
type Groups = Readonly<Record<string, string | undefined>>;

interface TypeWord {
  start: number;
  word: string;
  kind: string | undefined;
}

interface Recognizer {
  pattern: RegExp;
  /** Numbered forms (S1, P1, P2, S2) read their type word from the text before the match. */
  readsTypeWordBefore: boolean;
  build(groups: Groups, typeWord: TypeWord | undefined): Built | null;
}

function group(groups: Groups, name: string): string {
  return groups[name] ?? '';
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Party-style punctuation; a state body as issuer (`35-NQ/CP`) is a state number in Party style. */
function buildPartyStyle(form: ReferenceForm, groups: Groups, word: TypeWord | undefined): DocumentNumber {
  const num = group(groups, 'num');
  const type = group(groups, 'type');
  const printedIssuer = group(groups, 'issuer');
  const issuer = canonicalPartyIssuer(printedIssuer);
  if (isStateIssuer(issuer)) {
    return stateDoc('misformatted-state', {
      num,
      type,
      issuer: canonicalStateIssuer(printedIssuer),
      wordKind: word?.kind,
    });
  }
  return partyDoc(form, num, type, issuer, word?.kind);
}

/** State-style punctuation; a Party issuer (`148/QĐ-TW`) makes it a Party number in state style. */
function buildStateAdmin(groups: Groups, word: TypeWord | undefined): DocumentNumber {
  const num = group(groups, 'num');
  const type = group(groups, 'type');
  const printedIssuer = group(groups, 'issuer');
  const partyIssuer = canonicalPartyIssuer(printedIssuer);
  if (isPartyIssuer(partyIssuer)) return partyDoc('misformatted-party', num, type, partyIssuer, word?.kind);
  return stateDoc('state-admin', { num, type, issuer: canonicalStateIssuer(printedIssuer), wordKind: word?.kind });
}

function termFrom(printed: string | undefined): string | undefined {
  if (!printed) return undefined;
  if (!/^\d+$/.test(printed)) return printed;
  const roman = intToRoman(Number(printed)); // `khóa 11` → XI
  return roman === '' ? undefined : roman;
}

/** Plenum and congress resolutions: Party resolutions without a number of their own. */
const NUMBERLESS_RESOLUTION = { system: 'party', number: '', typeCode: 'NQ', kind: 'NQ' } as const;

function plenumDoc(plenum: number, session: number | undefined, term: string | undefined): DocumentNumber {
  let canonical = `NQ-TW${plenum}`;
  let slug = `nq-tw${plenum}`;
  if (session !== undefined) {
    canonical += `-L${session}`;
    slug += `-lan-${session}`;
  }
  if (term) {
    canonical += `-K${term}`;
    slug += `-khoa-${term.toLowerCase()}`;
  }
  const doc: DocumentNumber = { ...NUMBERLESS_RESOLUTION, form: 'plenum', issuer: 'TW', canonical, slug, plenum };
  if (session !== undefined) doc.session = session;
  if (term) doc.term = term;
  return doc;
}

function buildPlenum(groups: Groups): Built | null {
  const ordinalWord = groups['ordinalWord'];
  const plenum = ordinalWord
    ? ORDINAL_WORDS[collapse(ordinalWord).toLocaleLowerCase('vi')]
    : Number(group(groups, 'plenum'));
  if (!plenum) return null;
  const session = groups['session'] ? Number(groups['session']) : undefined;
  const term = termFrom(groups['termInParens'] ?? groups['term']);
  const candidate: Built = { doc: plenumDoc(plenum, session, term) };
  if (term) candidate.term = term;
  return withHeadWord(candidate, groups);
}

/** `Nghị quyết` as printed is the type word; the code `NQ` is not a word. */
function withHeadWord(candidate: Built, groups: Groups): Built {
  const word = groups['word'];
  if (word && word !== 'NQ') candidate.typeWord = collapse(word);
  return candidate;
}

const RECOGNIZERS: readonly Recognizer[] = [
  {
    // S1 state legal: 100/2019/NĐ-CP
    pattern: S1_STATE_LEGAL,
    readsTypeWordBefore: true,
    build: (groups, word) => {
      const issuer = canonicalStateIssuer(group(groups, 'issuer'));
      const parts = {
        num: group(groups, 'num'),
        type: groups['type'],
        year: groups['year'],
        issuer,
        wordKind: word?.kind,
      };
      return { doc: stateDoc('state-legal', parts) };
    },
  },
  {
    pattern: P1_PARTY,
    readsTypeWordBefore: true,
    build: (groups, word) => ({ doc: buildPartyStyle('party', groups, word) }),
  },
  {
    pattern: P2_PARTY_TWO_SLASHES,
    readsTypeWordBefore: true,
    build: (groups, word) => ({ doc: buildPartyStyle('party-two-slashes', groups, word) }),
  },
  {
    pattern: S2_STATE_ADMIN,
    readsTypeWordBefore: true,
    build: (groups, word) => ({ doc: buildStateAdmin(groups, word) }),
  },
  {
    // S3 state công văn: the type word is part of the pattern.
    pattern: S3_STATE_CONG_VAN,
    readsTypeWordBefore: false,
    build: (groups) => {
      const issuer = canonicalStateIssuer(group(groups, 'issuer'));
      const doc = stateDoc('state-cong-van', { num: group(groups, 'num'), issuer, wordKind: 'CV' });
      return { typeWord: collapse(group(groups, 'word')), doc };
    },
  },
  {
    // S4 state short: `Nghị định 100/2019` is completed to NĐ-CP; other words leave the suffix unknown.
    pattern: S4_STATE_SHORT,
    readsTypeWordBefore: false,
    build: (groups) => {
      const typeWord = collapse(group(groups, 'word'));
      const wordKind = typeWordKind(typeWord);
      const decree = wordKind === 'NĐ';
      const parts = { num: group(groups, 'num'), year: groups['year'], wordKind };
      const doc = stateDoc('state-short', decree ? { ...parts, type: 'NĐ', issuer: 'CP' } : { ...parts, issuer: '' });
      return { typeWord, doc };
    },
  },
  { pattern: PL_PLENUM_SHORT, readsTypeWordBefore: false, build: buildPlenum },
  { pattern: PL_PLENUM_LONG, readsTypeWordBefore: false, build: buildPlenum },
  {
    pattern: DH_NATIONAL,
    readsTypeWordBefore: false,
    build: (groups) => {
      const ordinal = group(groups, 'ordinal');
      const canonical = `NQ-DH-${ordinal}`;
      const slug = `nq-dai-hoi-${ordinal.toLowerCase()}`;
      const doc: DocumentNumber = {
        ...NUMBERLESS_RESOLUTION,
        form: 'congress',
        issuer: 'TW',
        canonical,
        slug,
        ordinal,
      };
      return withHeadWord({ doc }, groups);
    },
  },
  {
    pattern: DH_LOCAL,
    readsTypeWordBefore: false,
    build: (groups) => {
      const ordinal = group(groups, 'ordinal');
      const level = collapse(group(groups, 'level')).toLocaleLowerCase('vi');
      const unitName = collapse(group(groups, 'name'));
      const canonical = `NQ-DH-${level}-${ordinal}`;
      // No issuer: the congress belongs to the unit named in the text (the key adds locality and name).
      const slug = `nq-dai-hoi-${slugify(level)}-${ordinal.toLowerCase()}`;
      const doc: DocumentNumber = {
        ...NUMBERLESS_RESOLUTION,
        form: 'congress',
        issuer: '',
        canonical,
        slug,
        ordinal,
        level,
      };
      if (unitName) doc.unitName = unitName;
      return withHeadWord({ doc }, groups);
    },
  },
  ...[B_BARE_STRONG, B_BARE_WEAK].map((pattern): Recognizer => ({
    pattern,
    readsTypeWordBefore: false,
    build: (groups) => {
      const typeWord = collapse(group(groups, 'word'));
      const bare = { kind: typeWordKind(typeWord) ?? '', number: canonicalNumber(group(groups, 'num')) };
      return { typeWord, bare };
    },
  })),
];

/** The type word (with `số`, `số:`, `:`) that ends exactly where a numbered reference starts. */
function typeWordBefore(text: string, at: number): TypeWord | undefined {
  const from = Math.max(0, at - TYPE_WORD_LOOKBACK);
  const match = TYPE_WORD_BEFORE.exec(text.slice(from, at));
  const word = match?.groups?.['word'];
  if (!match || !word) return undefined;
  const printed = collapse(word);
  return { start: from + match.index, word: printed, kind: typeWordKind(printed) };
}

function overlaps(a: { start: number; end: number }, accepted: readonly Candidate[]): boolean {
  return accepted.some((b) => a.start < b.end && b.start < a.end);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A valid date (years 1930–2100) directly after `at` (§1.6), as YYYY-MM-DD, with where it ends. */
function dateAfter(text: string, at: number): { iso: string; end: number } | undefined {
  DATE_AFTER.lastIndex = at;
  const match = DATE_AFTER.exec(text);
  if (!match?.groups) return undefined;
  const g = match.groups;
  const day = Number(g['day'] ?? g['longDay']);
  const month = Number(g['month'] ?? g['longMonth']);
  const year = Number(g['year'] ?? g['longYear']);
  if (year < 1930 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined; // 31/2 is no date
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, end: match.index + match[0].length };
}

/** `khóa X` within ~90 characters after `from`, not crossing a sentence end, `;`, `:`, a line break or `limit`. */
function termAfter(text: string, from: number, limit: number): string | undefined {
  let window = text.slice(from, Math.min(limit, from + TERM_LOOKAHEAD));
  const stop = TERM_STOP.exec(window);
  if (stop) window = window.slice(0, stop.index);
  return TERM_AFTER.exec(window)?.groups?.['term'];
}

/**
 * Every document reference in running text, in text order, never overlapping.
 *
 * Callers should pass NFC text (what `vi-text.ts` `nfc()` / `cleanSpaces()` return): the input is
 * normalised to NFC before matching and the offsets are offsets into that NFC string, which equal the
 * input's offsets only when the input was already NFC.
 */
export function findDocumentMentions(input: string): DocumentMention[] {
  const text = nfc(input);
  const accepted: Candidate[] = [];
  for (const recognizer of RECOGNIZERS) {
    for (const match of text.matchAll(recognizer.pattern)) {
      const core = { start: match.index, end: match.index + match[0].length };
      if (overlaps(core, accepted)) continue; // an earlier form already claimed this text
      const groups = match.groups ?? {};
      let word = recognizer.readsTypeWordBefore ? typeWordBefore(text, core.start) : undefined;
      // The type word is part of the span unless another reference already ends inside it.
      if (word && overlaps({ start: word.start, end: core.start }, accepted)) word = undefined;
      const built = recognizer.build(groups, word);
      if (!built) continue;
      const candidate: Candidate = { ...built, start: word?.start ?? core.start, end: core.end };
      if (word) candidate.typeWord = word.word;
      accepted.push(candidate);
    }
  }
  accepted.sort((a, b) => a.start - b.start);

  return accepted.map((candidate, index) => {
    const next = accepted[index + 1]?.start ?? text.length;
    const { start, end } = candidate;
    const mention: DocumentMention = { start, end, text: text.slice(start, end) };
    if (candidate.typeWord) mention.typeWord = candidate.typeWord;
    const date = dateAfter(text, candidate.end);
    if (date) mention.date = date.iso;
    // A plenum reference carries its own term; for the others read the khóa that follows (after the date).
    const term = candidate.term ?? termAfter(text, date?.end ?? candidate.end, next);
    if (term) mention.term = term;
    if (candidate.doc) {
      const numbered = candidate.doc.system === 'party' && candidate.doc.number !== '';
      mention.doc = term && numbered && !candidate.doc.term ? { ...candidate.doc, term } : candidate.doc;
    }
    if (candidate.bare) mention.bare = candidate.bare;
    return mention;
  });
}

/**
 * Whether a mention names one document: not a bare back-reference ("Chỉ thị số 29"), nor a local
 * congress named without its unit ("Đại hội Đảng bộ huyện lần thứ XX"), which cannot be identified.
 */
export function identifiesDocument(mention: DocumentMention): mention is DocumentMention & { doc: DocumentNumber } {
  const doc = mention.doc;
  return doc !== undefined && !(doc.form === 'congress' && doc.level && !doc.unitName);
}

/**
 * One reference typed by an editor: the whole string must be a single reference, optionally preceded by
 * a type word and `số` (`Nghị quyết số 22-NQ/TW`, `Số 445-KL/TƯ`, `100/2019/NĐ-CP`,
 * `Nghị quyết Trung ương 4 khóa XI`, `Nghị quyết Đại hội XIII`). Bare numbers (`Nghị quyết 22`) and
 * `Thông tư 15/2020` (issuer unknown) do not identify a document and give null, as does anything else.
 */
export function parseDocumentNumber(input: string): DocumentNumber | null {
  // A letterhead `Số:` without a type word is not part of any pattern's span: drop it here.
  const text = cleanSpaces(input)
    .trim()
    .replace(/^[Ss][Ốố][^\S\r\n]*:?[^\S\r\n]*(?=\d)/u, '');
  const mentions = findDocumentMentions(text);
  const only = mentions[0];
  if (mentions.length !== 1 || !only?.doc || only.start !== 0 || only.end !== text.length) return null;
  if (only.doc.form === 'state-short' && only.doc.issuer === '') return null;
  return only.doc;
}

/** Quyết định and Quy định share the printed code QĐ, so a QĐ symbol answers to both kinds. */
function sameKind(bareKind: string, doc: DocumentNumber): boolean {
  if (doc.kind === bareKind) return true;
  return doc.typeCode === 'QĐ' && (bareKind === 'QĐ' || bareKind === 'QĐi');
}

/**
 * Bare mentions get as `target` the document of the nearest earlier full mention with the same kind
 * and number (leading zeros ignored); with none they get no target. Other mentions target their own doc.
 */
export function resolveBackReferences(
  mentions: DocumentMention[],
): Array<DocumentMention & { target?: DocumentNumber }> {
  return mentions.map((mention) => {
    if (mention.doc) return { ...mention, target: mention.doc };
    const bare = mention.bare;
    if (!bare) return { ...mention };
    let target: DocumentMention | undefined;
    for (const earlier of mentions) {
      if (!earlier.doc || earlier.start >= mention.start) continue;
      if (!sameKind(bare.kind, earlier.doc)) continue;
      if (withoutLeadingZeros(earlier.doc.number) !== withoutLeadingZeros(bare.number)) continue;
      if (!target || earlier.start > target.start) target = earlier;
    }
    return target?.doc ? { ...mention, target: target.doc } : { ...mention };
  });
}
