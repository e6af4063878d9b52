import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allCommunes,
  communeProvince,
  communeProvinces,
  findCommunes,
  splitCommuneName,
  validateCommunes,
  type Commune,
} from '../../../src/lib/places/communes.ts';
import { DISTRICTS } from '../../../src/lib/places/districts.ts';
import { PROVINCES_FROM_2025 } from '../../../src/lib/places/localities.ts';
import { normalizeTonePlacement } from '../../../src/lib/text/vi-text.ts';
import { PROJECT_ROOT } from '../../helpers/site.ts';

const until = allCommunes().filter((c) => c.period === 'until2025' && !c.former);
const former = allCommunes().filter((c) => c.former);
const from = allCommunes().filter((c) => c.period === 'from2025');

function countByType(communes: readonly Commune[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of communes) counts[c.type] = (counts[c.type] ?? 0) + 1;
  return counts;
}

const label = (c: Commune) => `${c.type} ${c.name}, ${c.district ? `${c.district.name}, ` : ''}${c.province.id}`;

describe('commune registry', () => {
  it('has the communes of 30/6/2025 in their districts and the 3,321 of 1/7/2025 in their provinces', () => {
    expect(until).toHaveLength(10_034);
    expect(countByType(until)).toEqual({ phường: 1726, xã: 7691, 'thị trấn': 617 });
    expect(from).toHaveLength(3321);
    expect(countByType(from)).toEqual({ phường: 687, xã: 2621, 'đặc khu': 13 });
    expect(former.length).toBeGreaterThan(500);
    expect(until.every((c) => c.district !== undefined && c.province === c.district.province)).toBe(true);
    expect(from.every((c) => c.district === undefined && c.province.from2025)).toBe(true);
  });

  it('gives every province from 1/7/2025 and every district but five island ones its communes', () => {
    const provinces = new Set(from.map((c) => c.province));
    expect(PROVINCES_FROM_2025.filter((p) => !provinces.has(p))).toEqual([]);
    const districts = new Set(until.map((c) => c.district));
    const empty = DISTRICTS.filter((d) => d.until === undefined && !districts.has(d)).map((d) => d.name);
    // Island districts governed without communes until 1/7/2025.
    expect(empty.sort()).toEqual(['Bạch Long Vĩ', 'Côn Đảo', 'Cồn Cỏ', 'Hoàng Sa', 'Lý Sơn'].sort());
  });

  it('keeps names in NFC with the tone placement of the province registry', () => {
    const bad = allCommunes().filter(
      (c) => c.name !== c.name.normalize('NFC') || c.name !== normalizeTonePlacement(c.name, 'old'),
    );
    expect(bad.map(label)).toEqual([]);
  });

  it('returns every candidate of a repeated name, and no province for it', () => {
    const anKhanh = findCommunes('xã An Khánh', { on: '2024-05-01' });
    expect(anKhanh.length).toBeGreaterThanOrEqual(3);
    expect(new Set(anKhanh.map((c) => c.province.id)).size).toBeGreaterThanOrEqual(3);
    expect(communeProvinces('xã An Khánh', { on: '2024-05-01' }).length).toBeGreaterThanOrEqual(3);
    expect(communeProvince('xã An Khánh', { on: '2024-05-01' })).toBeUndefined();
    expect(communeProvince('xã An Khánh', { on: '2025-08-01' })).toBeUndefined();
    expect(communeProvince('An Khánh')).toBeUndefined();
  });

  it('gives the province of a name only one province has, in the period asked about', () => {
    expect(findCommunes('xã Vị Thủy', { on: '2024-05-01' }).map(label)).toEqual(['xã Vị Thủy, Vị Thủy, hau-giang']);
    expect(communeProvince('xã Vị Thủy', { on: '2024-05-01' })?.id).toBe('hau-giang');
    // Hậu Giang became part of Cần Thơ on 1/7/2025; xã Vị Thủy continues there.
    expect(communeProvince('xã Vị Thủy', { on: '2025-09-02' })?.id).toBe('can-tho');
    expect(communeProvince('xã Vị Thủy')?.id).toBe('can-tho');
    expect(communeProvince('đặc khu Bạch Long Vĩ')?.id).toBe('hai-phong');
  });

  it('reads unit words, abbreviations, numbered wards, tone placement and case', () => {
    expect(splitCommuneName('Xã An Khánh')).toEqual({ type: 'xã', name: 'an khánh' });
    expect(splitCommuneName('P. Tân Định')).toEqual({ type: 'phường', name: 'tân định' });
    expect(splitCommuneName('An Khánh')).toEqual({ name: 'an khánh' });
    expect(findCommunes('phường An Khánh', { on: '2025-08-01' }).every((c) => c.type === 'phường')).toBe(true);
    expect(findCommunes('An Khánh', { on: '2025-08-01', type: 'xã' }).every((c) => c.type === 'xã')).toBe(true);
    expect(
      findCommunes('P. Tân Định', { on: '2024-05-01' })
        .map((c) => c.province.id)
        .sort(),
    ).toEqual(['binh-duong', 'ho-chi-minh']);
    const wards12 = findCommunes('phường 12', { on: '2024-05-01' });
    expect(wards12.length).toBeGreaterThan(5);
    expect(wards12.every((c) => c.name === 'Phường 12')).toBe(true);
    expect(findCommunes('P.12', { on: '2024-05-01' })).toEqual(wards12);
    expect(findCommunes('XÃ VỊ THUỶ', { on: '2024-05-01' })).toHaveLength(1);
    expect(findCommunes('Không Có Xã Này')).toEqual([]);
  });

  it('finds units gone before 30/6/2025 for older articles', () => {
    const merged = findCommunes('phường Quốc Tử Giám', { on: '2019-03-01' });
    expect(merged.map(label)).toEqual(['phường Quốc Tử Giám, Đống Đa, ha-noi']);
    expect(merged[0]?.former).toBe(true);
    expect(findCommunes('phường Quốc Tử Giám', { on: '2025-08-01' })).toEqual([]);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => findCommunes('An Khánh', { on: '1/7/2025' })).toThrow(/YYYY-MM-DD/);
  });

  it('refuses bad data, naming the row in Vietnamese', () => {
    const good = { communes: [{ district: '935', xã: ['Vị Thủy'] }], former: [] };
    const next = { communes: [{ province: 'can-tho', xã: ['Vị Thủy'] }] };
    expect(validateCommunes(good, next)).toHaveLength(2);
    expect(() => validateCommunes({ ...good, communes: [{ district: '999', xã: ['A'] }] }, next)).toThrow(
      /"communes" mục 0 có mã huyện "999"/,
    );
    expect(() => validateCommunes(good, { communes: [{ province: 'hau-giang', xã: ['A'] }] })).toThrow(
      /không phải id của một tỉnh từ 1\/7\/2025/,
    );
    expect(() => validateCommunes({ ...good, communes: [{ district: '935', 'đặc khu': ['A'] }] }, next)).toThrow(
      /loại đơn vị lạ "đặc khu"/,
    );
    expect(() => validateCommunes({ ...good, communes: [{ district: '935', xã: ['Vi\u0323'] }] }, next)).toThrow(/NFC/);
    expect(() => validateCommunes({ communes: [] }, next)).toThrow(/cần một mảng ở "former"/);
  });

  it('is not reached from anything the site build imports', () => {
    // Only the importer's side may read 250 KB of communes: walk the relative imports of every site module.
    const siteFiles = readdirSync(join(PROJECT_ROOT, 'src'), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .filter((f) => !relative(PROJECT_ROOT, f).startsWith('src/lib/'));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !/\.(ts|astro|mjs)$/.test(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        visit(resolve(dirname(file), m[1]!));
      }
    };
    siteFiles.forEach(visit);
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].map((f) => relative(PROJECT_ROOT, f)).filter((f) => f.includes('communes'))).toEqual([]);
  });
});
