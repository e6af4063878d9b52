import { describe, expect, it } from 'vitest';
import { TYPE_CODES, TYPE_WORDS } from '../../../src/lib/documents/document-number-patterns.ts';
import {
  DOCUMENT_KIND_LABELS,
  findDocumentMentions,
  kindLabel,
  parseDocumentNumber,
  resolveBackReferences,
  type DocumentMention,
  type ReferenceForm,
} from '../../../src/lib/documents/document-number.ts';

// The project has no @types/node, so node:fs is loaded through a typed dynamic import (the specifier is
// a variable so that tsc does not try to resolve it).
interface NodeFs {
  readFileSync(path: URL, encoding: 'utf8'): string;
  readdirSync(path: URL): string[];
}
const fsSpecifier: string = 'node:fs';
const fs = (await import(fsSpecifier)) as NodeFs;
const SEEDS = new URL('../../fixtures/seeds/', import.meta.url);

function seed(prefix: string): string {
  const name = fs.readdirSync(SEEDS).find((file) => file.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found`);
  return fs.readFileSync(new URL(name, SEEDS), 'utf8');
}

/** What a mention is, in one line: canonical symbol, or `bare KL 21`. */
function describeMention(mention: DocumentMention): string {
  if (mention.doc) return mention.doc.canonical;
  return `bare ${mention.bare?.kind} ${mention.bare?.number}`;
}

function only(text: string): DocumentMention {
  const mentions = findDocumentMentions(text);
  expect(mentions, `one mention in ${JSON.stringify(text)}`).toHaveLength(1);
  return mentions[0]!;
}

// ---------------------------------------------------------------------------------------------------
// §1.8: the example table
// ---------------------------------------------------------------------------------------------------

interface ExpectedDoc {
  form: ReferenceForm;
  kind: string;
  number: string;
  issuer: string;
  date?: string;
  canonical: string;
  slug: string;
  term?: string;
}
interface ExpectedBare {
  bare: { kind: string; number: string };
}
type Expected = ExpectedDoc | ExpectedBare;

/** Expected numbered document (row of §1.8): form, kind, number, issuer, canonical, slug, date. */
const doc = (
  form: ReferenceForm,
  kind: string,
  number: string,
  issuer: string,
  canonical: string,
  slug: string,
  date?: string,
): ExpectedDoc => ({ form, kind, number, issuer, canonical, slug, ...(date ? { date } : {}) });
const party = (kind: string, number: string, issuer: string, canonical: string, slug: string, date?: string) =>
  doc('party', kind, number, issuer, canonical, slug, date);
/** Expected plenum or congress resolution: no number, kind NQ. */
const numberless = (
  form: ReferenceForm,
  issuer: string,
  canonical: string,
  slug: string,
  term?: string,
): ExpectedDoc => ({
  form,
  kind: 'NQ',
  number: '',
  issuer,
  canonical,
  slug,
  ...(term ? { term } : {}),
});

const TABLE: readonly (readonly [row: number, input: string, expected: readonly Expected[]])[] = [
  [1, 'Chỉ thị 29-CT/TU ngày 21-3-2013', [party('CT', '29', 'TU', '29-CT/TU', '29-ct-tu', '2013-03-21')]],
  [
    2,
    'theo Công văn số 1014-CV/TU ngày 28/1/2022 của Tỉnh ủy',
    [party('CV', '1014', 'TU', '1014-CV/TU', '1014-cv-tu', '2022-01-28')],
  ],
  [3, 'Chỉ thị số 05-CT/TW của Bộ Chính trị', [party('CT', '05', 'TW', '05-CT/TW', '05-ct-tw')]],
  [
    4,
    'Nghị quyết số 22-NQ/TW, ngày 2-2-2008 của Ban Chấp hành (BCH) Trung ương',
    [party('NQ', '22', 'TW', '22-NQ/TW', '22-nq-tw', '2008-02-02')],
  ],
  [
    5,
    'Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng',
    [party('KL', '21', 'TW', '21-KL/TW', '21-kl-tw', '2021-10-25')],
  ],
  [
    6,
    'Quy định số 213-QĐ/TW (ngày 2/1/2020) về trách nhiệm của đảng viên',
    [party('QĐi', '213', 'TW', '213-QĐ/TW', '213-qd-tw', '2020-01-02')],
  ],
  [7, 'Regulation No. 69-QD/TW, dated July 6, 2022', [party('QĐ', '69', 'TW', '69-QĐ/TW', '69-qd-tw')]],
  [
    8,
    'Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư',
    [party('KL', '100', 'TW', '100-KL/TW', '100-kl-tw', '2014-08-18')],
  ],
  [9, 'Nghị quyết số 21 – NQ/TW (NQ21) về tăng cường củng cố', [party('NQ', '21', 'TW', '21-NQ/TW', '21-nq-tw')]],
  [10, 'Số 445-KL/TƯ, Thừa Thiên Huế, ngày 13 tháng 5 năm 2022', [party('KL', '445', 'TW', '445-KL/TW', '445-kl-tw')]],
  [
    11,
    'Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy',
    [party('KH', '25', 'TU', '25-KH/TU', '25-kh-tu', '2016-11-30')],
  ],
  [
    12,
    'Hướng dẫn số 27-HD/BTGDVTW về tuyên truyền bầu cử',
    [party('HD', '27', 'BTGDVTW', '27-HD/BTGDVTW', '27-hd-btgdvtw')],
  ],
  [13, 'Nghị quyết số 05-NQ/HU của Huyện ủy', [party('NQ', '05', 'HU', '05-NQ/HU', '05-nq-hu')]],
  [14, 'Chỉ thị 03-CT/TxU của Thị ủy', [party('CT', '03', 'TxU', '03-CT/TxU', '03-ct-txu')]],
  [15, 'Chỉ thị 5-CT/TW', [party('CT', '05', 'TW', '05-CT/TW', '05-ct-tw')]],
  [
    16,
    'Quy định 148/QĐ-TW 2024 thẩm quyền của người đứng đầu',
    [doc('misformatted-party', 'QĐi', '148', 'TW', '148-QĐ/TW', '148-qd-tw')],
  ],
  [
    17,
    'Nghị định 100/2019/NĐ-CP ngày 30/12/2019',
    [doc('state-legal', 'NĐ', '100', 'CP', '100/2019/NĐ-CP', '100-2019-nd-cp', '2019-12-30')],
  ],
  [
    18,
    'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội',
    [doc('state-legal', 'NQ', '202', 'QH15', '202/2025/QH15', '202-2025-qh15', '2025-06-12')],
  ],
  [
    19,
    'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06 tháng 5 năm 2005',
    [doc('state-legal', 'TTLT', '55', 'BNV-VPCP', '55/2005/TTLT-BNV-VPCP', '55-2005-ttlt-bnv-vpcp', '2005-05-06')],
  ],
  [
    20,
    'đã ký ban hành Chỉ thị 11/CT- UBND tăng cường kỷ cương',
    [doc('state-admin', 'CT', '11', 'UBND', '11/CT-UBND', '11-ct-ubnd')],
  ],
  [
    21,
    'Nghị quyết số 22/2019/NQ-HĐND ngày 17/10/2019 của HĐND tỉnh',
    [doc('state-legal', 'NQ', '22', 'HĐND', '22/2019/NQ-HĐND', '22-2019-nq-hdnd', '2019-10-17')],
  ],
  [
    22,
    'Quyết định số 2500/QĐ-BGDĐT ngày 24 tháng 3 năm 2009',
    [doc('state-admin', 'QĐ', '2500', 'BGDĐT', '2500/QĐ-BGDĐT', '2500-qd-bgddt', '2009-03-24')],
  ],
  [
    23,
    'mức phạt theo Nghị định 100/2019 đã được thay thế',
    [doc('state-short', 'NĐ', '100', 'CP', '100/2019/NĐ-CP', '100-2019-nd-cp')],
  ],
  [
    24,
    'gắn với việc thực hiện Nghị quyết TW4 (khóa XIII) và Chỉ thị số 05-CT/TW của Bộ Chính trị',
    [
      numberless('plenum', 'TW', 'NQ-TW4-KXIII', 'nq-tw4-khoa-xiii', 'XIII'),
      party('CT', '05', 'TW', '05-CT/TW', '05-ct-tw'),
    ],
  ],
  [25, 'Nghị quyết TW4 khóa 11 ra đời', [numberless('plenum', 'TW', 'NQ-TW4-KXI', 'nq-tw4-khoa-xi', 'XI')]],
  [
    26,
    'Báo cáo 2 năm thực hiện Nghị quyết Trung ương 6 (lần 2)',
    [numberless('plenum', 'TW', 'NQ-TW6-L2', 'nq-tw6-lan-2')],
  ],
  [
    27,
    'theo Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025',
    [numberless('congress', '', 'NQ-DH-huyện-XX', 'nq-dai-hoi-huyen-xx')],
  ],
  [
    28,
    'Để tiếp tục thực hiện có hiệu quả Kết luận số 21, theo yêu cầu chung',
    [{ bare: { kind: 'KL', number: '21' } }],
  ],
  [29, 'Sau khi Đại hội Đảng bộ nhiệm kỳ 2020-2025 thành công tốt đẹp', []],
  [30, 'Hotline: 02763.822322 | ĐT: 0293.3878.123', []],
  [31, '09:15 21/11/2024', []],
  [32, 'làm việc định kỳ 2 lần/năm đối với các chi, đảng bộ', []],
  [33, 'dịch COVID-19 bùng phát', []],
  [34, 'có 1.576 chi bộ; 25.587 đảng viên', []],
  [35, 'khóa 35, 36 năm 2024; Quân khu 9; Quốc lộ 1A', []],
];

describe('§1.8 example table', () => {
  it.each(TABLE)('row %i: %s', (_row, input, expected) => {
    const mentions = findDocumentMentions(input);
    expect(mentions).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const mention = mentions[i]!;
      expect(mention.text).toBe(input.slice(mention.start, mention.end));
      if ('bare' in want) {
        expect(mention.doc).toBeUndefined();
        expect(mention.bare).toEqual(want.bare);
        return;
      }
      const found = mention.doc!;
      const { form, kind, number, issuer, canonical, slug } = found;
      expect({ form, kind, number, issuer, canonical, slug }).toEqual({
        form: want.form,
        kind: want.kind,
        number: want.number,
        issuer: want.issuer,
        canonical: want.canonical,
        slug: want.slug,
      });
      expect(found.system).toBe(['state-legal', 'state-admin', 'state-short'].includes(want.form) ? 'state' : 'party');
      expect(mention.date).toBe(want.date);
      if (want.term) expect(found.term).toBe(want.term);
    });
  });

  it('the number-less rows (24–27) carry plenum, session and ordinal', () => {
    expect(findDocumentMentions('Nghị quyết TW4 (khóa XIII)')[0]?.doc).toMatchObject({ plenum: 4, term: 'XIII' });
    expect(findDocumentMentions('Nghị quyết Trung ương 6 (lần 2)')[0]?.doc).toMatchObject({ plenum: 6, session: 2 });
    expect(findDocumentMentions('Nghị quyết Đại hội Đảng bộ huyện lần thứ XX')[0]?.doc).toMatchObject({
      ordinal: 'XX',
      level: 'huyện',
    });
  });

  it('spans cover the type word and "số" but not the date (rows 1, 4, 10)', () => {
    expect(only('Chỉ thị 29-CT/TU ngày 21-3-2013')).toMatchObject({ text: 'Chỉ thị 29-CT/TU', typeWord: 'Chỉ thị' });
    expect(only('Nghị quyết số 22-NQ/TW, ngày 2-2-2008')).toMatchObject({
      text: 'Nghị quyết số 22-NQ/TW',
      typeWord: 'Nghị quyết',
    });
    const letterhead = only('Số 445-KL/TƯ, Thừa Thiên Huế, ngày 13 tháng 5 năm 2022');
    expect(letterhead.text).toBe('445-KL/TƯ');
    expect(letterhead.typeWord).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------
// §1.5: sloppy forms found in the wild
// ---------------------------------------------------------------------------------------------------

describe('§1.5 sloppy forms', () => {
  it.each([
    ['spaces around the hyphen', 'Kết luận 100 - KL/TW', '100-KL/TW'],
    ['space after the hyphen only', 'Hướng dẫn 01- HD/TW', '01-HD/TW'],
    ['en dash', 'Nghị quyết 21 – NQ/TW', '21-NQ/TW'],
    ['em dash and NBSP', 'Nghị quyết 21\u00a0—\u00a0NQ/TW', '21-NQ/TW'],
    ['spaces around the slash', 'Chỉ thị 05-CT / TW', '05-CT/TW'],
    ['lower case', 'Chỉ thị 05-ct/tw', '05-CT/TW'],
    ['ASCII D', 'Regulation 69-QD/TW', '69-QĐ/TW'],
    ['ASCII QDi', 'Quy định 07-QDi/TW', '07-QĐi/TW'],
    ['upper-case i', 'Quy định 07-QĐI/TW', '07-QĐi/TW'],
    ['TƯ', 'Kết luận 445-KL/TƯ', '445-KL/TW'],
    ['TƯ, NQ', 'Nghị quyết 13-NQ/TƯ', '13-NQ/TW'],
    ['T.Ư', 'Nghị quyết 13-NQ/T.Ư.', '13-NQ/TW'],
    ['state administrative with a space', 'Chỉ thị 11/CT- UBND', '11/CT-UBND'],
    ['"số" omitted', 'Chỉ thị 29-CT/TU', '29-CT/TU'],
    ['letterhead Số', 'Số 445-KL/TƯ', '445-KL/TW'],
    ['letterhead Số:', 'Số: 445-KL/TƯ', '445-KL/TW'],
  ])('%s: %s → %s', (_what, input, canonical) => {
    expect(only(input).doc?.canonical).toBe(canonical);
  });

  it('Party number in state style → misformatted-party, Party canonical form', () => {
    expect(only('Quy định 148/QĐ-TW').doc).toMatchObject({
      system: 'party',
      form: 'misformatted-party',
      canonical: '148-QĐ/TW',
      kind: 'QĐi',
    });
    expect(only('Kết luận 21/KL-TƯ').doc).toMatchObject({
      system: 'party',
      form: 'misformatted-party',
      canonical: '21-KL/TW',
    });
  });

  it('two slashes (Quân ủy Trung ương) → party-two-slashes, Party canonical form', () => {
    expect(only('Quyết định số 768/QĐ/QUTW').doc).toMatchObject({
      system: 'party',
      form: 'party-two-slashes',
      canonical: '768-QĐ/QUTW',
      issuer: 'QUTW',
      slug: '768-qd-qutw',
    });
  });

  it('state document in Party style → misformatted-state, state canonical form', () => {
    expect(only('Nghị quyết 35-NQ/CP').doc).toMatchObject({
      system: 'state',
      form: 'misformatted-state',
      canonical: '35/NQ-CP',
      issuer: 'CP',
    });
    expect(only('Chỉ thị 12-CT/TTg').doc).toMatchObject({ system: 'state', canonical: '12/CT-TTg' });
    expect(only('Quyết định 9-QĐ/BNV').doc).toMatchObject({ system: 'state', canonical: '09/QĐ-BNV' });
    // Party boards whose codes start with B stay Party.
    expect(only('Hướng dẫn 09-HD/BTCTW').doc).toMatchObject({ system: 'party', canonical: '09-HD/BTCTW' });
  });

  it('dates with dots and in long form', () => {
    expect(only('Nghị quyết 57-NQ/TW ngày 22.12.2024').date).toBe('2024-12-22');
    expect(only('Quy định 213-QĐ/TW ngày 02 tháng 01 năm 2020').date).toBe('2020-01-02');
    expect(only('Quy định 213-QĐ/TW, được ban hành ngày 2/1/2020').date).toBe('2020-01-02');
  });
});

// ---------------------------------------------------------------------------------------------------
// §1.6: recognition details
// ---------------------------------------------------------------------------------------------------

describe('§1.6 recognition rules', () => {
  it('finds a type word starting with Đ after a space (no ASCII \\b)', () => {
    expect(only('ban hành Đề án số 05-ĐA/TU về chuyển đổi số')).toMatchObject({
      typeWord: 'Đề án',
      text: 'Đề án số 05-ĐA/TU',
    });
    expect(only('theo Đề án số 12 của Tỉnh ủy')).toMatchObject({
      typeWord: 'Đề án',
      bare: { kind: 'ĐA', number: '12' },
    });
  });

  it('S1: state legal forms, with and without a type code', () => {
    expect(only('Luật Doanh nghiệp số 59/2020/QH14').doc).toMatchObject({
      form: 'state-legal',
      typeCode: '',
      issuer: 'QH14',
      year: 2020,
    });
    expect(only('Nghị quyết 653/2019/UBTVQH14').doc?.canonical).toBe('653/2019/UBTVQH14');
    expect(only('Thông tư 01/2011/TT-BNV').doc).toMatchObject({
      typeCode: 'TT',
      kind: 'TT',
      issuer: 'BNV',
      slug: '01-2011-tt-bnv',
    });
  });

  it('S3: state công văn only directly after "Công văn"', () => {
    expect(only('Công văn số 1234/UBND-VX ngày 5/3/2024').doc).toMatchObject({
      system: 'state',
      form: 'state-cong-van',
      kind: 'CV',
      typeCode: '',
      issuer: 'UBND-VX',
      canonical: '1234/UBND-VX',
      slug: '1234-ubnd-vx',
    });
    expect(only('Công văn số 1234/UBND-VX ngày 5/3/2024').date).toBe('2024-03-05');
    expect(only('Công văn: 56/BNV').doc?.canonical).toBe('56/BNV');
    expect(findDocumentMentions('tỷ lệ 1234/UBND-VX')).toEqual([]);
  });

  it('S4: number/year only after the listed words; only Nghị định gets a suffix', () => {
    expect(only('Thông tư 15/2020 đã hết hiệu lực').doc).toMatchObject({
      form: 'state-short',
      kind: 'TT',
      canonical: '15/2020',
      issuer: '',
      year: 2020,
    });
    expect(findDocumentMentions('tháng 12/2019 và 3/2020')).toEqual([]);
  });

  it('PL: plenum variants', () => {
    const plenum = (text: string) => only(text).doc?.canonical;
    expect(plenum('Nghị quyết Trung ương 4 khóa XII')).toBe('NQ-TW4-KXII');
    expect(plenum('Nghị quyết Trung ương 5, khoá XIII')).toBe('NQ-TW5-KXIII');
    expect(plenum('Nghị quyết T.Ư 6 (khóa X)')).toBe('NQ-TW6-KX');
    expect(plenum('Nghị quyết Hội nghị Trung ương 7 khóa XII')).toBe('NQ-TW7-KXII');
    expect(plenum('NQ TW4 khóa 12')).toBe('NQ-TW4-KXII');
    expect(plenum('Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII')).toBe('NQ-TW4-KXII');
    expect(plenum('Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng')).toBe('NQ-TW11');
    expect(plenum('Nghị quyết Trung ương 11')).toBe('NQ-TW11');
    expect(only('Nghị quyết TW4 khóa 11').doc?.slug).toBe('nq-tw4-khoa-xi');
  });

  it('DH: national and local congresses need a Roman ordinal', () => {
    expect(only('Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng').doc).toMatchObject({
      canonical: 'NQ-DH-XIII',
      slug: 'nq-dai-hoi-xiii',
      issuer: 'TW',
    });
    expect(only('Nghị quyết Đại hội Đảng lần thứ XII').doc?.canonical).toBe('NQ-DH-XII');
    expect(only('Nghị quyết Đại hội Đảng bộ tỉnh Hậu Giang lần thứ XIV').doc).toMatchObject({
      canonical: 'NQ-DH-tỉnh-XIV',
      slug: 'nq-dai-hoi-tinh-xiv',
      level: 'tỉnh',
      unitName: 'Hậu Giang',
      issuer: '',
    });
    expect(only('Nghị quyết Đại hội đại biểu Đảng bộ thị xã lần thứ IX').doc?.slug).toBe('nq-dai-hoi-thi-xa-ix');
    expect(findDocumentMentions('nghị quyết đại hội đảng các cấp nhiệm kỳ 2020-2025')).toEqual([]);
    expect(findDocumentMentions('Nghị quyết Đại hội lần thứ xx')).toEqual([]);
  });

  it('B: bare numbers, rejected when they are quantities or parts of a longer number', () => {
    expect(only('thực hiện Chỉ thị 29 đạt kết quả').bare).toEqual({ kind: 'CT', number: '29' });
    expect(only('Quy định số: 8 của Bộ Chính trị').bare).toEqual({ kind: 'QĐi', number: '08' });
    expect(only('Nghị quyết 57.').bare).toEqual({ kind: 'NQ', number: '57' });
    for (const text of [
      'Nghị quyết 5 năm',
      'Chỉ thị 2 lần',
      'Kết luận 19 chi bộ',
      'Quy định 19 điều',
      'Nghị quyết 30 %',
      'Nghị quyết 5,3',
      'Nghị quyết 1.5',
      'Kế hoạch 25 của huyện',
      'Ban Chủ nhiệm Đề án 587',
      'Nghị quyết 12345',
      'Chỉ thị 29a',
    ]) {
      expect(findDocumentMentions(text), text).toEqual([]);
    }
    expect(only('Kế hoạch số 25 của huyện').bare).toEqual({ kind: 'KH', number: '25' });
  });

  it('numbers glued to letters, digits, dots or slashes are not document numbers', () => {
    for (const text of [
      'K135-G1/23',
      '(20/11/1982-20/11/2024)',
      '0293.3878-NQ/TW',
      'x22-NQ/TW',
      'nhiệm kỳ 2020-2025',
      '19/19 chi bộ',
      '22-NQ/TW4',
      '22-XY/TW',
    ]) {
      expect(findDocumentMentions(text), text).toEqual([]);
    }
  });

  it('joint issuers', () => {
    expect(only('Hướng dẫn liên tịch 02-HDLT/BTCTW-BNV').doc).toMatchObject({
      issuer: 'BTCTW-BNV',
      kind: 'HDLT',
      canonical: '02-HDLT/BTCTW-BNV',
    });
  });

  it('a date is attached only when it follows and is valid', () => {
    expect(only('Chỉ thị 29-CT/TU ngày 31/2/2013').date).toBeUndefined();
    expect(only('Chỉ thị 29-CT/TU ngày 21-3/2013').date).toBeUndefined();
    expect(only('Chỉ thị 29-CT/TU ngày 21/3/1900').date).toBeUndefined();
    expect(only('Ngày 2-2-2008, Bộ Chính trị ban hành Nghị quyết số 22-NQ/TW về').date).toBeUndefined();
    expect(only('Chỉ thị 29-CT/TU; ngày 21/3/2013').date).toBe('2013-03-21');
  });

  it('the term is read after the reference, up to a sentence end or the next reference', () => {
    expect(only('Nghị quyết 22-NQ/TW của BCH Trung ương Đảng khóa X về').term).toBe('X');
    expect(only('Nghị quyết 22-NQ/TW ngày 2-2-2008 của BCH T.Ư (khoá X)').doc?.term).toBe('X');
    expect(only('Nghị quyết 22-NQ/TW đã đi vào cuộc sống. Đại hội khóa XIII').term).toBeUndefined();
    const [first, second] = findDocumentMentions('Nghị quyết 22-NQ/TW và Chỉ thị 10-CT/TW của Ban Bí thư khóa X');
    expect(first?.term).toBeUndefined();
    expect(second?.term).toBe('X');
    expect(only('Nghị quyết 22-NQ/TW của khóa học').term).toBeUndefined();
  });

  it('mentions come in text order and never overlap', () => {
    const text =
      'Nghị quyết TW4 (khóa XIII), Kết luận số 21-KL/TW, Nghị định 100/2019/NĐ-CP, Chỉ thị số 29 và Nghị quyết Đại hội XIII';
    const mentions = findDocumentMentions(text);
    expect(mentions.map(describeMention)).toEqual([
      'NQ-TW4-KXIII',
      '21-KL/TW',
      '100/2019/NĐ-CP',
      'bare CT 29',
      'NQ-DH-XIII',
    ]);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('offsets refer to the NFC text', () => {
    const nfd = 'Thực hiện Nghị quyết số 22-NQ/TW'.normalize('NFD');
    const mention = only(nfd);
    expect(mention.text).toBe('Nghị quyết số 22-NQ/TW');
    expect(nfd.normalize('NFC').slice(mention.start, mention.end)).toBe(mention.text);
  });
});

// ---------------------------------------------------------------------------------------------------
// §1.7: canonical form and slug
// ---------------------------------------------------------------------------------------------------

describe('§1.7 canonical form and slug', () => {
  it.each([
    ['5-CT/TW', '05-CT/TW', '05-ct-tw'],
    ['005-CT/TW', '05-CT/TW', '05-ct-tw'],
    ['1014-CV/TU', '1014-CV/TU', '1014-cv-tu'],
    ['08-QĐi/TW', '08-QĐi/TW', '08-qdi-tw'],
    ['08-qđi/tw', '08-QĐi/TW', '08-qdi-tw'],
    ['12-cthd/tu', '12-CTHĐ/TU', '12-cthd-tu'],
    ['3-ctr/tu', '03-CTr/TU', '03-ctr-tu'],
    ['7-cd/tu', '07-CĐ/TU', '07-cd-tu'],
    ['4-DA/TU', '04-DA/TU', '04-da-tu'],
    ['Đề án 4-DA/TU', '04-ĐA/TU', '04-da-tu'],
    ['12-NQ/DU', '12-NQ/ĐU', '12-nq-du'],
    ['12-NQ/ThU', '12-NQ/ThU', '12-nq-thu'],
    ['3-CT/txu', '03-CT/TxU', '03-ct-txu'],
    ['12-HD/BDNTW', '12-HD/BĐNTW', '12-hd-bdntw'],
    ['12-NQ/BTCTƯ', '12-NQ/BTCTW', '12-nq-btctw'],
    ['12-HD/XYZ', '12-HD/XYZ', '12-hd-xyz'],
    ['100/2019/ND-CP', '100/2019/NĐ-CP', '100-2019-nd-cp'],
    ['5/2020/nq-hdnd', '05/2020/NQ-HĐND', '05-2020-nq-hdnd'],
    ['12/CT-TTg', '12/CT-TTg', '12-ct-ttg'],
    ['12/QyĐ-UBND', '12/QyĐ-UBND', '12-qyd-ubnd'],
  ])('%s → %s, %s', (input, canonical, slug) => {
    expect(parseDocumentNumber(input)).toMatchObject({ canonical, slug });
  });

  it('kind comes from the type word when present, else from the code', () => {
    expect(parseDocumentNumber('Quy định số 213-QĐ/TW')).toMatchObject({
      kind: 'QĐi',
      typeCode: 'QĐ',
      canonical: '213-QĐ/TW',
    });
    expect(parseDocumentNumber('213-QĐ/TW')).toMatchObject({ kind: 'QĐ', typeCode: 'QĐ' });
    expect(parseDocumentNumber('Quyết định 213-QĐ/TW')?.kind).toBe('QĐ');
    expect(parseDocumentNumber('Quy định 12/2020/QyĐ-UBND')?.kind).toBe('QyĐ');
    expect(parseDocumentNumber('Chương trình hành động số 12-CTr/TU')).toMatchObject({ kind: 'CTHĐ', typeCode: 'CTr' });
  });

  it('plenum and congress slugs', () => {
    expect(parseDocumentNumber('Nghị quyết Trung ương 6 (lần 2) khóa VIII')).toMatchObject({
      canonical: 'NQ-TW6-L2-KVIII',
      slug: 'nq-tw6-lan-2-khoa-viii',
    });
    expect(parseDocumentNumber('Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII')).toMatchObject({
      canonical: 'NQ-DH-thành phố-XVII',
      slug: 'nq-dai-hoi-thanh-pho-xvii',
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// parseDocumentNumber: frontmatter input
// ---------------------------------------------------------------------------------------------------

describe('parseDocumentNumber', () => {
  it.each([
    ['22-NQ/TW', 'party', 'party', '22-NQ/TW'],
    ['22/NQ-TW', 'party', 'misformatted-party', '22-NQ/TW'],
    ['Chỉ thị 29-CT/TU', 'party', 'party', '29-CT/TU'],
    ['21-kl/tw', 'party', 'party', '21-KL/TW'],
    ['Nghị quyết số 22-NQ/TW', 'party', 'party', '22-NQ/TW'],
    ['5-CT/TW', 'party', 'party', '05-CT/TW'],
    ['100/2019/NĐ-CP', 'state', 'state-legal', '100/2019/NĐ-CP'],
    ['Nghị định 100/2019', 'state', 'state-short', '100/2019/NĐ-CP'],
    ['Nghị quyết Trung ương 4 khóa XI', 'party', 'plenum', 'NQ-TW4-KXI'],
    ['Nghị quyết Đại hội XIII', 'party', 'congress', 'NQ-DH-XIII'],
    ['  Số: 445-KL/TƯ  ', 'party', 'party', '445-KL/TW'],
    ['Công văn số 1234/UBND-VX', 'state', 'state-cong-van', '1234/UBND-VX'],
  ])('%s → %s (%s) %s', (input, system, form, canonical) => {
    expect(parseDocumentNumber(input)).toMatchObject({ system, form, canonical });
  });

  it('accepts surrounding whitespace and NFD input', () => {
    expect(parseDocumentNumber('  Nghị quyết số 22-NQ/TW\n')?.canonical).toBe('22-NQ/TW');
    expect(parseDocumentNumber('Quy định số 213-QĐ/TW'.normalize('NFD'))).toMatchObject({
      canonical: '213-QĐ/TW',
      kind: 'QĐi',
    });
    expect(parseDocumentNumber('Nghị quyết Trung ương 4 khóa XI'.normalize('NFD'))?.slug).toBe('nq-tw4-khoa-xi');
  });

  it('returns only what the symbol itself says', () => {
    const doc = parseDocumentNumber('Nghị quyết số 22-NQ/TW');
    expect(doc).toEqual({
      system: 'party',
      form: 'party',
      number: '22',
      typeCode: 'NQ',
      kind: 'NQ',
      issuer: 'TW',
      canonical: '22-NQ/TW',
      slug: '22-nq-tw',
    });
    expect(parseDocumentNumber('100/2019/NĐ-CP')?.year).toBe(2019);
  });

  it.each([
    '',
    '   ',
    'abc',
    '22',
    '22-NQ',
    'NQ/TW',
    'Nghị quyết 22',
    'Kết luận số 21',
    '02/02/2008',
    '2-2-2008',
    '2020-2025',
    'Thông tư 15/2020',
    'Nghị quyết số 22-NQ/TW ngày 2-2-2008',
    '22-NQ/TW và 10-CT/TW',
    'xem 22-NQ/TW',
    'Nghị quyết Đại hội',
    'Nghị quyết Trung ương',
    '0293.3878.123',
    'K135-G1/23',
  ])('rejects %j', (input) => {
    expect(parseDocumentNumber(input)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// Back-references
// ---------------------------------------------------------------------------------------------------

describe('resolveBackReferences', () => {
  const targets = (text: string) =>
    resolveBackReferences(findDocumentMentions(text)).map((m) => m.target?.canonical ?? null);

  it('bare mentions resolve to the nearest earlier full mention of the same kind and number', () => {
    expect(targets('Chỉ thị 29-CT/TU … Chỉ thị số 29 … Chỉ thị 29-CT/TW … Chỉ thị 29')).toEqual([
      '29-CT/TU',
      '29-CT/TU',
      '29-CT/TW',
      '29-CT/TW',
    ]);
  });

  it('needs the same kind and an earlier mention; leading zeros do not matter', () => {
    expect(targets('Chỉ thị số 5 … Chỉ thị 05-CT/TW … Chỉ thị số 5')).toEqual([null, '05-CT/TW', '05-CT/TW']);
    expect(targets('Nghị quyết 29-NQ/TU … Chỉ thị số 29')).toEqual(['29-NQ/TU', null]);
    expect(targets('Kết luận số 21')).toEqual([null]);
  });

  it('QĐ symbols answer to both Quyết định and Quy định', () => {
    expect(targets('213-QĐ/TW … Quy định 213')).toEqual(['213-QĐ/TW', '213-QĐ/TW']);
  });

  it('keeps every mention, full mentions target their own document', () => {
    const mentions = findDocumentMentions('Kết luận số 21-KL/TW ngày 25/10/2021 … Kết luận số 21');
    const resolved = resolveBackReferences(mentions);
    expect(resolved).toHaveLength(2);
    expect(resolved[0]).toMatchObject({ ...mentions[0], target: mentions[0]!.doc });
    expect(resolved[1]).toMatchObject({ bare: { kind: 'KL', number: '21' }, target: mentions[0]!.doc });
  });
});

// ---------------------------------------------------------------------------------------------------
// Seeds
// ---------------------------------------------------------------------------------------------------

describe('seed articles', () => {
  const resolved = (prefix: string) => resolveBackReferences(findDocumentMentions(seed(prefix)));
  const byCanonical = (mentions: readonly DocumentMention[], canonical: string) =>
    mentions.filter((m) => m.doc?.canonical === canonical);

  it('000 (Hậu Giang): 22-NQ/TW, 29-CT/TU, its bare back-references and the plenum of khóa XI', () => {
    const mentions = resolved('000');
    expect(mentions.map(describeMention)).toEqual([
      '22-NQ/TW',
      '29-CT/TU',
      'bare CT 29',
      'bare CT 29',
      'NQ-TW4-KXI',
      'bare CT 29',
      'bare CT 29',
    ]);
    expect(byCanonical(mentions, '22-NQ/TW')[0]).toMatchObject({
      text: 'Nghị quyết số 22-NQ/TW',
      date: '2008-02-02',
      term: 'X',
    });
    expect(byCanonical(mentions, '22-NQ/TW')[0]?.doc?.term).toBe('X');
    expect(byCanonical(mentions, '29-CT/TU')[0]).toMatchObject({ text: 'Chỉ thị 29-CT/TU', date: '2013-03-21' });
    const bare = mentions.filter((m) => m.bare);
    expect(bare.map((m) => m.text)).toEqual(['Chỉ thị số 29', 'Chỉ thị số 29', 'Chỉ thị 29', 'Chỉ thị 29']);
    for (const m of bare) expect(m.target?.canonical).toBe('29-CT/TU');
    expect(byCanonical(mentions, 'NQ-TW4-KXI')[0]).toMatchObject({
      text: 'Nghị quyết Trung ương 4 (khóa XI)',
      term: 'XI',
    });
  });

  it('002 (Thanh Hóa): 22-NQ/TW twice, 10-CT/TW and the district congress', () => {
    const mentions = resolved('002');
    expect(mentions.map(describeMention)).toEqual(['22-NQ/TW', 'NQ-DH-huyện-XX', '22-NQ/TW', '10-CT/TW']);
    expect(mentions[0]).toMatchObject({ date: '2008-02-02', term: 'X' });
    expect(mentions[1]).toMatchObject({ text: 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XX' });
    expect(mentions[1]?.doc?.slug).toBe('nq-dai-hoi-huyen-xx');
    expect(mentions[2]?.date).toBeUndefined();
    expect(mentions[3]).toMatchObject({ text: 'Chỉ thị số 10-CT/TW', date: '2007-03-30' });
  });

  it('004 (Bắc Giang): 21-KL/TW and its back-references, local and central numbers, plenum and congress', () => {
    const mentions = resolved('004');
    expect(mentions.map(describeMention)).toEqual([
      '21-KL/TW',
      'bare KL 21',
      'bare KL 21',
      'NQ-DH-XIII',
      '26-CT/TU',
      '1014-CV/TU',
      '38-HD/BTG',
      'NQ-TW4-KXIII',
      '05-CT/TW',
      '21-KL/TW',
    ]);
    expect(mentions[0]).toMatchObject({ text: 'Kết luận số 21-KL/TW', date: '2021-10-25' });
    expect(mentions[1]).toMatchObject({ text: 'Kết luận số 21' });
    expect(mentions[1]?.target?.canonical).toBe('21-KL/TW');
    expect(mentions[2]?.target?.canonical).toBe('21-KL/TW');
    expect(mentions[3]).toMatchObject({ text: 'Nghị quyết Đại hội XIII' });
    expect(mentions[4]).toMatchObject({ date: '2023-06-02' });
    expect(mentions[5]).toMatchObject({ text: 'Công văn số 1014-CV/TU', date: '2022-01-28' });
    expect(mentions[5]?.doc).toMatchObject({ system: 'party', kind: 'CV', issuer: 'TU' });
    expect(mentions[6]).toMatchObject({ text: 'Hướng dẫn số 38-HD/BTG', date: '2022-02-12' });
    expect(mentions[7]).toMatchObject({ text: 'Nghị quyết TW4 (khóa XIII)', term: 'XIII' });
    expect(mentions[8]?.date).toBeUndefined();
    expect(mentions[9]).toMatchObject({ date: '2021-10-25' });
  });

  it.each(['001', '003'])('%s has no document reference anywhere (sidebars included)', (prefix) => {
    expect(findDocumentMentions(seed(prefix))).toEqual([]);
  });

  it('every seed span is the NFC text between its offsets', () => {
    for (const prefix of ['000', '002', '004']) {
      const text = seed(prefix).normalize('NFC');
      for (const m of findDocumentMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------------------------------

describe('kind labels', () => {
  it('label the common kinds', () => {
    expect(kindLabel('NQ')).toBe('Nghị quyết');
    expect(kindLabel('CT')).toBe('Chỉ thị');
    expect(kindLabel('KL')).toBe('Kết luận');
    expect(kindLabel('QĐi')).toBe('Quy định');
    expect(kindLabel('QĐ')).toBe('Quyết định');
    expect(kindLabel('HD')).toBe('Hướng dẫn');
    expect(kindLabel('CV')).toBe('Công văn');
    expect(kindLabel('TT', 'party')).toBe('Thông tri');
    expect(kindLabel('TT', 'state')).toBe('Thông tư');
    expect(kindLabel('XYZ')).toBe('XYZ');
  });

  it('cover every supported type code and type-word kind', () => {
    const kinds = new Set([...TYPE_CODES, ...TYPE_WORDS.map(([, kind]) => kind)]);
    for (const kind of kinds) expect(DOCUMENT_KIND_LABELS[kind], kind).toBeTruthy();
  });

  it('every kind the parser produces has a label', () => {
    for (const input of ['22-NQ/TW', 'Quy định 213-QĐ/TW', 'Công văn số 1/UBND', '12/2020/QyĐ-UBND', 'Đề án 4-DA/TU']) {
      const kind = parseDocumentNumber(input)?.kind ?? '';
      expect(DOCUMENT_KIND_LABELS[kind], input).toBeTruthy();
    }
  });
});
