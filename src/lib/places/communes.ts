/**
 * Commune-level units from content/communes-until-2025.json (xã, phường, thị trấn before 1/7/2025, each in
 * its district) and content/communes-from-2025.json (the 3,321 xã, phường and đặc khu from 1/7/2025, each in
 * its province: the district level ended that day). Both are generated from GSO's lists
 * (`npm run generate:places`).
 *
 * A commune name never decides a province alone: xã An Khánh exists in several provinces, and most names
 * repeat somewhere. So a lookup returns every candidate, and `communeProvince` answers only when they all
 * agree. The files (about 250 KB) are read on the first lookup, not at import: only the importer needs
 * them, and nothing the site build imports should pay for them.
 */
import { readFileSync } from 'node:fs';
import { districtByCode, type District } from './districts.ts';
import { fold } from '../text/vi-text.ts';
import { currentProvince, lookupKey, MERGER_DATE, provinceById, type Province } from './localities.ts';

export const COMMUNE_TYPES = ['xã', 'phường', 'thị trấn', 'đặc khu'] as const;
export type CommuneType = (typeof COMMUNE_TYPES)[number];

export type CommunePeriod = 'until2025' | 'from2025';

export interface Commune {
  readonly name: string;
  readonly type: CommuneType;
  /** The province of its period: as it was until 30/6/2025 for an older unit, from 1/7/2025 for a newer one. */
  readonly province: Province;
  /** Its district, for a unit before 1/7/2025; absent from 1/7/2025. */
  readonly district?: District;
  /** `until2025`: existed before 1/7/2025; `from2025`: exists from 1/7/2025. */
  readonly period: CommunePeriod;
  /** A unit or name gone before 30/6/2025 (most were merged on 1/1/2025), still met in older articles. */
  readonly former: boolean;
}

export interface CommuneQuery {
  /**
   * The day the text speaks of (YYYY-MM-DD, usually the article's date): before 1/7/2025 only units of that
   * period, from it only those of 1/7/2025. Without it, both periods.
   */
  readonly on?: string;
  /** Only units of this type; a unit word in the name (`xã An Khánh`) does the same. */
  readonly type?: CommuneType;
}

const UNTIL_SOURCE = 'content/communes-until-2025.json';
const FROM_SOURCE = 'content/communes-from-2025.json';

