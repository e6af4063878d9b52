/**
 * District-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) from content/districts.json, for
 * finding an article's province when the text names only a district: provincial papers often never name
 * their own province ("Huyện ủy Vị Thủy" in Báo Hậu Giang). The district level ended on 1/7/2025, so every
 * entry belongs to a province as it was until then. Names repeat across provinces (huyện Châu Thành),
 * so a lookup returns every unit with that spelling.
 */
import data from '../../../content/districts.json' with { type: 'json' };
import { lookupKey, provinceById, type Province } from './localities.ts';

export const DISTRICT_TYPES = ['huyện', 'quận', 'thị xã', 'thành phố'] as const;
export type DistrictType = (typeof DISTRICT_TYPES)[number];

export interface District {
  readonly name: string;
  /** The last type before 1/7/2025; articles may print an older one (thị xã Vị Thanh). */
  readonly type: DistrictType;
  /** The province as it was until 30/6/2025. */
  readonly province: Province;
  /** Other names it goes by: a former name (Tĩnh Gia) or a common spelling (Sapa). */
  readonly aliases: readonly string[];
}

const SOURCE = 'content/districts.json';
const FIELDS = new Set(['name', 'type', 'province', 'aliases']);

function isDistrictType(value: unknown): value is DistrictType {
  return (DISTRICT_TYPES as readonly unknown[]).includes(value);
}

function readEntry(raw: unknown, index: number): District {
  const err = (message: string) => new Error(`${SOURCE}: entry ${index} ${message}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw err('is not an object');
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) if (!FIELDS.has(key)) throw err(`has unknown field "${key}"`);
  const text = (key: string, value: unknown): string => {
    if (typeof value !== 'string' || value.trim() === '') throw err(`needs a non-empty string in "${key}"`);
    if (value !== value.normalize('NFC')) throw err(`has non-NFC text in "${key}": ${value}`);
    return value;
  };
  const name = text('name', entry.name);
  if (!isDistrictType(entry.type)) throw err(`(${name}) needs "type" to be one of ${DISTRICT_TYPES.join(', ')}`);
  const province = provinceById(text('province', entry.province));
  if (!province?.until2025) throw err(`(${name}) needs "province" to be the id of a unit that existed until 30/6/2025`);
  if (!Array.isArray(entry.aliases)) throw err(`(${name}) needs an array in "aliases"`);
  const aliases = (entry.aliases as unknown[]).map((alias) => text('aliases', alias));
  return Object.freeze({ name, type: entry.type, province, aliases: Object.freeze(aliases) });
}

function load(raw: unknown): { districts: readonly District[]; byKey: ReadonlyMap<string, readonly District[]> } {
  if (!Array.isArray(raw)) throw new Error(`${SOURCE}: must be a JSON array of districts`);
  const districts = Object.freeze((raw as unknown[]).map(readEntry));
  const byKey = new Map<string, District[]>();
  districts.forEach((district, index) => {
    for (const spelling of [district.name, ...district.aliases]) {
      const key = lookupKey(spelling);
      const same = byKey.get(key) ?? [];
      if (same.some((other) => other.province === district.province)) {
        throw new Error(
          `${SOURCE}: entry ${index} (${district.name}) repeats the spelling "${spelling}" in ${district.province.name}`,
        );
      }
      byKey.set(key, [...same, district]);
    }
  });
  return { districts, byKey };
}

const registry = load(data);

/** Checks registry data the way the module checks content/districts.json at load; throws on the first bad entry. */
export function validateDistricts(raw: unknown): readonly District[] {
  return load(raw).districts;
}

export const DISTRICTS: readonly District[] = registry.districts;

/** Every district with this name or alias, in any tone placement or case; empty when none. */
export function findDistricts(name: string): readonly District[] {
  return registry.byKey.get(lookupKey(name)) ?? [];
}
