import { describe, expect, it } from 'vitest';
import data from '../../../content/districts.json' with { type: 'json' };
import {
  DISTRICTS,
  districtByCode,
  districtProvince,
  findDistricts,
  validateDistricts,
} from '../../../src/lib/places/districts.ts';
import { PROVINCES_UNTIL_2025 } from '../../../src/lib/places/localities.ts';
import { normalizeTonePlacement } from '../../../src/lib/text/vi-text.ts';

const live = DISTRICTS.filter((d) => d.until === undefined);

describe('district registry', () => {
  it('has every district-level unit of 30/6/2025 and those abolished on 1/1/2025', () => {
    expect(live).toHaveLength(696);
    const abolished = DISTRICTS.filter((d) => d.until !== undefined);
    expect(abolished.map((d) => d.name).sort()).toEqual(
      [
        'Cát Tiên',
        'Cửa Lò',
        'Đông Sơn',
        'Long Điền',
        'Lộc Hà',
        'Mỹ Lộc',
        'Nam Đông',
        'Ninh Bình',
        'Nông Sơn',
        'Yên Dũng',
      ].sort(),
    );
    expect(abolished.every((d) => d.until === '2024-12-31')).toBe(true);
    const counts = Object.fromEntries(
      ['huyện', 'quận', 'thị xã', 'thành phố'].map((t) => [t, live.filter((d) => d.type === t).length]),
    );
    expect(counts).toEqual({ huyện: 508, quận: 49, 'thị xã': 52, 'thành phố': 87 });
  });

  it('puts every unit in one of the 63 provinces, and every province has units', () => {
    expect(DISTRICTS.every((d) => d.province.until2025)).toBe(true);
    const provinces = new Set(live.map((d) => d.province));
    expect(PROVINCES_UNTIL_2025.filter((p) => !provinces.has(p)).map((p) => p.id)).toEqual([]);
    expect(provinces.size).toBe(63);
  });

  it('keeps GSO codes unique and names in NFC with the tone placement of the province registry', () => {
    expect(new Set(DISTRICTS.map((d) => d.code)).size).toBe(DISTRICTS.length);
    expect(DISTRICTS.every((d) => /^\d{3}$/.test(d.code))).toBe(true);
    for (const d of DISTRICTS) {
      for (const spelling of [d.name, ...d.aliases]) expect(spelling).toBe(spelling.normalize('NFC'));
      expect(d.name).toBe(normalizeTonePlacement(d.name, 'old'));
    }
    expect(districtByCode('935')?.name).toBe('Vị Thủy');
  });

  it('covers the districts the seed articles name', () => {
    for (const name of [
      'Vị Thủy',
      'Thường Xuân',
      'Mường Khương',
      'Việt Yên',
      'Tân Yên',
      'Lạng Giang',
      'Hiệp Hòa',
      'Sơn Động',
      'Yên Dũng',
    ]) {
      expect(findDistricts(name), name).toHaveLength(1);
    }
    expect(findDistricts('Vị Thủy')[0]?.province.id).toBe('hau-giang');
    expect(findDistricts('Mường Khương')[0]?.province.id).toBe('lao-cai');
  });

  it('places the districts of real pages', () => {
    expect(findDistricts('Chư Prông').map((d) => d.province.id)).toEqual(['gia-lai']);
    expect(findDistricts('Thủ Dầu Một').map((d) => [d.type, d.province.id])).toEqual([['thành phố', 'binh-duong']]);
    expect(findDistricts('Quận 1').map((d) => d.province.id)).toEqual(['ho-chi-minh']);
    expect(findDistricts('Mộc Châu')[0]?.type).toBe('thị xã');
    expect(findDistricts('Phú Mỹ')[0]?.type).toBe('thành phố');
  });

  it('finds a district by any tone placement, case, former name or common spelling', () => {
    expect(findDistricts('vị thuỷ')[0]?.name).toBe('Vị Thủy');
    expect(findDistricts('Hiệp Hoà')[0]?.name).toBe('Hiệp Hòa');
    expect(findDistricts('Tĩnh Gia')[0]?.name).toBe('Nghi Sơn');
    expect(findDistricts('Sapa')[0]?.name).toBe('Sa Pa');
    expect(findDistricts('Đất Đỏ')[0]?.name).toBe('Long Đất');
    expect(findDistricts('Đăk Mil')[0]?.name).toBe('Đắk Mil');
    expect(findDistricts('Không Có')).toEqual([]);
  });

  it('returns every province a repeated name belongs to, and a province only when they agree', () => {
    const chauThanh = findDistricts('Châu Thành').map((d) => d.province.id);
    expect(chauThanh.length).toBeGreaterThanOrEqual(8);
    expect(chauThanh).toEqual(expect.arrayContaining(['hau-giang', 'tien-giang', 'ben-tre', 'tay-ninh']));
    expect(districtProvince('Châu Thành')).toBeUndefined();
    expect(findDistricts('Châu Thành A').map((d) => d.province.id)).toEqual(['hau-giang']);
    // huyện and thị xã Long Mỹ: two units, one province.
    expect(
      findDistricts('Long Mỹ')
        .map((d) => d.type)
        .sort(),
    ).toEqual(['huyện', 'thị xã']);
    expect(districtProvince('Long Mỹ')?.id).toBe('hau-giang');
    expect(findDistricts('Long Mỹ', { type: 'thị xã' })).toHaveLength(1);
  });

  it('drops units abolished before the day asked about', () => {
    expect(findDistricts('Yên Dũng', { on: '2024-12-31' })).toHaveLength(1);
    expect(findDistricts('Yên Dũng', { on: '2025-03-01' })).toEqual([]);
    expect(findDistricts('Vị Thủy', { on: '2025-03-01' })).toHaveLength(1);
  });

  it('refuses bad entries, naming them in Vietnamese', () => {
    const entry = { code: '935', name: 'Vị Thủy', type: 'huyện', province: 'hau-giang', aliases: [] };
    expect(() => validateDistricts([...data, { ...entry, code: '999', name: 'Mới', province: 'xu-la' }])).toThrow(
      /mục \d+ \(Mới\) cần "province"/,
    );
    expect(() => validateDistricts([{ ...entry, type: 'tỉnh' }])).toThrow(/cần "type"/);
    expect(() => validateDistricts([{ ...entry, note: 'x' }])).toThrow(/trường lạ "note"/);
    expect(() => validateDistricts([{ ...entry, code: '93' }])).toThrow(/mã GSO ba chữ số/);
    expect(() => validateDistricts([{ ...entry, until: '2025-07-01' }])).toThrow(/"until"/);
    expect(() => validateDistricts([{ ...entry, name: 'Vi\u0323 Thu\u0309y' }])).toThrow(/NFC/);
    expect(() => validateDistricts([entry, { ...entry, code: '936' }])).toThrow(/trùng|lặp lại/);
    expect(() => validateDistricts([entry, { ...entry, code: '936', name: 'Vị Thuỷ' }])).toThrow(
      /lặp lại cách viết "Vị Thuỷ" ở Hậu Giang/,
    );
    expect(() => validateDistricts([entry, { ...entry, code: '935' }])).toThrow(/trùng mã 935/);
    expect(() =>
      validateDistricts([
        { ...entry, province: 'can-tho', name: 'Ninh Kiều', type: 'quận', code: '916' },
        { ...entry, type: 'thị xã', code: '936' },
        entry,
      ]),
    ).not.toThrow();
  });
});
