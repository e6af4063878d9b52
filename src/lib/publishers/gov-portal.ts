/**
 * Government and Party portals, which no registry could list one by one: `<province>.gov.vn`,
 * `<unit>.<province>.gov.vn` (a department, district or commune) and the Party committees'
 * `<province>.dcs.vn` / `<unit>.<province>.dcs.vn`. The address alone gives the province and, where the
 * subdomain is the folded name of one of its districts or communes (`vithuy.haugiang.gov.vn`,
 * `saovang.thanhhoa.gov.vn`), that unit.
 */
import { allCommunes, type Commune } from '../places/communes.ts';
import { DISTRICTS, type District } from '../places/districts.ts';
import { MERGER_DATE, PROVINCES, type Province } from '../places/localities.ts';
import { fold } from '../text/vi-text.ts';
import { hostOf } from './lookup.ts';

export interface GovPortal {
  host: string;
  /** `gov`: a state portal; `party`: a Party committee's portal (dcs.vn). */
  owner: 'gov' | 'party';
  province: Province;
  /** The subdomain before the province, when there is one (`saovang`, `sonoivu`). */
  unitLabel?: string;
  /** Districts whose folded name is the subdomain. */
  districts: readonly District[];
  /** Communes whose folded name is the subdomain. */
  communes: readonly Commune[];
}

/** Folded, without spaces or punctuation: how portals spell names in their addresses. */
export const compactName = (name: string): string => fold(name).replace(/[^a-z0-9]/g, '');

const PARTY_PREFIX = /^(?:tinhuy|thanhuy|dangbo)/;

const provinceByLabel = (() => {
  const index = new Map<string, Province | null>();
  for (const p of PROVINCES) {
    for (const spelling of [p.name, ...(p.fullName === undefined ? [] : [p.fullName]), ...p.aliases]) {
      const key = compactName(spelling);
      if (key.length < 4) continue;
      const other = index.get(key);
      index.set(key, other === undefined || other === p ? p : null);
    }
  }
  return index;
})();

function provinceOfLabel(label: string): Province | undefined {
  return provinceByLabel.get(label) ?? provinceByLabel.get(label.replace(PARTY_PREFIX, '')) ?? undefined;
}

const onDay = (date: string | undefined, until?: string) => date === undefined || until === undefined || date <= until;

function districtsNamed(label: string, province: Province, date: string | undefined): District[] {
  if (date !== undefined && date >= MERGER_DATE) return [];
  return DISTRICTS.filter(
    (d) =>
      d.province.id === province.id &&
      onDay(date, d.until) &&
      [d.name, ...d.aliases].some((n) => compactName(n) === label),
  );
}

let communeIndex: Map<string, Commune[]> | undefined;

/** Communes by province id and compact name, built on the first portal with a subdomain. */
function communesNamed(label: string, province: Province, date: string | undefined): Commune[] {
  if (!communeIndex) {
    communeIndex = new Map();
    for (const c of allCommunes()) {
      const key = `${c.province.id}/${compactName(c.name)}`;
      communeIndex.set(key, [...(communeIndex.get(key) ?? []), c]);
    }
  }
  // An old province's address may name a commune of the unit it became part of on 1/7/2025.
  const provinces = [province.id, ...(province.mergedInto === undefined ? [] : [province.mergedInto])];
  const period = date === undefined ? undefined : date < MERGER_DATE ? 'until2025' : 'from2025';
  return provinces
    .flatMap((id) => communeIndex?.get(`${id}/${label}`) ?? [])
    .filter((c) => (period === undefined || c.period === period) && !c.former);
}

/**
 * The portal an address belongs to, or undefined when it is not a provincial `gov.vn`/`dcs.vn` address.
 * With the article's date, only the districts and communes of that day: before 1/7/2025 a subdomain that
 * names both a district and a commune is the district's (its portal is the one that existed).
 */
export function govPortal(address: string, date?: string): GovPortal | undefined {
  const host = hostOf(address);
  if (host === undefined) return undefined;
  const suffix = /\.(gov|dcs)\.vn$/.exec(host);
  if (!suffix) return undefined;
  const labels = host.slice(0, -suffix[0].length).split('.');
  // The province is the label right before the suffix; anything before it is a unit of that province.
  const province = provinceOfLabel(labels[labels.length - 1]!);
  if (!province) return undefined;
  const owner = suffix[1] === 'dcs' ? 'party' : 'gov';
  const unitLabel = labels.length >= 2 ? labels[labels.length - 2] : undefined;
  if (unitLabel === undefined) return { host, owner, province, districts: [], communes: [] };
  const day = date?.slice(0, 10);
  const districts = districtsNamed(unitLabel, province, day);
  const communes = districts.length > 0 && day !== undefined ? [] : communesNamed(unitLabel, province, day);
  return { host, owner, province, unitLabel, districts, communes };
}

/** How a province is written after a unit word: `tỉnh Thanh Hóa`, `thành phố Hà Nội`, `Thành phố Hồ Chí Minh`. */
export function provinceWithUnitWord(province: Province): string {
  if (province.fullName !== undefined) return province.fullName;
  return `${province.type === 'tỉnh' ? 'tỉnh' : 'thành phố'} ${province.name}`;
}

/**
 * The name to print as an article's source: the portal of the province, or of the one district or commune
 * the subdomain names; undefined for another unit's portal (a department), which the editor must name.
 */
export function portalName(portal: GovPortal): string | undefined {
  const where = provinceWithUnitWord(portal.province);
  const kind = portal.owner === 'party' ? 'Trang thông tin điện tử Đảng bộ' : 'Cổng Thông tin điện tử';
  if (portal.unitLabel === undefined) return `${kind} ${where}`;
  const [district] = portal.districts;
  const [commune] = portal.communes;
  if (portal.districts.length === 1 && portal.communes.length === 0 && district)
    return `${kind} ${district.type} ${district.name}, ${where}`;
  if (portal.communes.length === 1 && portal.districts.length === 0 && commune)
    return `${kind} ${commune.type} ${commune.name}, ${provinceWithUnitWord(commune.province)}`;
  return undefined;
}