// Unit words a text may put before a commune name, as lookup keys; `P.` and `TT.` are common abbreviations.
const UNIT_WORDS: readonly (readonly [string, CommuneType])[] = [
  ['thị trấn', 'thị trấn'],
  ['đặc khu', 'đặc khu'],
  ['phường', 'phường'],
  ['xã', 'xã'],
  ['tt', 'thị trấn'],
  ['p', 'phường'],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCommuneType(value: string): value is CommuneType {
  return (COMMUNE_TYPES as readonly string[]).includes(value);
}

/** Reads one file's `communes` (or `former`) rows: `{"district": "001", "phường": ["Phúc Xá", …]}`. */
function readRows(
  raw: unknown,
  source: string,
  section: string,
  period: CommunePeriod,
  former: boolean,
  into: Commune[],
): void {
  if (!isRecord(raw)) throw new Error(`${source}: phải là một đối tượng JSON`);
  const rows = raw[section];
  if (!Array.isArray(rows)) throw new Error(`${source}: cần một mảng ở "${section}"`);
  const ownerKey = period === 'until2025' ? 'district' : 'province';
  const allowed: readonly CommuneType[] =
    period === 'until2025' ? ['xã', 'phường', 'thị trấn'] : ['xã', 'phường', 'đặc khu'];
  (rows as unknown[]).forEach((row, index) => {
    const err = (message: string) => new Error(`${source}: "${section}" mục ${index} ${message}`);
    if (!isRecord(row)) throw err('không phải một đối tượng');
    const owner = row[ownerKey];
    if (typeof owner !== 'string') throw err(`cần "${ownerKey}"`);
    let district: District | undefined;
    let province: Province | undefined;
    if (period === 'until2025') {
      district = districtByCode(owner);
      if (!district) throw err(`có mã huyện "${owner}" không có trong content/districts.json`);
      province = district.province;
    } else {
      province = provinceById(owner);
      if (!province?.from2025) throw err(`có "${owner}", không phải id của một tỉnh từ 1/7/2025`);
    }
    for (const [key, names] of Object.entries(row)) {
      if (key === ownerKey) continue;
      if (!isCommuneType(key) || !allowed.includes(key)) throw err(`có loại đơn vị lạ "${key}"`);
      if (!Array.isArray(names)) throw err(`cần một mảng tên ở "${key}"`);
      for (const name of names as unknown[]) {
        if (typeof name !== 'string' || name.trim() === '') throw err(`cần tên không rỗng ở "${key}"`);
        if (name !== name.normalize('NFC')) throw err(`có chữ không ở dạng NFC: ${name}`);
        // Plain literals, not spreads: this runs 14,000 times on the first lookup.
        const commune: Commune = district
          ? { name, type: key, province, district, period, former }
          : { name, type: key, province, period, former };
        into.push(Object.freeze(commune));
      }
    }
  });
}

interface Registry {
  communes: readonly Commune[];
  byFolded: ReadonlyMap<string, readonly Commune[]>;
  keys: WeakMap<Commune, string>;
}

function load(until: unknown, from: unknown): Registry {
  const communes: Commune[] = [];
  readRows(until, UNTIL_SOURCE, 'communes', 'until2025', false, communes);
  readRows(until, UNTIL_SOURCE, 'former', 'until2025', true, communes);
  readRows(from, FROM_SOURCE, 'communes', 'from2025', false, communes);
  // Indexed by the folded key: the exact key (tone placement, every mark) costs 20 µs a name, 0.3 s for all,
  // so it is computed only for the few candidates a lookup meets.
  const byFolded = new Map<string, Commune[]>();
  for (const commune of communes) {
    const key = foldedKey(commune.name);
    const same = byFolded.get(key);
    if (same) same.push(commune);
    else byFolded.set(key, [commune]);
  }
  return { communes: Object.freeze(communes), byFolded, keys: new WeakMap() };
}

function foldedKey(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The communes whose name has exactly this lookup key. */
function withKey(registry: Registry, key: string): readonly Commune[] {
  return (registry.byFolded.get(foldedKey(key)) ?? []).filter((commune) => {
    let own = registry.keys.get(commune);
    if (own === undefined) registry.keys.set(commune, (own = lookupKey(commune.name)));
    return own === key;
  });
}

let registry: Registry | undefined;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
}

function loaded(): Registry {
  registry ??= load(readJson(UNTIL_SOURCE), readJson(FROM_SOURCE));
  return registry;
}

/** Checks commune data the way the module checks the two files and returns its units; throws on the first bad row. */
export function validateCommunes(until: unknown, from: unknown): readonly Commune[] {
  return load(until, from).communes;
}

/** Every unit of both files: those before 1/7/2025 by district code, then those from it by province. */
export function allCommunes(): readonly Commune[] {
  return loaded().communes;
}

/** `xã An Khánh` → xã + `An Khánh`; `P. Tân Định` → phường + `Tân Định`; a bare name has no type. */
export function splitCommuneName(text: string): { type?: CommuneType; name: string } {
  const key = lookupKey(text);
  for (const [word, type] of UNIT_WORDS) {
    if (key.startsWith(`${word} `)) return { type, name: key.slice(word.length + 1) };
  }
  return { name: key };
}

function periodOn(on: string): CommunePeriod {
  if (!/^\d{4}-\d{2}-\d{2}/.test(on)) throw new Error(`Ngày "${on}" không theo dạng YYYY-MM-DD`);
  return on.slice(0, 10) < MERGER_DATE ? 'until2025' : 'from2025';
}

/**
 * Every commune this name may mean, in any tone placement or case, with or without its unit word
 * (`xã An Khánh`, `phường 12`); empty when none. Never decide on a single name without checking the
 * count: names repeat across provinces and districts.
 */
export function findCommunes(name: string, query: CommuneQuery = {}): readonly Commune[] {
  const registry = loaded();
  const period = query.on === undefined ? undefined : periodOn(query.on);
  const split = splitCommuneName(name);
  // `Phường 12` is a name with its word in it: try the whole text first, then without the unit word;
  // `P.12` is that name abbreviated.
  const whole = lookupKey(name);
  const numbered = split.type !== undefined && /^\d+$/.test(split.name) ? `${split.type} ${split.name}` : undefined;
  const found = [
    ...withKey(registry, whole),
    ...(numbered === undefined || numbered === whole ? [] : withKey(registry, numbered)),
    ...(split.type === undefined ? [] : withKey(registry, split.name).filter((c) => c.type === split.type)),
  ];
  return found.filter(
    (c) => (period === undefined || c.period === period) && (query.type === undefined || c.type === query.type),
  );
}

/** The distinct provinces of the candidates, in registry order (old provinces for units before 1/7/2025). */
export function communeProvinces(name: string, query: CommuneQuery = {}): readonly Province[] {
  return [...new Set(findCommunes(name, query).map((c) => c.province))];
}

/**
 * The province of a commune name when it is not ambiguous: every candidate lies in one province. Without
 * `on`, candidates of both periods that all lie in one province from 1/7/2025 give that one (xã Phong Thổ
 * of old Hà Giang and of today's Tuyên Quang are one place). Undefined when none or several provinces.
 */
export function communeProvince(name: string, query: CommuneQuery = {}): Province | undefined {
  const provinces = communeProvinces(name, query);
  if (provinces.length === 1) return provinces[0];
  const today = new Set(provinces.map(currentProvince));
  return provinces.length > 1 && today.size === 1 ? [...today][0] : undefined;
}
