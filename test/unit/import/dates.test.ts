import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  anniversariesIn,
  fullDatesIn,
  inferArticleDate,
  leadDayMonth,
  parseDateLine,
  reportedYearsIn,
  withDateLine,
  type DateEvidence,
  type DateOutcome,
  type PageDateLines,
} from '../../../src/lib/import/dates.ts';
import { importArticle } from '../../../src/lib/import/import-article.ts';
import { findProvince } from '../../../src/lib/places/localities.ts';

const TODAY = { year: 2026, month: 1, day: 1 };

describe('parseDateLine', () => {
  it.each([
    // The forms of issue 13, as real CMSs print them.
    ['Ngày xuất bản: 16/09/2020 5:02:00 CH', { year: 2020, month: 9, day: 16, hour: 17, minute: 2, role: 'published' }],
    ['Cập nhật ngày: 14/11/2020 05:25:12', { year: 2020, month: 11, day: 14, hour: 5, minute: 25, role: 'updated' }],
    ['Thứ 4, 22.12.2021 | 20:42:03', { year: 2021, month: 12, day: 22, hour: 20, minute: 42, weekday: 3 }],
    [
      'Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021',
      { year: 2021, month: 3, day: 30, hour: 8, minute: 50, role: 'published' },
    ],
    ['Thứ Tư, 08/04/2015, 08:11 [GMT+7]', { year: 2015, month: 4, day: 8, hour: 8, minute: 11, weekday: 3 }],
    [
      '• Cập nhật: Thứ sáu, 18/10/2019 | 1:36:31 PM',
      { year: 2019, month: 10, day: 18, hour: 13, minute: 36, weekday: 5, role: 'updated' },
    ],
    // Their kin.
    ['Thứ Hai, ngày 06/12/2021 | 08:09', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
    ['Thứ hai, 13/11/2023 20:21', { year: 2023, month: 11, day: 13, hour: 20, minute: 21, weekday: 1 }],
    ['13/11/2023 20:21', { year: 2023, month: 11, day: 13, hour: 20, minute: 21 }],
    ['08:09 06/12/2021', { year: 2021, month: 12, day: 6, hour: 8, minute: 9 }],
    ['Chủ nhật, 5/1/2020 - 14:30', { year: 2020, month: 1, day: 5, hour: 14, minute: 30, weekday: 0 }],
    ['10:15 | 20/05/2022', { year: 2022, month: 5, day: 20, hour: 10, minute: 15 }],
    ['20/05/2022 10:15 (GMT+07:00)', { year: 2022, month: 5, day: 20, hour: 10, minute: 15 }],
    ['Thứ Ba, 15/07/2025 - 10:20 (GMT+7)', { year: 2025, month: 7, day: 15, hour: 10, minute: 20, weekday: 2 }],
    ['Chủ nhật, 5/1/2025', { year: 2025, month: 1, day: 5, weekday: 0 }],
    ['09:15 21/11/2024', { year: 2024, month: 11, day: 21, hour: 9, minute: 15 }],
    ['13/10/2020, 20:57', { year: 2020, month: 10, day: 13, hour: 20, minute: 57 }],
    ['15-03-2024 14:30', { year: 2024, month: 3, day: 15, hour: 14, minute: 30 }],
    ['Đăng lúc 08:09 06/12/2021', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, role: 'published' }],
    ['Đăng ngày: 06.12.2021', { year: 2021, month: 12, day: 6, role: 'published' }],
    ['Ngày đăng: 24/09/2018', { year: 2018, month: 9, day: 24, role: 'published' }],
    ['Ngày phát hành 18:40 | 8/8/2022', { year: 2022, month: 8, day: 8, hour: 18, minute: 40, role: 'published' }],
    [
      'Lượt xem: 7370 | Gửi lúc: 05/12/2013 15:42:27',
      { year: 2013, month: 12, day: 5, hour: 15, minute: 42, role: 'published' },
    ],
    ['Cập nhật lúc 9:05 SA, 02/03/2023', { year: 2023, month: 3, day: 2, hour: 9, minute: 5, role: 'updated' }],
    ['12:30 CH 02/03/2023', { year: 2023, month: 3, day: 2, hour: 12, minute: 30 }],
    ['12:10 SA 02/03/2023', { year: 2023, month: 3, day: 2, hour: 0, minute: 10 }],
    ['Thứ bảy, 02/03/2024 - 07h45', { year: 2024, month: 3, day: 2, hour: 7, minute: 45, weekday: 6 }],
    [
      'Cập nhật: 08:09, Thứ 2, 06-12-2021',
      { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1, role: 'updated' },
    ],
    // National outlets' templates.
    ['Thứ Hai, 08:09, 06/12/2021', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
    ['06/12/2021 08:09 GMT+7', { year: 2021, month: 12, day: 6, hour: 8, minute: 9 }],
    ['Thứ hai, 06/12/2021 - 08:09', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
    ['Thứ Hai, 06-12-2021, 08:09', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
    ['Ngày 06-12-2021 08:09', { year: 2021, month: 12, day: 6, hour: 8, minute: 9 }],
    ['Thứ Hai, 06 Tháng 12, 2021 08:09', { year: 2021, month: 12, day: 6, hour: 8, minute: 9, weekday: 1 }],
    ['Ngày đăng: 6 tháng 12 năm 2021', { year: 2021, month: 12, day: 6, role: 'published' }],
    ['06/12/2021 08:09 (giờ Việt Nam)', { year: 2021, month: 12, day: 6, hour: 8, minute: 9 }],
  ])('%s', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });

  it('refuses impossible dates and times, and lines that say more than a date', () => {
    expect(parseDateLine('Thứ Sáu, 30/02/2024')).toBeUndefined();
    expect(parseDateLine('06/12/2021 25:10')).toBeUndefined();
    expect(parseDateLine('06/12/2021 10:75')).toBeUndefined();
    expect(parseDateLine('Ngày 06/12/2021, Huyện ủy tổ chức hội nghị.')).toBeUndefined();
    expect(parseDateLine('(20/11/1982-20/11/2024)')).toBeUndefined();
    expect(parseDateLine('12/3/2024 - 15/3/2024')).toBeUndefined();
    expect(parseDateLine('Số 12 – 06/12/2021')).toBeUndefined();
    expect(parseDateLine('Nghị quyết 15-NQ/HU ngày 10/5/2021')).toBeUndefined();
    expect(parseDateLine('Sáng 19/8')).toBeUndefined();
    expect(parseDateLine('0293.3878.123')).toBeUndefined();
  });
});

describe('withDateLine', () => {
  const add = (lines: PageDateLines, printed: string) => withDateLine(lines, printed, parseDateLine(printed)!);

  it('keeps the publication line over a later update line, and the update apart', () => {
    const lines = add(add({}, 'Cập nhật ngày: 17/09/2020 08:15:40'), 'Ngày xuất bản: 16/09/2020 5:02:00 CH');
    expect(lines.dateLine?.printed).toBe('Ngày xuất bản: 16/09/2020 5:02:00 CH');
    expect(lines.updatedLine?.printed).toBe('Cập nhật ngày: 17/09/2020 08:15:40');
  });

  it('keeps the first unlabelled line, but a labelled publication line beats it (a header prints today)', () => {
    expect(add(add({}, '13/11/2023 20:21'), '09:15 21/11/2024').dateLine?.printed).toBe('13/11/2023 20:21');
    expect(add(add({}, 'Thứ Năm, 01/01/2026'), 'Ngày đăng: 24/09/2018').dateLine?.printed).toBe(
      'Ngày đăng: 24/09/2018',
    );
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

  it.each([
    ['Đến ngày 27-11, toàn huyện đã có', 'Đến ngày 27-11', 27, 11],
    ['Trực tiếp - Ngày 9-4, Đảng ủy Khối', 'Ngày 9-4', 9, 4],
    ['Chiều 5-9, Ban Thường vụ', 'Chiều 5-9', 5, 9],
    ['Ngày 28/7, đoàn công tác', 'Ngày 28/7', 28, 7],
    ['Sáng nay (01.8), Ban Tuyên giáo', 'Sáng nay (01.8)', 1, 8],
    ['Chiều qua 30/9, tại hội trường', 'Chiều qua 30/9', 30, 9],
    ['Tính đến ngày 30/11, toàn tỉnh', 'Tính đến ngày 30/11', 30, 11],
  ])('%s', (lead, phrase, day, month) => {
    expect(leadDayMonth(lead)).toEqual({ day, month, phrase });
  });

  it('does not take ratios, effective dates or other numbers for the story’s day', () => {
    expect(leadDayMonth('10/11 chỉ tiêu đạt và vượt kế hoạch')).toBeUndefined();
    expect(leadDayMonth('Sáng 32/8, hội nghị')).toBeUndefined();
    expect(leadDayMonth('Sáng 1.000 người dân')).toBeUndefined();
    expect(leadDayMonth('Thời gian qua, Huyện ủy')).toBeUndefined();
    expect(leadDayMonth('Từ 1/7, các xã mới đi vào hoạt động')).toBeUndefined();
    expect(leadDayMonth('Vào ngày 29/6/2007, tròn 10 năm')).toBeUndefined();
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

  it('reads reported years, never targets, terms, periods or births', () => {
    expect(
      reportedYearsIn(
        'Năm 2012, toàn tỉnh… định hướng đến năm 2020, giai đoạn năm 2013-2015, từ năm 2021 đến nay, trong năm 2022',
      ),
    ).toEqual([2012, 2022]);
    expect(
      reportedYearsIn(
        'ông sinh năm 1958; phấn đấu năm 2025; hoàn thành vào năm 2025; tầm nhìn năm 2045; nhiệm kỳ năm 2025-2030; kế hoạch năm 2026',
      ),
    ).toEqual([]);
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
    leads: [],
    text: '',
    documentDates: [],
    today: TODAY,
    ...over,
  });
  const lines = (...printed: string[]): PageDateLines =>
    printed.reduce<PageDateLines>((acc, line) => withDateLine(acc, line, parseDateLine(line)!), {});
  const dated = (outcome: DateOutcome) => {
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.date;
  };
  const refusal = (outcome: DateOutcome) => (outcome.ok ? `dated ${outcome.date.value}` : outcome.reason);

  it('takes the date line with its time, and flags a weekday that does not match', () => {
    expect(dated(inferArticleDate(evidence({ lines: lines('Thứ Hai, ngày 06/12/2021 | 08:09') })))).toEqual({
      value: '2021-12-06T08:09',
      basis: 'dòng ngày “Thứ Hai, ngày 06/12/2021 | 08:09”',
    });
    expect(dated(inferArticleDate(evidence({ lines: lines('Thứ Ba, 06/12/2021') }))).review).toEqual([
      'Dòng ngày “Thứ Ba, 06/12/2021” ghi Thứ Ba nhưng 6/12/2021 là Thứ Hai: kiểm tra lại ngày đăng.',
    ]);
  });

  it('takes the publication line over the update, and the update as `updated`', () => {
    const date = dated(
      inferArticleDate(
        evidence({ lines: lines('Cập nhật ngày: 17/09/2020 08:15:40', 'Ngày xuất bản: 16/09/2020 5:02:00 CH') }),
      ),
    );
    expect(date.value).toBe('2020-09-16T17:02');
    expect(date.updated).toEqual({
      value: '2020-09-17T08:15',
      basis: 'dòng ngày cập nhật “Cập nhật ngày: 17/09/2020 08:15:40”',
    });
    expect(date.review).toBeUndefined();
  });

  it('keeps no update on the same day without a time, and flags an update before the publication', () => {
    const sameDay = dated(
      inferArticleDate(evidence({ lines: lines('Ngày đăng: 16/09/2020 17:02', 'Cập nhật ngày: 16/09/2020') })),
    );
    expect(sameDay.updated).toBeUndefined();
    expect(sameDay.review).toBeUndefined();
    const earlier = dated(
      inferArticleDate(evidence({ lines: lines('Ngày đăng: 16/09/2020 17:02', 'Cập nhật: 16/09/2020 09:00') })),
    );
    expect(earlier.updated).toBeUndefined();
    expect(earlier.review).toEqual([
      'Dòng cập nhật “Cập nhật: 16/09/2020 09:00” sớm hơn dòng ngày đăng “Ngày đăng: 16/09/2020 17:02”: kiểm tra lại.',
    ]);
  });

  it('takes an update line alone as the date, asking the editor to check', () => {
    const date = dated(inferArticleDate(evidence({ lines: lines('• Cập nhật: Thứ sáu, 18/10/2019 | 1:36:31 PM') })));
    expect(date.value).toBe('2019-10-18T13:36');
    expect(date.updated).toBeUndefined();
    expect(date.review).toEqual([expect.stringMatching(/^Trang chỉ ghi ngày cập nhật .*ngày đăng có thể sớm hơn/)]);
  });

  it('lets the date line win over the lead’s day, and flags a disagreement of more than a few days', () => {
    const line = lines('20/05/2022 10:15 (GMT+07:00)');
    const agreeing = dated(inferArticleDate(evidence({ lines: line, leads: ['Chiều 19/5, Đảng ủy Khối'] })));
    expect(agreeing).toEqual({ value: '2022-05-20T10:15', basis: 'dòng ngày “20/05/2022 10:15 (GMT+07:00)”' });
    const far = dated(inferArticleDate(evidence({ lines: line, leads: ['Trực tiếp - Ngày 9-4, Đảng ủy Khối'] })));
    expect(far.value).toBe('2022-05-20T10:15');
    expect(far.review).toEqual([
      'Đầu bài ghi “Ngày 9-4” nhưng dòng ngày là “20/05/2022 10:15 (GMT+07:00)”: đã lấy ngày của dòng ngày, kiểm tra lại.',
    ]);
    // Across the new year: 31/12 is a day before 1/1.
    const newYear = inferArticleDate(
      evidence({ lines: lines('01/01/2024 07:00'), leads: ['Tối 31/12, tại quảng trường'] }),
    );
    expect(dated(newYear).review).toBeUndefined();
  });

  it('never produces a date before 1945 or after today', () => {
    expect(refusal(inferArticleDate(evidence({ lines: lines('Thứ Hai, 06/12/2027 08:00') })))).toMatch(
      /^không xác định được ngày đăng: dòng ngày .* sau hôm nay/,
    );
    expect(refusal(inferArticleDate(evidence({ lines: lines('02/09/1935') })))).toMatch(/trước năm 1945/);
    expect(refusal(inferArticleDate(evidence({ leads: ['Sáng 19/8/2027, Huyện ủy'] })))).toMatch(/sau hôm nay/);
    expect(refusal(inferArticleDate(evidence({ leads: ['Sáng 19/8/1940, tại chiến khu'] })))).toMatch(/trước năm 1945/);
  });

  it('dates “Sáng 19/8” by the anniversary the lead celebrates (seed 003)', () => {
    const lead =
      'Sáng 19/8, nhân dịp kỷ niệm 77 năm Cách mạng Tháng Tám thành công, Huyện ủy Mường Khương tổ chức Hội thảo.';
    const inferred = dated(inferArticleDate(evidence({ leads: [lead], text: lead })));
    expect(inferred.value).toBe('2022-08-19');
    expect(inferred.note).toBe(
      'Bài chỉ ghi “Sáng 19/8” mà không ghi năm; năm 2022 được suy ra từ dịp kỷ niệm 77 năm Cách mạng Tháng Tám thành công (1945).',
    );
    expect(inferred.review).toEqual([expect.stringMatching(/kiểm tra lại/)]);
  });

  it('dates a lead’s day by the same day printed with its year in the text, not by a document of that day', () => {
    const text = 'Ngày 27/4, … Tối ngày 27/4/2021, hội nghị bế mạc.';
    const inferred = dated(inferArticleDate(evidence({ leads: ['Ngày 27/4, Tỉnh ủy'], text })));
    expect(inferred.value).toBe('2021-04-27');
    expect(inferred.basis).toBe('“Ngày 27/4” ở đầu bài, năm theo ngày 27/4/2021 in trong bài');
    const documentDates = [{ date: { year: 2018, month: 4, day: 27 }, label: '27/4/2018, Nghị quyết số 10-NQ/TU' }];
    const documentDay = inferArticleDate(
      evidence({ leads: ['Ngày 27/4, Tỉnh ủy'], text: 'Nghị quyết số 10-NQ/TU ngày 27/4/2018', documentDates }),
    );
    expect(refusal(documentDay)).toMatch(/trang chỉ ghi “Ngày 27\/4”, không ghi năm/);
  });

  it('dates a lead’s day by the stamps of the other stories on the page, near one year only', () => {
    const inferred = dated(
      inferArticleDate(
        evidence({
          leads: ['Sáng 5-9, Ban Thường vụ'],
          pageStamps: [
            { year: 2024, month: 9, day: 6 },
            { year: 2024, month: 9, day: 5 },
          ],
        }),
      ),
    );
    expect(inferred.value).toBe('2024-09-05');
    expect(inferred.note).toBe(
      'Bài chỉ ghi “Sáng 5-9” mà không ghi năm; năm 2024 được suy ra từ ngày giờ của các tin khác trên cùng trang (6/9/2024).',
    );
    // Stamps months away say nothing about the year.
    const far = evidence({ leads: ['Sáng 5-9, Ban Thường vụ'], pageStamps: [{ year: 2024, month: 3, day: 1 }] });
    expect(inferArticleDate(far).ok).toBe(false);
  });

  it('refuses a lead’s day without a year, quoting it and naming what to pass', () => {
    const text =
      'Ngày 28/7, đoàn công tác… nhiệm kỳ 2025-2030… Nghị quyết số 15-NQ/HU ngày 10/5/2021… phấn đấu đến năm 2030… vào năm 2025; đồng chí sinh năm 1958';
    const documentDates = [{ date: { year: 2021, month: 5, day: 10 }, label: '10/5/2021, Nghị quyết số 15-NQ/HU' }];
    expect(refusal(inferArticleDate(evidence({ leads: ['Ngày 28/7, đoàn công tác'], text, documentDates })))).toBe(
      'không xác định được ngày đăng: trang chỉ ghi “Ngày 28/7”, không ghi năm; mốc muộn nhất bài nhắc là 10/5/2021, Nghị quyết số 15-NQ/HU, bài đăng không sớm hơn ngày này: chạy lại với --date YYYY-07-28 (YYYY là năm đăng bài)',
    );
    expect(refusal(inferArticleDate(evidence({ leads: ['Sáng 5-9, Ban Thường vụ'] })))).toBe(
      'không xác định được ngày đăng: trang chỉ ghi “Sáng 5-9”, không ghi năm: chạy lại với --date YYYY-09-05 (YYYY là năm đăng bài)',
    );
  });

  it('refuses a full date in the lead unless a time of day marks it as the story’s day', () => {
    expect(dated(inferArticleDate(evidence({ leads: ['Sáng 19/8/2022, Huyện ủy'] })))).toEqual({
      value: '2022-08-19',
      basis: '“Sáng 19/8/2022” ở đầu bài',
      review: ['Ngày đăng lấy theo ngày của sự việc ở đầu bài (“Sáng 19/8/2022”): kiểm tra lại.'],
    });
    // History recalled (`Ngày 20/7/1973, …`) and cut-off dates (`Tính đến ngày 31/12/2016`).
    expect(refusal(inferArticleDate(evidence({ leads: ['Ngày 20/7/1973, ngôi sao'] })))).toBe(
      'không xác định được ngày đăng: đầu bài ghi “Ngày 20/7/1973”, có thể là ngày của sự việc chứ không phải ngày đăng: nếu đúng là ngày đăng, chạy lại với --date 1973-07-20',
    );
    expect(inferArticleDate(evidence({ leads: ['Tính đến ngày 31/12/2016, toàn tỉnh'] })).ok).toBe(false);
  });

  it('refuses a lead’s day that the text shows to be history', () => {
    const text = 'Chiều 21/6/1977, … kỷ niệm … năm 2017 … ngày 15/6/2017';
    expect(refusal(inferArticleDate(evidence({ leads: ['Chiều 21/6/1977, tại hội trường'], text })))).toMatch(
      /đầu bài ghi “Chiều 21\/6\/1977” nhưng bài còn nhắc mốc muộn hơn nhiều \(15\/6\/2017\)/,
    );
  });

  it('never dates an article from the years or documents it mentions (seed 000, the 2025 target)', () => {
    const text = 'Năm 2012, toàn tỉnh… Nghị quyết số 22-NQ/TW ngày 2-2-2008… Chỉ thị 29-CT/TU ngày 21-3-2013';
    const documentDates = [
      { date: { year: 2008, month: 2, day: 2 }, label: '2/2/2008, Nghị quyết số 22-NQ/TW' },
      { date: { year: 2013, month: 3, day: 21 }, label: '21/3/2013, Chỉ thị 29-CT/TU' },
    ];
    expect(refusal(inferArticleDate(evidence({ text, documentDates })))).toBe(
      'không xác định được ngày đăng: trang không có dòng ngày đăng và đầu bài không ghi ngày; mốc muộn nhất bài nhắc là 21/3/2013, Chỉ thị 29-CT/TU, bài đăng không sớm hơn ngày này: chạy lại với --date YYYY-MM-DD',
    );
    for (const target of [
      'Năm 2020, huyện đã… phấn đấu hoàn thành vào năm 2025',
      'ông sinh năm 1958',
      'Đại hội nhiệm kỳ 2025-2030 … giai đoạn 2021-2025',
      'phấn đấu đến ngày 31/12/2030 và năm 2027',
    ]) {
      expect(refusal(inferArticleDate(evidence({ text: target })))).toMatch(/^không xác định được ngày đăng: /);
    }
    expect(refusal(inferArticleDate(evidence({ text: 'Hội nghị đã thành công tốt đẹp.' })))).toBe(
      'không xác định được ngày đăng: trang không có dòng ngày đăng và đầu bài không ghi ngày: chạy lại với --date YYYY-MM-DD',
    );
  });
});

describe('dates of whole pages (test/fixtures/import/date-*.txt)', () => {
  const page = (name: string) => readFileSync(`test/fixtures/import/${name}.txt`, 'utf8');
  // The province is given: these pages are about dates, not places.
  const province = findProvince('Bình Phước')!;
  const imported = (name: string) => {
    const result = importArticle(page(name), { today: TODAY, province });
    if (!result.ok) throw new Error(result.reason);
    return result.article;
  };

  it.each([
    ['date-ngay-xuat-ban-cap-nhat', '2020-09-16T17:02', 'Ngày xuất bản: 16/09/2020 5:02:00 CH'],
    ['date-thu-so-cham-gach', '2021-12-22T20:42', 'Thứ 4, 22.12.2021 | 20:42:03'],
    ['date-chuyen-muc-ngay-dang', '2021-03-30T08:50', 'Xây dựng Đảng - Ngày đăng : 08:50, 30/03/2021'],
    ['date-gmt-ngoac-vuong', '2015-04-08T08:11', 'Thứ Tư, 08/04/2015, 08:11 [GMT+7]'],
    ['date-chi-cap-nhat-pm', '2019-10-18T13:36', '• Cập nhật: Thứ sáu, 18/10/2019 | 1:36:31 PM'],
    ['date-dau-bai-lech-dong-ngay', '2022-05-20T10:15', '20/05/2022 10:15 (GMT+07:00)'],
  ])('%s is dated %s, and its date line is page furniture', (name, date, printed) => {
    const article = imported(name);
    expect(article.frontmatter.date).toBe(date);
    expect(article.frontmatter.dateNote).toBeUndefined();
    expect(article.markdown).not.toContain(printed);
    expect(article.inferred).toContainEqual({
      field: 'Ngày đăng',
      value: date,
      basis: expect.stringContaining(printed),
    });
  });

  it('keeps the later update as `updated`', () => {
    const article = imported('date-ngay-xuat-ban-cap-nhat');
    expect(article.frontmatter.updated).toBe('2020-09-17T08:15');
    expect(article.markdown).toMatch(/^updated: 2020-09-17T08:15$/m);
    expect(article.markdown).not.toContain('Cập nhật ngày');
  });

  it('flags what the editor must check: an update line alone, a lead day far from the date line', () => {
    expect(imported('date-chi-cap-nhat-pm').review.join('\n')).toMatch(/Trang chỉ ghi ngày cập nhật/);
    expect(imported('date-dau-bai-lech-dong-ngay').review.join('\n')).toMatch(
      /Đầu bài ghi “Ngày 9-4” nhưng dòng ngày là “20\/05\/2022 10:15 \(GMT\+07:00\)”/,
    );
  });

  it('dates a lead’s day by the time stamps of the page’s other stories, never by a header’s weekday date', () => {
    const article = imported('date-tin-khac-cung-trang');
    expect(article.frontmatter.date).toBe('2024-09-05');
    expect(article.frontmatter.dateNote).toMatch(/ngày giờ của các tin khác trên cùng trang \(6\/9\/2024\)/);
    const raw = page('date-tin-khac-cung-trang');
    const withoutStamp = raw.replace('08:10 06/09/2024\n', '');
    const refused = importArticle(withoutStamp, { today: TODAY, province });
    expect(refused.ok ? '' : refused.reason).toMatch(/trang chỉ ghi “Sáng 5-9”, không ghi năm/);
  });

  it('takes an unlabelled stamp inside the body for another story’s, a labelled one for this story’s', () => {
    const raw = page('date-tin-khac-cung-trang').replace('Tin cùng chuyên mục\n', '');
    const stampInBody = importArticle(raw.replace('08:10 06/09/2024\n', ''), { today: TODAY, province });
    expect(stampInBody.ok ? '' : stampInBody.reason).toMatch(/trang chỉ ghi “Sáng 5-9”/);
    const labelled = importArticle(raw.replace('Thứ Sáu, 06/09/2024', 'Ngày đăng: 05/09/2024 15:20'), {
      today: TODAY,
      province,
    });
    expect(labelled.ok && labelled.article.frontmatter.date).toBe('2024-09-05T15:20');
  });

  it('refuses a page that prints only “Ngày 28/7”, whatever targets and terms its text mentions', () => {
    const result = importArticle(page('date-dau-bai-khong-nam'), { today: TODAY, province });
    expect(result.ok ? '' : result.reason).toMatch(
      /^không xác định được ngày đăng: trang chỉ ghi “Ngày 28\/7”, không ghi năm.*--date YYYY-07-28/,
    );
    const given = importArticle(page('date-dau-bai-khong-nam'), { today: TODAY, province, date: '2021-07-28' });
    expect(given.ok && given.article.frontmatter.date).toBe('2021-07-28');
  });
});
