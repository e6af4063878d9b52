import { describe, expect, it } from 'vitest';
import { metadataDate } from '../../../../src/lib/import/html/meta-date.ts';

describe('metadataDate', () => {
  it('keeps a Vietnam-time stamp to the minute', () => {
    expect(metadataDate('2025-10-22T19:25:52+07:00')).toBe('2025-10-22T19:25');
    expect(metadataDate('2012-12-23T14:02+07:00')).toBe('2012-12-23T14:02');
    expect(metadataDate('2015-03-23 08:06 +07:00')).toBe('2015-03-23T08:06');
  });

  it('moves another offset to Vietnam time, across midnight', () => {
    expect(metadataDate('2024-05-20T23:30:00Z')).toBe('2024-05-21T06:30');
    expect(metadataDate('2024-05-20T18:00:00.000+0100')).toBe('2024-05-21T00:00');
  });

  it('keeps a date without a time, and a time without an offset as Vietnam time', () => {
    expect(metadataDate('2012-12-25')).toBe('2012-12-25');
    expect(metadataDate('2024-06-01T09:05')).toBe('2024-06-01T09:05');
  });

  it('refuses what is not a date', () => {
    for (const raw of ['', 'hôm qua', '2024-13-01', '2024-02-30', '2024-01-01T25:00'])
      expect(metadataDate(raw)).toBe(undefined);
  });
});
