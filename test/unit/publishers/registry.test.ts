import { describe, expect, it } from 'vitest';
import { PUBLISHERS, publisherById, validatePublishers } from '../../../src/lib/publishers/registry.ts';
import { provinceById, PROVINCES_UNTIL_2025 } from '../../../src/lib/places/localities.ts';

const paper = (over: Record<string, unknown> = {}) => ({
  id: 'bao-thu',
  name: 'Báo Thử',
  kind: 'provincial-paper',
  province: 'gia-lai',
  domains: ['baothu.vn'],
  markers: ['BTH'],
  ...over,
});

describe('content/publishers.json', () => {
  it('loads, with unique ids, known provinces and existing successors', () => {
    expect(PUBLISHERS.length).toBeGreaterThan(200);
    for (const p of PUBLISHERS) {
      if (p.province !== undefined) expect(provinceById(p.province), p.id).toBeDefined();
      if (p.mergedInto !== undefined) expect(publisherById(p.mergedInto), p.id).toBeDefined();
    }
  });

  it('has a Party paper for every province that existed until 30/6/2025', () => {
    const covered = new Set(PUBLISHERS.filter((p) => p.kind === 'provincial-paper').map((p) => p.province));
    const missing = PROVINCES_UNTIL_2025.filter((p) => !covered.has(p.id)).map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it('holds the markers real pages print', () => {
    const owner = (marker: string) => PUBLISHERS.find((p) => p.markers.includes(marker))?.id;
    expect(owner('GLO')).toBe('bao-gia-lai');
    expect(owner('ĐTO')).toBe('bao-dong-thap');
    expect(owner('QBĐT')).toBe('bao-quang-binh');
    expect(owner('HYTV')).toBe('ptth-hung-yen');
    expect(owner('Baothanhhoa.vn')).toBe('bao-thanh-hoa');
    expect(owner('NDO')).toBe('nhan-dan');
    expect(owner('ĐCSVN')).toBe('dang-cong-san');
  });
});

describe('validatePublishers', () => {
  it('accepts a well-formed entry', () => {
    expect(validatePublishers([paper()]).publishers[0]).toMatchObject({ id: 'bao-thu', aliases: [], inferred: false });
  });

  it.each([
    ['a repeated id', [paper(), paper({ domains: [], markers: [] })], /mục 1 \(“bao-thu”\) lặp lại id/],
    ['an unknown province', [paper({ province: 'xu-la' })], /tỉnh “xu-la” không có trong content\/localities\.json/],
    [
      'a domain claimed twice',
      [paper(), paper({ id: 'bao-khac', markers: [] })],
      /tên miền “baothu\.vn” đã thuộc về “bao-thu”/,
    ],
    [
      'a marker claimed twice, in another case',
      [paper(), paper({ id: 'bao-khac', domains: [], markers: ['bth'] })],
      /dấu nguồn “bth” đã thuộc về “bao-thu”/,
    ],
    ['a missing successor', [paper({ mergedInto: 'khong-co' })], /sáp nhập vào “khong-co”, không có trong danh mục/],
    [
      'a merger loop',
      [paper({ mergedInto: 'bao-khac' }), paper({ id: 'bao-khac', domains: [], markers: [], mergedInto: 'bao-thu' })],
      /quay vòng/,
    ],
    ['an unknown field', [paper({ website: 'x' })], /trường không được hỗ trợ “website”/],
    ['a wrong kind', [paper({ kind: 'blog' })], /cần “kind” là một trong/],
    [
      'a domain with a scheme',
      [paper({ domains: ['https://baothu.vn'] })],
      /tên miền “https:\/\/baothu\.vn” không hợp lệ/,
    ],
    ['a bad date', [paper({ until: '30/6/2025' })], /cần ngày dạng YYYY-MM-DD ở “until”/],
    ['a provincial paper without province', [paper({ province: undefined })], /thiếu “province”/],
  ])('refuses %s with a Vietnamese message', (_name, raw, message) => {
    expect(() => validatePublishers(raw)).toThrow(message);
  });
});
