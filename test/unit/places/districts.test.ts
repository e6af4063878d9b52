import { describe, expect, it } from 'vitest';
import data from '../../../content/districts.json' with { type: 'json' };
import { DISTRICTS, findDistricts, validateDistricts } from '../../../src/lib/places/districts.ts';

describe('district registry', () => {
  it('covers the districts the seed articles name, each in a province that existed until 30/6/2025', () => {
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
    expect(DISTRICTS.every((d) => d.province.until2025)).toBe(true);
    expect(findDistricts('Vị Thủy')[0]?.province.id).toBe('hau-giang');
    expect(findDistricts('Mường Khương')[0]?.province.id).toBe('lao-cai');
  });

  it('finds a district by any tone placement, case or alias', () => {
    expect(findDistricts('vị thuỷ')[0]?.name).toBe('Vị Thủy');
    expect(findDistricts('Hiệp Hoà')[0]?.name).toBe('Hiệp Hòa');
    expect(findDistricts('Tĩnh Gia')[0]?.name).toBe('Nghi Sơn');
    expect(findDistricts('Sapa')[0]?.name).toBe('Sa Pa');
    expect(findDistricts('Không Có')).toEqual([]);
  });

  it('returns every province a repeated name belongs to', () => {
    expect(
      findDistricts('Châu Thành')
        .map((d) => d.province.id)
        .sort(),
    ).toEqual(['hau-giang', 'tien-giang']);
    expect(findDistricts('Châu Thành A').map((d) => d.province.id)).toEqual(['hau-giang']);
  });

  it('refuses bad entries, naming them', () => {
    const entry = { name: 'Vị Thủy', type: 'huyện', province: 'hau-giang', aliases: [] };
    expect(() => validateDistricts([...data, { ...entry, name: 'Mới', province: 'xu-la' }])).toThrow(
      /entry \d+ \(Mới\).*province/,
    );
    expect(() => validateDistricts([{ ...entry, type: 'tỉnh' }])).toThrow(/type/);
    expect(() => validateDistricts([{ ...entry, note: 'x' }])).toThrow(/unknown field "note"/);
    expect(() => validateDistricts([entry, { ...entry, name: 'Vị Thuỷ' }])).toThrow(
      /repeats the spelling "Vị Thuỷ" in Hậu Giang/,
    );
    expect(() =>
      validateDistricts([
        { ...entry, province: 'can-tho', name: 'Ninh Kiều', type: 'quận' },
        { ...entry, province: 'hue' },
      ]),
    ).not.toThrow();
  });
});
