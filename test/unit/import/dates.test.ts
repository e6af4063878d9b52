import { describe, expect, it } from 'vitest';
import {
  anniversariesIn,
  fullDatesIn,
  inferArticleDate,
  leadDayMonth,
  parseDateLine,
  reportedYearsIn,
  type DateEvidence,
} from '../../../src/lib/import/dates.ts';

const TODAY = { year: 2026, month: 1, day: 1 };

describe('parseDateLine', () => {
  it.each([
    ['Thứ Hai, ngày 06/12/2021 | 08:09', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
    ['Thứ hai, 13/11/2023 20:21', { year: 2023, month: 11, day: 13, hour: 20, minute: 21, weekday: 1 }],
    ['Thứ Ba, 15/07/2025 - 10:20 (GMT+7)', { year: 2025, month: 7, day: 15, hour: 10, minute: 20, weekday: 2 }],
    ['Chủ nhật, 5/1/2025', { year: 2025, month: 1, day: 5, weekday: 0 }],
    ['09:15 21/11/2024', { year: 2024, month: 11, day: 21, hour: 9, minute: 15 }],
    ['Cập nhật: 08:09, Thứ 2, 06-12-2021', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
  ])('%s', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  it('refuses impossible dates and lines that say more than a date', () => {
    expect(parseDateLine('Thứ Sáu, 30/02/2024')).toBeUndefined();
    expect(parseDateLine('06/12/2021 25:10')).toBeUndefined();
    expect(parseDateLine('Ngày 06/12/2021, Huyện ủy tổ chức hội nghị.')).toBeUndefined();
  });
});

describe('leadDayMonth', () => {
  it('reads the day a lead opens with, as printed', () => {
    expect(leadDayMonth('Sáng 19/8, nhân dịp kỷ niệm')).toEqual({ day: 19, month: 8, phrase: 'Sáng 19/8' });
    expect(leadDayMonth('Chiều ngày 20-11, Trường Chính trị')).toEqual({
      day: 20,
      month: 11,
      phrase: 'Chiều ngày 20-11',
    });
    expect(leadDayMonth('Ngày 24-10, Trường Chính trị')?.phrase).toBe('Ngày 24-10');
    expect(leadDayMonth('19/8, tại hội trường')?.day).toBe(19);
    expect(leadDayMonth('Sáng 19/8/2022, nhân dịp')).toEqual({
      day: 19,
      month: 8,
      year: 2022,
      phrase: 'Sáng 19/8/2022',
    });
  });

  it('does not take ratios or other numbers for a date', () => {
    expect(leadDayMonth('10/11 chỉ tiêu đạt và vượt kế hoạch')).toBeUndefined();
    expect(leadDayMonth('Sáng 32/8, hội nghị')).toBeUndefined();
    expect(leadDayMonth('Thời gian qua, Huyện ủy')).toBeUndefined();
  });
});

describe('dates mentioned in the text', () => {
  it('finds full dates in the forms articles use, not phone numbers', () => {
    const text =
      'ngày 2-2-2008, ngày 21/3/2013, ngày 22.12.2024, ngày 02 tháng 01 năm 2020, (20/11/1982-20/11/2024), 31/2/2024, ĐT: 0293.3878.123';
    expect(fullDatesIn(text)).toEqual([
      { year: 2008, month: 2, day: 2 },
      { year: 2013, month: 3, day: 21 },
      { year: 2024, month: 12, day: 22 },
      { year: 1982, month: 11, day: 20 },
      { year: 2024, month: 11, day: 20 },
      { year: 2020, month: 1, day: 2 },
    ]);
  });

  it('reads reported years, not targets or periods', () => {
    expect(
      reportedYearsIn('Năm 2012, toàn tỉnh… định hướng đến năm 2020, giai đoạn năm 2013-2015, từ năm 2021 đến nay'),
    ).toEqual([2012, 2021]);
  });

  it('recognises anniversaries of known events only', () => {
    expect(anniversariesIn('nhân dịp kỷ niệm 77 năm Cách mạng Tháng Tám thành công, Huyện ủy')).toEqual([
      { years: 77, event: 'Cách mạng Tháng Tám thành công', since: 1945 },
    ]);
    expect(
      anniversariesIn('kỉ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024)')[0]?.since,
    ).toBe(1930);
    expect(anniversariesIn('kỷ niệm 75 năm Ngày thành lập Đảng bộ tỉnh')).toEqual([]);
    expect(anniversariesIn('kỷ niệm 20 năm thành lập trường')).toEqual([]);
  });
});

describe('inferArticleDate', () => {
  const evidence = (over: Partial<DateEvidence>): DateEvidence => ({
    text: '',
    documentDates: [],
    today: TODAY,
    ...over,
  });

  it('takes the date line with its time, and flags a weekday that does not match', () => {
    const line = {
      printed: 'Thứ Hai, ngày 06/12/2021 | 08:09',
      parsed: parseDateLine('Thứ Hai, ngày 06/12/2021 | 08:09')!,
    };
    expect(inferArticleDate(evidence({ dateLine: line }))).toEqual({
      value: '2021-12-06T08:09',
      basis: 'dòng ngày “Thứ Hai, ngày 06/12/2021 | 08:09”',
    });
    const wrong = { printed: 'Thứ Ba, 06/12/2021', parsed: parseDateLine('Thứ Ba, 06/12/2021')! };
    expect(inferArticleDate(evidence({ dateLine: wrong }))?.review).toBe(
      'Dòng ngày ghi Thứ Ba nhưng 6/12/2021 là Thứ Hai: kiểm tra lại ngày đăng.',
    );
  });

  it('dates “Sáng 19/8” by the anniversary the lead celebrates (seed 003)', () => {
    const lead =
      'Sáng 19/8, nhân dịp kỷ niệm 77 năm Cách mạng Tháng Tám thành công, Huyện ủy Mường Khương tổ chức Hội thảo.';
    const inferred = inferArticleDate(evidence({ lead, text: lead }));
    expect(inferred?.value).toBe('2022-08-19');
    expect(inferred?.note).toBe(
      'Bài chỉ ghi “Sáng 19/8” mà không ghi năm; năm 2022 được suy ra từ dịp kỷ niệm 77 năm Cách mạng Tháng Tám thành công (1945).',
    );
    expect(inferred?.review).toMatch(/kiểm tra lại/);
  });

  it('dates a day and month by the latest date in the text, rolling to the next year when needed', () => {
    const documentDates = [{ date: { year: 2024, month: 3, day: 12 }, label: '12/3/2024, Kế hoạch số 45-KH/HU' }];
    const autumn = inferArticleDate(
      evidence({ lead: 'Sáng 5-9, Ban Thường vụ', text: 'ngày 12/3/2024', documentDates }),
    );
    expect(autumn?.value).toBe('2024-09-05');
    expect(autumn?.note).toBe(
      'Bài chỉ ghi “Sáng 5-9” mà không ghi năm; năm 2024 được suy ra từ mốc muộn nhất được nhắc trong bài (12/3/2024, Kế hoạch số 45-KH/HU).',
    );
    expect(inferArticleDate(evidence({ lead: 'Sáng 5-2, Ban Thường vụ', text: '', documentDates }))?.value).toBe(
      '2025-02-05',
    );
  });

  it('without any date of publication, takes the latest date mentioned as a lower bound (seed 000)', () => {
    const text = 'Năm 2012, toàn tỉnh… Nghị quyết số 22-NQ/TW ngày 2-2-2008… Chỉ thị 29-CT/TU ngày 21-3-2013';
    const documentDates = [
      { date: { year: 2008, month: 2, day: 2 }, label: '2/2/2008, Nghị quyết số 22-NQ/TW' },
      { date: { year: 2013, month: 3, day: 21 }, label: '21/3/2013, Chỉ thị 29-CT/TU' },
    ];
    const inferred = inferArticleDate(evidence({ text, documentDates }));
    expect(inferred?.value).toBe('2013-03-21');
    expect(inferred?.note).toBe(
      'Bài không ghi ngày đăng; ngày ở đây là mốc muộn nhất được nhắc trong bài (21/3/2013, Chỉ thị 29-CT/TU), bài được đăng không sớm hơn ngày này.',
    );
  });

  it('ignores dates after today and gives up when nothing dates the article', () => {
    expect(inferArticleDate(evidence({ text: 'phấn đấu đến ngày 31/12/2030 và năm 2027' }))).toBeUndefined();
    expect(inferArticleDate(evidence({ text: 'Hội nghị đã thành công tốt đẹp.' }))).toBeUndefined();
  });
});
