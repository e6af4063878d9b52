import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadMarker, listMarkerPublication, publicationOf } from '../../../src/lib/import/source-markers.ts';

const LEAD =
  'Tích cực, đổi mới và chủ động tìm tòi, triển khai trong công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị.';

describe('leadMarker', () => {
  it('reads the three forms of the seeds and strips them from the lead', () => {
    expect(leadMarker(`(ĐCSVN) - ${LEAD}`)).toEqual({ marker: '(ĐCSVN)', rest: LEAD });
    expect(leadMarker(`NDO - ${LEAD}`)).toEqual({ marker: 'NDO', rest: LEAD });
    expect(leadMarker(`(Baothanhhoa.vn) – ${LEAD}`)).toEqual({ marker: '(Baothanhhoa.vn)', rest: LEAD });
    expect(leadMarker(`(Baoyenbai.com.vn)—${LEAD}`)?.marker).toBe('(Baoyenbai.com.vn)');
  });

  it('ignores captions, short teaser lines and ordinary words before a dash', () => {
    expect(leadMarker(`(Ảnh: PV) - ${LEAD}`)).toBeUndefined();
    expect(leadMarker('(HGO) - Chiều ngày 20-11, hội nghị.')).toBeUndefined();
    expect(leadMarker(`Hậu Giang - ${LEAD}`)).toBeUndefined();
    expect(leadMarker(LEAD)).toBeUndefined();
  });
});

describe('publicationOf', () => {
  it('names the publication of known markers, with or without parentheses', () => {
    expect(publicationOf('(ĐCSVN)')?.name).toBe('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(publicationOf('NDO')?.name).toBe('Báo Nhân Dân');
    expect(publicationOf('(baothanhhoa.vn)')).toEqual({ name: 'Báo Thanh Hóa', provinceId: 'thanh-hoa' });
    expect(publicationOf('(HG)')).toEqual(publicationOf('HGO'));
    expect(publicationOf('(Baoyenbai.com.vn)')).toBeUndefined();
  });
});

describe('listMarkerPublication', () => {
  it('names the page of seed 001 from the markers of its other stories', () => {
    const lines = readFileSync('test/fixtures/seeds/001_68bbb75da05f07e3.txt', 'utf8').split('\n');
    expect(listMarkerPublication(lines)?.publication.name).toBe('Báo Hậu Giang');
    expect(listMarkerPublication(['Tin khác', 'Một dòng không có dấu nguồn'])).toBeUndefined();
  });
});
