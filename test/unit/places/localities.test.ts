import { describe, it, expect } from 'vitest';
import data from '../../../content/localities.json' with { type: 'json' };
import {
  MERGER_DATE,
  PROVINCES,
  PROVINCES_FROM_2025,
  PROVINCES_UNTIL_2025,
  REGIONS,
  currentProvince,
  displayName,
  findProvince,
  mergerNote,
  predecessorsOf,
  provinceById,
  validateLocalities,
  type Province,
} from '../../../src/lib/places/localities.ts';
import { fold, matchKey, slugify } from '../../../src/lib/text/vi-text.ts';

function byId(id: string): Province {
  const p = provinceById(id);
  if (p === undefined) throw new Error(`no unit ${id}`);
  return p;
}

function spellings(p: Province): string[] {
  return [p.name, ...(p.fullName === undefined ? [] : [p.fullName]), ...p.aliases];
}

/** Constituents of a unit from 1/7/2025: itself if it existed before, plus what was merged into it. */
function constituents(p: Province): Province[] {
  return [...(p.until2025 ? [p] : []), ...predecessorsOf(p)];
}

describe('registry counts (§3.1)', () => {
  it('has 63 units until 30/6/2025 and 34 from 1/7/2025', () => {
    expect(PROVINCES_UNTIL_2025).toHaveLength(63);
    expect(PROVINCES_FROM_2025).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.until2025)).toHaveLength(63);
    expect(PROVINCES.filter((p) => p.from2025)).toHaveLength(34);
  });

  it('has 11 unchanged units and 23 new ones formed from 52 old ones', () => {
    const unchanged = PROVINCES.filter((p) => p.until2025 && p.from2025 && p.predecessors === undefined);
    expect(unchanged.map((p) => p.id).sort()).toEqual([
      'cao-bang',
      'dien-bien',
      'ha-noi',
      'ha-tinh',
      'hue',
      'lai-chau',
      'lang-son',
      'nghe-an',
      'quang-ninh',
      'son-la',
      'thanh-hoa',
    ]);
    const merged = PROVINCES_FROM_2025.filter((p) => p.predecessors !== undefined);
    expect(merged).toHaveLength(23);
    expect(merged.flatMap(constituents)).toHaveLength(52);
  });

  it('has 28 tỉnh and 6 centrally governed cities from 1/7/2025, 57 + 6 in the first half of 2025', () => {
    const cities = (list: readonly Province[]) => list.filter((p) => p.type === 'thành phố trực thuộc Trung ương');
    expect(
      cities(PROVINCES_FROM_2025)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue']);
    expect(PROVINCES_FROM_2025.filter((p) => p.type === 'tỉnh')).toHaveLength(28);
    expect(cities(PROVINCES_UNTIL_2025)).toHaveLength(6);
  });

  it('is ordered by old GSO code, codes unique and two-digit', () => {
    const codes = PROVINCES.map((p) => p.code ?? '');
    expect(codes.every((c) => /^\d{2}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    expect(byId('hau-giang').code).toBe('93');
    expect(byId('ho-chi-minh').code).toBe('79');
  });
});

describe('ids', () => {
  it('are ASCII slugs of the name, unique', () => {
    for (const p of PROVINCES) {
      expect(p.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(p.id).toBe(slugify(p.name));
    }
    expect(new Set(PROVINCES.map((p) => p.id)).size).toBe(PROVINCES.length);
  });

  it('include the documented examples', () => {
    for (const id of ['hau-giang', 'thanh-hoa', 'ba-ria-vung-tau', 'ho-chi-minh', 'hue', 'dak-lak', 'can-tho']) {
      expect(provinceById(id)?.id).toBe(id);
    }
    expect(provinceById('Hậu Giang')).toBeUndefined();
    expect(provinceById('thua-thien-hue')).toBeUndefined();
  });
});

describe('merger relations', () => {
  it('point at existing units and agree both ways', () => {
    for (const p of PROVINCES) {
      if (p.mergedInto !== undefined) {
        const target = byId(p.mergedInto);
        expect(target.from2025).toBe(true);
        expect(target.predecessors).toContain(p.id);
        expect(p.from2025).toBe(false);
      }
      for (const id of p.predecessors ?? []) {
        expect(id).not.toBe(p.id);
        expect(byId(id).mergedInto).toBe(p.id);
      }
    }
  });

  it('give mergedInto exactly to the units that ceased', () => {
    for (const p of PROVINCES) expect(p.mergedInto !== undefined).toBe(p.until2025 && !p.from2025);
  });

  it('puts each new unit’s administrative centre in exactly one constituent', () => {
    for (const p of PROVINCES_FROM_2025) {
      expect(constituents(p).filter((c) => c.adminCentre)).toHaveLength(1);
    }
    const centre = (id: string) => constituents(byId(id)).find((c) => c.adminCentre)?.id;
    expect(centre('lao-cai')).toBe('yen-bai');
    expect(centre('bac-ninh')).toBe('bac-giang');
    expect(centre('tay-ninh')).toBe('long-an');
    expect(centre('an-giang')).toBe('kien-giang');
    expect(centre('can-tho')).toBe('can-tho');
  });

  it('gives Cần Thơ the predecessors Hậu Giang and Sóc Trăng', () => {
    const canTho = byId('can-tho');
    expect(predecessorsOf(canTho).map((p) => p.name)).toEqual(['Hậu Giang', 'Sóc Trăng']);
    expect(predecessorsOf(byId('thanh-hoa'))).toEqual([]);
    expect(
      predecessorsOf(byId('ho-chi-minh'))
        .map((p) => p.id)
        .sort(),
    ).toEqual(['ba-ria-vung-tau', 'binh-duong']);
  });

  it('maps every unit to its unit from 1/7/2025', () => {
    expect(currentProvince(byId('hau-giang')).id).toBe('can-tho');
    expect(currentProvince(byId('ba-ria-vung-tau')).id).toBe('ho-chi-minh');
    expect(currentProvince(byId('ha-giang')).id).toBe('tuyen-quang');
    expect(currentProvince(byId('thanh-hoa')).id).toBe('thanh-hoa');
    expect(currentProvince(byId('tuyen-quang')).id).toBe('tuyen-quang');
    for (const p of PROVINCES) expect(currentProvince(p).from2025).toBe(true);
  });

  it('has the merger date', () => {
    expect(MERGER_DATE).toBe('2025-07-01');
  });
});

describe('regions', () => {
  it('are the 6 regions of NQ 81/2023/QH15, north to south', () => {
    expect(REGIONS).toEqual([
      'Trung du và miền núi phía Bắc',
      'Đồng bằng sông Hồng',
      'Bắc Trung Bộ và duyên hải miền Trung',
      'Tây Nguyên',
      'Đông Nam Bộ',
      'Đồng bằng sông Cửu Long',
    ]);
  });

  it('of a unit from 1/7/2025 are every constituent’s region; 7 units straddle two', () => {
    for (const p of PROVINCES) {
      if (p.from2025) {
        const own = new Set(constituents(p).map((c) => c.regionUntil2025));
        expect(p.regions).toEqual(REGIONS.filter((r) => own.has(r)));
      } else {
        expect(p.regions).toEqual([p.regionUntil2025]);
      }
    }
    const straddling = PROVINCES_FROM_2025.filter((p) => p.regions.length > 1).map((p) => p.id);
    expect(straddling.sort()).toEqual([
      'bac-ninh',
      'dak-lak',
      'gia-lai',
      'lam-dong',
      'phu-tho',
      'quang-ngai',
      'tay-ninh',
    ]);
    expect(byId('lam-dong').regionUntil2025).toBe('Tây Nguyên');
  });
});

describe('spellings', () => {
  it('every name and alias resolves to its own unit', () => {
    for (const p of PROVINCES) for (const s of spellings(p)) expect(findProvince(s)?.id, s).toBe(p.id);
  });

  it('no name or alias collides with another unit’s after matchKey or after fold', () => {
    for (const key of [matchKey, (s: string) => fold(matchKey(s))]) {
      const owner = new Map<string, string>();
      for (const p of PROVINCES) {
        for (const s of spellings(p)) {
          const k = key(s);
          const other = owner.get(k);
          if (other !== undefined) expect(other, `"${s}" of ${p.id}`).toBe(p.id);
          owner.set(k, p.id);
        }
      }
    }
  });

  it('includes both tone placements and the variants in the notes', () => {
    const cases: [string, string][] = [
      ['Thanh Hoá', 'thanh-hoa'],
      ['Khánh Hoà', 'khanh-hoa'],
      ['Hoà Bình', 'hoa-binh'],
      ['Bắc Cạn', 'bac-kan'],
      ['Kontum', 'kon-tum'],
      ['Đắc Lắc', 'dak-lak'],
      ['Daklak', 'dak-lak'],
      ['Đắc Nông', 'dak-nong'],
      ['BR-VT', 'ba-ria-vung-tau'],
      ['Thừa Thiên - Huế', 'hue'],
      ['TT-Huế', 'hue'],
      ['Sài Gòn', 'ho-chi-minh'],
    ];
    for (const [alias, id] of cases) expect(byId(id).aliases, id).toContain(alias);
  });
});

describe('findProvince', () => {
  it('finds Thanh Hóa in any spelling', () => {
    for (const s of [
      'Thanh Hóa',
      'Thanh Hoá',
      'thanh hoa',
      'THANH HOÁ',
      'tỉnh Thanh Hóa',
      'Tỉnh Thanh Hoá',
      'Thanh Hóa'.normalize('NFD'),
      '  Thanh \u00a0 Hóa ',
    ]) {
      expect(findProvince(s)?.id, s).toBe('thanh-hoa');
    }
  });

  it('finds cities with or without TP, TP., Tp., Thành phố', () => {
    for (const s of [
      'TP. Hồ Chí Minh',
      'TP.HCM',
      'TPHCM',
      'TP HCM',
      'Tp.HCM',
      'Sài Gòn',
      'Thành phố Hồ Chí Minh',
      'thành phố hồ chí minh',
      'Hồ Chí Minh',
      'ho chi minh',
      'tp ho chi minh',
    ]) {
      expect(findProvince(s)?.id, s).toBe('ho-chi-minh');
    }
    for (const s of ['Thành phố Cần Thơ', 'TP Cần Thơ', 'TP.Cần Thơ', 'thanh pho can tho', 'Cần Thơ']) {
      expect(findProvince(s)?.id, s).toBe('can-tho');
    }
    expect(findProvince('Thủ đô Hà Nội')?.id).toBe('ha-noi');
  });

  it('finds Huế under its old name and Bà Rịa - Vũng Tàu with any dash', () => {
    for (const s of [
      'Thừa Thiên Huế',
      'tỉnh Thừa Thiên Huế',
      'Thừa Thiên – Huế',
      'thua thien hue',
      'Huế',
      'thành phố Huế',
    ]) {
      expect(findProvince(s)?.id, s).toBe('hue');
    }
    for (const s of [
      'Bà Rịa - Vũng Tàu',
      'Bà Rịa – Vũng Tàu',
      'Bà Rịa-Vũng Tàu',
      'tỉnh Bà Rịa - Vũng Tàu',
      'BRVT',
      'ba ria vung tau',
    ]) {
      expect(findProvince(s)?.id, s).toBe('ba-ria-vung-tau');
    }
  });

  it('matches unmarked input through the folded key', () => {
    expect(findProvince('Hau Giang')?.id).toBe('hau-giang');
    expect(findProvince('dak lak')?.id).toBe('dak-lak');
    expect(findProvince('DAC LAC')?.id).toBe('dak-lak');
    expect(findProvince('tinh hau giang')?.id).toBe('hau-giang');
  });

  it('does not let wrongly marked input through the folded key', () => {
    expect(findProvince('Hâu Giang')).toBeUndefined();
    expect(findProvince('Hà Giang')?.id).toBe('ha-giang');
    expect(findProvince('Hậu Giang')?.id).toBe('hau-giang');
  });

  it('returns undefined for unknown or empty input', () => {
    for (const s of ['', '   ', 'tỉnh', 'Thủ Đức', 'Vị Thủy', 'Châu Thành', 'Hồ Chí', 'tỉnh ủy Thanh Hóa']) {
      expect(findProvince(s), s).toBeUndefined();
    }
  });
});

describe('displayName and mergerNote', () => {
  it('name units the way prose does', () => {
    expect(displayName(byId('hau-giang'))).toBe('tỉnh Hậu Giang');
    expect(displayName(byId('can-tho'))).toBe('thành phố Cần Thơ');
    expect(displayName(byId('ho-chi-minh'))).toBe('Thành phố Hồ Chí Minh');
    expect(displayName(byId('hue'))).toBe('thành phố Huế');
    expect(displayName(byId('ba-ria-vung-tau'))).toBe('tỉnh Bà Rịa - Vũng Tàu');
  });

  it('notes where a ceased unit went', () => {
    expect(mergerNote(byId('hau-giang'))).toBe('từ 1/7/2025 thuộc thành phố Cần Thơ');
    expect(mergerNote(byId('binh-duong'))).toBe('từ 1/7/2025 thuộc Thành phố Hồ Chí Minh');
    expect(mergerNote(byId('ha-giang'))).toBe('từ 1/7/2025 thuộc tỉnh Tuyên Quang');
    expect(mergerNote(byId('can-tho'))).toBeUndefined();
    expect(mergerNote(byId('thanh-hoa'))).toBeUndefined();
  });

  it('records that Huế was a tỉnh until 2025', () => {
    const hue = byId('hue');
    expect(hue.type).toBe('thành phố trực thuộc Trung ương');
    expect(hue.typeNote).toMatch(/31\/12\/2024/);
    expect(hue.aliases).toContain('Thừa Thiên Huế');
  });
});

describe('validation of the registry file', () => {
  const entries = data as readonly Record<string, unknown>[];
  const withEntry = (index: number, change: (e: Record<string, unknown>) => void): unknown[] =>
    entries.map((e, i) => {
      if (i !== index) return e;
      const copy = { ...e };
      change(copy);
      return copy;
    });
  const hauGiang = entries.findIndex((e) => e.id === 'hau-giang');
  const canTho = entries.findIndex((e) => e.id === 'can-tho');

  it('accepts the shipped file', () => {
    expect(validateLocalities(data)).toHaveLength(PROVINCES.length);
  });

  it('names the bad entry', () => {
    expect(() => validateLocalities(withEntry(hauGiang, (e) => (e.mergedInto = 'can-thoo')))).toThrow(
      /entry \d+ \("hau-giang"\).*can-thoo/,
    );
    expect(() => validateLocalities(withEntry(hauGiang, (e) => delete e.mergedInto))).toThrow(
      /"hau-giang".*mergedInto/,
    );
    expect(() => validateLocalities(withEntry(hauGiang, (e) => (e.region = 'x')))).toThrow(
      /"hau-giang".*unknown field "region"/,
    );
    expect(() => validateLocalities(withEntry(hauGiang, (e) => (e.regions = ['Nam Bộ'])))).toThrow(
      /"hau-giang".*Nam Bộ/,
    );
    expect(() => validateLocalities(withEntry(hauGiang, (e) => (e.name = 'Hậu Giang'.normalize('NFD'))))).toThrow(
      /"hau-giang".*NFC/,
    );
    expect(() => validateLocalities(withEntry(hauGiang, (e) => (e.aliases = ['Sóc Trăng'])))).toThrow(/"Sóc Trăng"/);
    expect(() => validateLocalities(withEntry(canTho, (e) => (e.predecessors = ['hau-giang'])))).toThrow(/"soc-trang"/);
    expect(() => validateLocalities({})).toThrow(/array/);
  });
});
