import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../../src/lib/documents/document-number.ts';
import { documentDates, findCitations, resolutionEntry } from '../../../src/lib/import/citations.ts';
import { vnInstant } from '../../../src/lib/dates/vn-date.ts';

describe('resolutionEntry', () => {
  it.each([
    ['Nghị quyết số 22-NQ/TW', '22-NQ/TW'],
    ['Chỉ thị 5-CT/TW', '05-CT/TW'],
    ['Nghị định 100/2019/NĐ-CP', '100/2019/NĐ-CP'],
    ['Quy định 148/QĐ-TW', '148-QĐ/TW'],
    ['Nghị quyết Trung ương 4 (khóa XI)', 'Nghị quyết Trung ương 4 khóa XI'],
    ['Nghị quyết TW4 khóa 11', 'Nghị quyết Trung ương 4 khóa XI'],
    ['Nghị quyết Trung ương 6 (lần 2)', 'Nghị quyết Trung ương 6 (lần 2)'],
    ['Nghị quyết Đại hội XIII', 'Nghị quyết Đại hội XIII'],
    [
      'Nghị quyết Đại hội Đảng bộ huyện Châu Thành A lần thứ XII',
      'Nghị quyết Đại hội Đảng bộ huyện Châu Thành A lần thứ XII',
    ],
  ])('%s → %s, which parses back to the same document', (printed, entry) => {
    const doc = parseDocumentNumber(printed)!;
    expect(resolutionEntry(doc)).toBe(entry);
    expect(parseDocumentNumber(entry)?.slug).toBe(doc.slug);
  });
});

describe('findCitations', () => {
  it('lists the documents of seed 004 once each, as the committed article does', () => {
    const text = readFileSync('test/fixtures/seeds/004_85d9c5ec3023bdf5.txt', 'utf8');
    const { cited, incomplete } = findCitations(text, { date: vnInstant(2023, 11, 13), provinceId: 'bac-giang' });
    // `Nghị quyết TW4 (khóa XIII)` is the registry's alias of 21-KL/TW, cited earlier: it counts once.
    expect(cited.map((c) => c.entry)).toEqual([
      '21-KL/TW',
      'Nghị quyết Đại hội XIII',
      '26-CT/TU',
      '1014-CV/TU',
      '38-HD/BTG',
      '05-CT/TW',
    ]);
    expect(cited.every((c) => c.document.registered)).toBe(true);
    expect(cited.find((c) => c.entry === '26-CT/TU')?.document.key).toBe('26-ct-tu-bac-giang-2023');
    expect(incomplete).toEqual([]);
  });

  it('resolves a number against the article’s date and province, and marks what the registry lacks', () => {
    const text = 'Thực hiện Nghị quyết số 21-NQ/TW và Chỉ thị số 29-CT/TU, Kế hoạch số 45-KH/HU; Chỉ thị số 29 nêu rõ.';
    const { cited } = findCitations(text, { date: vnInstant(2024, 2, 3), provinceId: 'hau-giang' });
    expect(cited.map((c) => [c.entry, c.document.key, c.document.registered])).toEqual([
      ['21-NQ/TW', '21-nq-tw-2022', true],
      ['29-CT/TU', '29-ct-tu-hau-giang-2013', true],
      ['45-KH/HU', '45-kh-hu-hau-giang', false],
    ]);
    const older = findCitations('Nghị quyết số 21-NQ/TW', { date: vnInstant(2019, 1, 1), provinceId: 'hau-giang' });
    expect(older.cited[0]?.document.key).toBe('21-nq-tw-2017');
  });

  it('keeps out numbers too incomplete to list and congresses without their unit', () => {
    const text = 'Theo Thông tư 15/2020 và Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020-2025.';
    expect(findCitations(text, { date: vnInstant(2021, 1, 1), provinceId: 'thanh-hoa' })).toEqual({
      cited: [],
      incomplete: ['Thông tư 15/2020'],
    });
  });
});

describe('documentDates', () => {
  it('labels the issue dates printed after references', () => {
    expect(documentDates('Chỉ thị 29-CT/TU ngày 21-3-2013 của Tỉnh ủy; Chỉ thị số 29')).toEqual([
      { date: { year: 2013, month: 3, day: 21 }, label: '21/3/2013, Chỉ thị 29-CT/TU' },
    ]);
  });
});
