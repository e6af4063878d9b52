import { describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  formatVnDate,
  formatVnLongDate,
  formatVnTime,
  parseVnDateTime,
  vnIsoDate,
  vnIsoDateTime,
  vnParts,
  vnRfc822DateTime,
} from '../../../src/lib/dates/vn-date.ts';

function parsed(raw: string) {
  const result = parseVnDateTime(raw);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('parseVnDateTime', () => {
  it('reads dates and times as Vietnam wall-clock time', () => {
    expect(parsed('2021-12-06T08:09').date.toISOString()).toBe('2021-12-06T01:09:00.000Z');
    expect(parsed('2021-12-06 08:09').hasTime).toBe(true);
    expect(parsed('2013-06-15')).toEqual({ date: new Date('2013-06-14T17:00:00.000Z'), hasTime: false });
    expect(parsed('2024-02-29').date.toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });

  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024-13-45',
    '2024-00-10',
    '2024-04-31',
    '2021-12-06T24:00',
    '2021-12-06T08:60',
  ])('refuses the impossible date %s instead of rolling it over', (raw) => {
    const result = parseVnDateTime(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/không tồn tại|không hợp lệ/);
  });

  it.each(['hôm qua', '06/12/2021', '2021-12-6', '', '2021-12-06T8:09', '1899-01-01'])(
    'refuses the malformed %s',
    (raw) => {
      expect(parseVnDateTime(raw).ok).toBe(false);
    },
  );
});

describe('formatting in Vietnam time, whatever the machine zone', () => {
  // 18:09 UTC on 5 December is 01:09 on Monday 6 December in Vietnam.
  const lateEvening = new Date('2021-12-05T18:09:00Z');

  it('writes the Vietnamese long date with the weekday', () => {
    expect(formatVnLongDate(lateEvening)).toBe('Thứ Hai, 06/12/2021');
    expect(formatVnLongDate(new Date('2021-12-04T17:00:00Z'))).toBe('Chủ Nhật, 05/12/2021');
    expect(formatVnDate(lateEvening)).toBe('06/12/2021');
    expect(formatVnTime(lateEvening)).toBe('01:09');
  });

  it('gives calendar keys and offsets for machines', () => {
    expect(vnIsoDate(lateEvening)).toBe('2021-12-06');
    expect(vnIsoDateTime(lateEvening)).toBe('2021-12-06T01:09:00+07:00');
    // 06:00 on 1 January in Vietnam is still the previous year in UTC.
    expect(vnParts(parsed('2024-01-01T06:00').date).year).toBe(2024);
    expect(formatIsoDate('2008-02-02')).toBe('02/02/2008');
  });

  it('writes RSS dates in RFC 822 with the Vietnam offset, English names and two-digit days', () => {
    expect(vnRfc822DateTime(parsed('2021-12-06T08:09').date)).toBe('Mon, 06 Dec 2021 08:09:00 +0700');
    // 23:30 UTC on 31 December is already Wednesday 1 January in Vietnam.
    expect(vnRfc822DateTime(new Date('2024-12-31T23:30:00Z'))).toBe('Wed, 01 Jan 2025 06:30:00 +0700');
    expect(vnRfc822DateTime(parsed('2013-06-15').date)).toBe('Sat, 15 Jun 2013 00:00:00 +0700');
  });
});
