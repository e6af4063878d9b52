/**
 * District-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) from content/districts.json, for
 * finding an article's province when the text names only a district: provincial papers often never name
 * their own province ("Huyện ủy Vị Thủy" in Báo Hậu Giang). The district level ended on 1/7/2025, so every
 * entry belongs to a province as it was until then. The file is generated from GSO's lists
 * (`npm run generate:places`): every unit of 30/6/2025 and those abolished on 1/1/2025, marked `until`.
 * Names repeat across provinces (huyện Châu Thành, in eleven) and even inside one (huyện and thị xã Long
 * Mỹ), so a lookup returns every unit with that spelling.
 */
import data from '../../../content/districts.json' with { type: 'json' };
import { lookupKey, provinceById, type Province } from './localities.ts';

export const DISTRICT_TYPES = ['huyện', 'quận', 'thị xã', 'thành phố'] as const;
export type DistrictType = (typeof DISTRICT_TYPES)[number];

export interface District {
  /** GSO code (three digits); communes name their district by it. */
  readonly code: string;
  readonly name: string;
  /** The last type before 1/7/2025; articles may print an older one (thị xã Vị Thanh). */
  readonly type: DistrictType;
  /** The province as it was until 30/6/2025. */
  readonly province: Province;
  /** Other names it goes by: a former name (Tĩnh Gia) or a common spelling (Sapa, Đăk Mil). */
  readonly aliases: readonly string[];
  /** Last day of a unit abolished before 30/6/2025 (huyện Yên Dũng: 2024-12-31); absent for the others. */
  readonly until?: string;
}

export interface DistrictQuery {
  /** Only units of this type, when the text prints one (`thị xã Long Mỹ`). */
  readonly type?: DistrictType;
  /** Only units that still existed on this day (YYYY-MM-DD): drops those abolished before it. */
  readonly on?: string;
}

const SOURCE = 'content/districts.json';
const FIELDS = new Set(['code', 'name', 'type', 'province', 'aliases', 'until']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDistrictType(value: unknown): value is DistrictType {
  return (DISTRICT_TYPES as readonly unknown[]).includes(value);
}

function readEntry(raw: unknown, index: number): District {
  const err = (message: string) => new Error(`${SOURCE}: mục ${index} ${message}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw err('không phải một đối tượng');
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) if (!FIELDS.has(key)) throw err(`có trường lạ "${key}"`);
  const text = (key: string, value: unknown): string => {
    if (typeof value !== 'string' || value.trim() === '') throw err(`cần một chuỗi không rỗng ở "${key}"`);
    // Keys and display both assume NFC; a paste from macOS or Word arrives as NFD.
    if (value !== value.normalize('NFC')) throw err(`có chữ không ở dạng NFC ở "${key}": ${value}`);
    return value;
  };
  const name = text('name', entry.name);
  const code = text('code', entry.code);
  if (!/^\d{3}$/.test(code)) throw err(`(${name}) cần "code" là mã GSO ba chữ số, không phải "${code}"`);
  if (!isDistrictType(entry.type)) throw err(`(${name}) cần "type" là một trong: ${DISTRICT_TYPES.join(', ')}`);
  const province = provinceById(text('province', entry.province));
  if (!province?.until2025) throw err(`(${name}) cần "province" là id của một tỉnh còn đến 30/6/2025`);
  if (!Array.isArray(entry.aliases)) throw err(`(${name}) cần một mảng ở "aliases"`);
  const aliases = (entry.aliases as unknown[]).map((alias) => text('aliases', alias));
  const until = entry.until === undefined ? undefined : text('until', entry.until);
  if (until !== undefined && !(ISO_DAY.test(until) && until < '2025-06-30')) {
    throw err(`(${name}) cần "until" là ngày YYYY-MM-DD trước 30/6/2025, không phải "${until}"`);
  }
  return Object.freeze({
    code,
    name,
    type: entry.type,
    province,
    aliases: Object.freeze(aliases),
    ...(until === undefined ? {} : { until }),
  });
}

function load(raw: unknown): {
  districts: readonly District[];
  byKey: ReadonlyMap<string, readonly District[]>;
  byCode: ReadonlyMap<string, District>;
} {
  if (!Array.isArray(raw)) throw new Error(`${SOURCE}: phải là một mảng JSON các đơn vị cấp huyện`);
  const districts = Object.freeze((raw as unknown[]).map(readEntry));
  const byKey = new Map<string, District[]>();
  const byCode = new Map<string, District>();
  districts.forEach((district, index) => {
    const other = byCode.get(district.code);
    if (other)
      throw new Error(`${SOURCE}: mục ${index} (${district.name}) trùng mã ${district.code} với ${other.name}`);
    byCode.set(district.code, district);
    for (const spelling of [district.name, ...district.aliases]) {
      const key = lookupKey(spelling);
      const same = byKey.get(key) ?? [];
      // Two units of one province may share a name only with different types (huyện and thị xã Long Mỹ):
      // the type word then tells them apart, as it does for readers.
      if (same.some((o) => o.province === district.province && (o === district || o.type === district.type))) {
        throw new Error(
          `${SOURCE}: mục ${index} (${district.name}) lặp lại cách viết "${spelling}" ở ${district.province.name}`,
        );
      }
      byKey.set(key, [...same, district]);
    }
  });
  return { districts, byKey, byCode };
}

const registry = load(data);

/** Checks registry data the way the module checks content/districts.json at load; throws on the first bad entry. */
export function validateDistricts(raw: unknown): readonly District[] {
  return load(raw).districts;
}

/** Every unit of the file, in GSO code order. */
export const DISTRICTS: readonly District[] = registry.districts;

/**
 * Every district with this name or alias, in any tone placement or case; empty when none. The name is
 * without its unit word (`Vị Thủy`, not `huyện Vị Thủy`), except numbered units (`Quận 1`).
 */
export function findDistricts(name: string, query: DistrictQuery = {}): readonly District[] {
  const found = registry.byKey.get(lookupKey(name)) ?? [];
  const { type, on } = query;
  if (type === undefined && on === undefined) return found;
  return found.filter(
    (d) => (type === undefined || d.type === type) && (on === undefined || d.until === undefined || on <= d.until),
  );
}

/** The unit with this GSO code. */
export function districtByCode(code: string): District | undefined {
  return registry.byCode.get(code);
}

/**
 * The province of a district name when every unit with that spelling lies in one province (huyện and thị xã
 * Long Mỹ are both in Hậu Giang); undefined when none has it or several provinces do (huyện Châu Thành).
 */
export function districtProvince(name: string, query: DistrictQuery = {}): Province | undefined {
  const provinces = new Set(findDistricts(name, query).map((d) => d.province));
  return provinces.size === 1 ? [...provinces][0] : undefined;
}
