/**
 * Province-level units before and after the 1/7/2025 merger (63 → 34), from content/localities.json.
 * A unit that continued under its name is one entry in both sets, so an article's province from either
 * period resolves to the same id and `currentProvince` gives its unit from 1/7/2025.
 */
import data from '../../../content/localities.json' with { type: 'json' };
import { fold, matchKey, slugify } from '../text/vi-text.ts';

export const MERGER_DATE = '2025-07-01';

/** Socio-economic regions of Nghị quyết 81/2023/QH15, north to south. */
export const REGIONS: readonly string[] = Object.freeze([
  'Trung du và miền núi phía Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ và duyên hải miền Trung',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
]);

export const PROVINCE_TYPES = ['tỉnh', 'thành phố trực thuộc Trung ương'] as const;
export type ProvinceType = (typeof PROVINCE_TYPES)[number];

export interface Province {
  /** Folded ASCII slug of `name`; stable across the merger. */
  readonly id: string;
  readonly name: string;
  /** Type today (for units that ceased: their last type). */
  readonly type: ProvinceType;
  /** Type history worth knowing, e.g. Huế was a tỉnh until 31/12/2024. */
  readonly typeNote?: string;
  /** Full name when the unit word is part of the proper name (Thành phố Hồ Chí Minh). */
  readonly fullName?: string;
  /** GSO code of the unit until 30/6/2025. */
  readonly code?: string;
  /** For a unit existing from 1/7/2025: the regions of all its constituents, in `REGIONS` order. */
  readonly regions: string[];
  /** Region of the unit as it was until 30/6/2025 (a merged-into unit may straddle two today). */
  readonly regionUntil2025?: string;
  readonly aliases: string[];
  readonly until2025: boolean;
  readonly from2025: boolean;
  /** Only on units that ceased on 1/7/2025. */
  readonly mergedInto?: string;
  /** Only on units from 1/7/2025 that absorbed others; never includes the unit itself. */
  readonly predecessors?: string[];
  /** Whether the administrative centre of the unit from 1/7/2025 lies in this old unit. */
  readonly adminCentre: boolean;
}

const SOURCE = 'content/localities.json';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELDS = new Set([
  'id',
  'name',
  'type',
  'typeNote',
  'fullName',
  'code',
  'regions',
  'regionUntil2025',
  'aliases',
  'until2025',
  'from2025',
  'mergedInto',
  'predecessors',
  'adminCentre',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(index: number, id: unknown, message: string): Error {
  const label = typeof id === 'string' ? `"${id}"` : 'without a valid id';
  return new Error(`${SOURCE}: entry ${index} (${label}) ${message}`);
}

function isProvinceType(value: unknown): value is ProvinceType {
  return (PROVINCE_TYPES as readonly unknown[]).includes(value);
}

function readEntry(raw: unknown, index: number): Province {
  if (!isRecord(raw)) throw invalid(index, undefined, 'is not an object');
  const err = (message: string) => invalid(index, raw.id, message);
  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) throw err(`has unknown field "${key}"`);

  // Text must be NFC: keys and display both assume it, and macOS/Word pastes arrive as NFD.
  const text = (key: string, value: unknown = raw[key]): string => {
    if (typeof value !== 'string' || value.trim() === '') throw err(`needs a non-empty string in "${key}"`);
    if (value !== value.normalize('NFC')) throw err(`has non-NFC text in "${key}": ${value}`);
    return value;
  };
  const optionalText = (key: string): string | undefined => (raw[key] === undefined ? undefined : text(key));
  const flag = (key: string): boolean => {
    const value = raw[key];
    if (typeof value !== 'boolean') throw err(`needs true or false in "${key}"`);
    return value;
  };
  const list = (key: string): string[] => {
    const value = raw[key];
    if (!Array.isArray(value)) throw err(`needs an array in "${key}"`);
    const values: readonly unknown[] = value;
    const items = values.map((item) => text(key, item));
    if (new Set(items).size !== items.length) throw err(`repeats a value in "${key}"`);
    return items;
  };
  const region = (key: string, value: string): string => {
    if (!REGIONS.includes(value)) throw err(`has an unknown region in "${key}": ${value}`);
    return value;
  };
  const ref = (key: string, value: string): string => {
    if (!ID_PATTERN.test(value)) throw err(`needs an id in "${key}", got "${value}"`);
    return value;
  };

  const id = text('id');
  const name = text('name');
  if (!ID_PATTERN.test(id) || id !== slugify(name)) throw err(`needs id "${slugify(name)}" (the slug of its name)`);
  const type = raw.type;
  if (!isProvinceType(type)) throw err(`needs "type" to be one of ${PROVINCE_TYPES.map((t) => `"${t}"`).join(', ')}`);
  const code = optionalText('code');
  if (code !== undefined && !/^\d{2}$/.test(code)) throw err(`needs a two-digit "code", got "${code}"`);

  const until2025 = flag('until2025');
  const from2025 = flag('from2025');
  if (!until2025 && !from2025) throw err('exists in neither period (until2025 and from2025 are both false)');

  const regions = list('regions').map((r) => region('regions', r));
  if (regions.length === 0) throw err('needs at least one region');
  // One fixed order keeps region lists comparable and their display stable.
  const ordered = REGIONS.filter((r) => regions.includes(r));
  if (ordered.join('|') !== regions.join('|')) throw err(`needs "regions" in REGIONS order: ${ordered.join(', ')}`);
  const regionUntil2025 =
    raw.regionUntil2025 === undefined ? undefined : region('regionUntil2025', text('regionUntil2025'));
  if (until2025 !== (regionUntil2025 !== undefined))
    throw err('needs "regionUntil2025" exactly when until2025 is true');

  const mergedInto = raw.mergedInto === undefined ? undefined : ref('mergedInto', text('mergedInto'));
  const ceased = until2025 && !from2025;
  if (ceased !== (mergedInto !== undefined)) throw err('needs "mergedInto" exactly when it ceased on 1/7/2025');
  const predecessors =
    raw.predecessors === undefined ? undefined : list('predecessors').map((p) => ref('predecessors', p));
  if (predecessors !== undefined && (!from2025 || predecessors.length === 0)) {
    throw err('may list "predecessors" only as a unit from 1/7/2025, and then at least one');
  }

  // Arrays keep the mutable types callers were promised, but are frozen: the registry is shared by every
  // page and an in-place sort in one caller must not reorder it for the others.
  const province: Province = {
    id,
    name,
    type,
    ...(raw.typeNote === undefined ? {} : { typeNote: text('typeNote') }),
    ...(raw.fullName === undefined ? {} : { fullName: text('fullName') }),
    ...(code === undefined ? {} : { code }),
    regions: Object.freeze(regions) as string[],
    ...(regionUntil2025 === undefined ? {} : { regionUntil2025 }),
    aliases: Object.freeze(list('aliases')) as string[],
    until2025,
    from2025,
    ...(mergedInto === undefined ? {} : { mergedInto }),
    ...(predecessors === undefined ? {} : { predecessors: Object.freeze(predecessors) as string[] }),
    adminCentre: flag('adminCentre'),
  };
  return Object.freeze(province);
}

/**
 * Lookup key: the exact match key with punctuation dropped, so that `TP.HCM` = `TP HCM`,
 * `Bà Rịa – Vũng Tàu` = `Bà Rịa - Vũng Tàu` and `Thừa Thiên - Huế` = `Thừa Thiên Huế`.
 */
export function lookupKey(text: string): string {
  return matchKey(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

// Accepted before any unit's name whatever its type: "tỉnh Thừa Thiên Huế" was right until 2025, and a
// provincial capital ("TP Thanh Hóa") lies in the province it is named after.
const UNIT_WORDS = ['tỉnh', 'thành phố', 'TP', 'thủ đô'].map(lookupKey);
const UNIT_WORDS_FOLDED = UNIT_WORDS.map(fold);

function withoutUnitWord(key: string, words: readonly string[]): string | undefined {
  for (const word of words) if (key.startsWith(`${word} `)) return key.slice(word.length + 1);
  return undefined;
}

function spellings(p: Province): string[] {
  return [p.name, ...(p.fullName === undefined ? [] : [p.fullName]), ...p.aliases];
}

function load(raw: unknown): {
  provinces: readonly Province[];
  byId: ReadonlyMap<string, Province>;
  exact: ReadonlyMap<string, Province>;
  folded: ReadonlyMap<string, ReadonlySet<Province>>;
} {
  if (!Array.isArray(raw)) throw new Error(`${SOURCE}: must be a JSON array of units`);
  const entries: readonly unknown[] = raw;
  const provinces = Object.freeze(entries.map((entry, index) => readEntry(entry, index)));
  const byId = new Map<string, Province>();
  provinces.forEach((p, index) => {
    if (byId.has(p.id)) throw invalid(index, p.id, 'repeats an id');
    byId.set(p.id, p);
  });

  // Dangling ids first, so a typo is reported on the entry that has it, not on the unit it should name.
  provinces.forEach((p, index) => {
    if (p.mergedInto !== undefined && !byId.get(p.mergedInto)?.from2025) {
      throw invalid(index, p.id, `is merged into "${p.mergedInto}", which is not a unit from 1/7/2025`);
    }
    for (const id of p.predecessors ?? []) {
      if (!byId.has(id)) throw invalid(index, p.id, `lists unknown predecessor "${id}"`);
    }
  });
  provinces.forEach((p, index) => {
    if (p.mergedInto !== undefined && !byId.get(p.mergedInto)?.predecessors?.includes(p.id)) {
      throw invalid(index, p.id, `is merged into "${p.mergedInto}", whose "predecessors" do not list it`);
    }
    for (const id of p.predecessors ?? []) {
      if (byId.get(id)?.mergedInto !== p.id) {
        throw invalid(index, p.id, `lists predecessor "${id}", which is not a unit merged into it`);
      }
    }
  });

  const exact = new Map<string, Province>();
  const folded = new Map<string, Set<Province>>();
  provinces.forEach((p, index) => {
    for (const spelling of spellings(p)) {
      const key = lookupKey(spelling);
      const other = exact.get(key);
      if (other !== undefined && other !== p) {
        throw invalid(index, p.id, `spelling "${spelling}" is also a spelling of "${other.id}"`);
      }
      exact.set(key, p);
      const foldedKey = fold(key);
      folded.set(foldedKey, (folded.get(foldedKey) ?? new Set<Province>()).add(p));
    }
  });
  return { provinces, byId, exact, folded };
}

const registry = load(data);

/**
 * Checks registry data the way the module checks content/localities.json at load and returns its units;
 * throws an error naming the first bad entry. For tests and tools that edit the registry.
 */
export function validateLocalities(raw: unknown): readonly Province[] {
  return load(raw).provinces;
}

/** All units in both periods, ordered by GSO code. */
export const PROVINCES: readonly Province[] = registry.provinces;
/** The 63 units that existed until 30/6/2025. */
export const PROVINCES_UNTIL_2025: readonly Province[] = Object.freeze(PROVINCES.filter((p) => p.until2025));
/** The 34 units from 1/7/2025. */
export const PROVINCES_FROM_2025: readonly Province[] = Object.freeze(PROVINCES.filter((p) => p.from2025));

export function provinceById(id: string): Province | undefined {
  return registry.byId.get(id);
}

/**
 * Finds a unit by any spelling: name or alias, either tone placement, any case, NFC or NFD, with or
 * without a unit word (`tỉnh`, `thành phố`, `TP.`, `Thủ đô`). Input without any diacritics also
 * matches the folded spellings, but only when exactly one unit has that folded spelling.
 */
export function findProvince(name: string): Province | undefined {
  const key = lookupKey(name);
  if (key === '') return undefined;
  const stripped = withoutUnitWord(key, UNIT_WORDS);
  for (const candidate of [key, stripped]) {
    const hit = candidate === undefined ? undefined : registry.exact.get(candidate);
    if (hit !== undefined) return hit;
  }
  // Folding merges real words (đảng/đang/dạng), so a marked but wrong spelling must not slip through.
  if (fold(key) !== key) return undefined;
  for (const candidate of [key, withoutUnitWord(key, UNIT_WORDS_FOLDED)]) {
    const hits = candidate === undefined ? undefined : registry.folded.get(candidate);
    if (hits !== undefined) return hits.size === 1 ? [...hits][0] : undefined;
  }
  return undefined;
}

function requireProvince(id: string, from: Province): Province {
  const p = registry.byId.get(id);
  if (p === undefined) throw new Error(`Unit "${from.id}" refers to unknown unit "${id}"`);
  return p;
}

/** The unit it belongs to from 1/7/2025: itself if it continues. */
export function currentProvince(p: Province): Province {
  if (p.from2025) return p;
  if (p.mergedInto === undefined) throw new Error(`Unit "${p.id}" ceased but names no unit it was merged into`);
  return requireProvince(p.mergedInto, p);
}

/** Old units merged into it on 1/7/2025, not including itself. */
export function predecessorsOf(p: Province): Province[] {
  return (p.predecessors ?? []).map((id) => requireProvince(id, p));
}

/** How Vietnamese prose names the unit: `tỉnh Hậu Giang`, `thành phố Cần Thơ`, `Thành phố Hồ Chí Minh`. */
export function displayName(p: Province): string {
  if (p.fullName !== undefined) return p.fullName;
  return `${p.type === 'tỉnh' ? 'tỉnh' : 'thành phố'} ${p.name}`;
}

const [mergerYear, mergerMonth, mergerDay] = MERGER_DATE.split('-').map(Number);
// Vietnamese prose writes the day and month without leading zeros: 1/7/2025.
const MERGER_DATE_VI = `${mergerDay}/${mergerMonth}/${mergerYear}`;

/** `từ 1/7/2025 thuộc thành phố Cần Thơ` for a unit that ceased on 1/7/2025; undefined for the others. */
export function mergerNote(p: Province): string | undefined {
  if (p.from2025) return undefined;
  return `từ ${MERGER_DATE_VI} thuộc ${displayName(currentProvince(p))}`;
}
