/**
 * Where an article is about (docs/domain.md §3.3): the province from a headline prefix (`Lào Cai: …`), a
 * province named in the title, or the places the text names (`tỉnh Bắc Giang`, `Huyện ủy Vị Thủy`
 * through the district registry), else the home province of a provincial paper. The province written is
 * the one in force on the article's date: an old unit for an article before 1/7/2025, the merged unit
 * after it, when the district level no longer exists.
 */
import { findDistricts, type District } from '../places/districts.ts';
import {
  currentProvince,
  findProvince,
  MERGER_DATE,
  mergerNote,
  provinceById,
  type Province,
} from '../places/localities.ts';
import { matchKey } from '../text/vi-text.ts';
import type { Publication } from './source-markers.ts';

const WORD = '\\p{Lu}[\\p{L}\\p{M}]*';
const RUN = `${WORD}(?: ${WORD}){0,3}`;
const UY = '(?:ủy|uỷ)';

const PROVINCE_MENTION = new RegExp(
  `(?<!\\p{L})(?<unit>Tỉnh ${UY}|Thành ${UY}|tỉnh|Tỉnh|thành phố|Thành phố|TP\\.?|Tp\\.?|Thủ đô|thủ đô)\\s*(?<name>${RUN})`,
  'gu',
);
const DISTRICT_MENTION = new RegExp(
  `(?<!\\p{L})(?<unit>Huyện ${UY}|Quận ${UY}|Thị ${UY}|Thành ${UY}|huyện|Huyện|quận|Quận|thị xã|Thị xã|TX\\.?|thành phố|Thành phố|TP\\.?|Tp\\.?)\\s*(?<name>${RUN})`,
  'gu',
);
// `xã Xuân Hương (Lạng Giang)`: the district of a commune, in parentheses.
const PARENT_IN_PARENTHESES = new RegExp(`\\((?<name>${RUN})[,)]`, 'gu');
const COMMUNE_MENTION = new RegExp(
  `(?<!\\p{L})(?<unit>xã|Xã|phường|Phường|thị trấn|Thị trấn|đặc khu|Đặc khu)\\s+(?<name>(?:${WORD}|\\d{1,3})(?: (?:${WORD}|\\d{1,3})){0,3})`,
  'gu',
);
const BARE_RUN = new RegExp(`(?<!\\p{L})${WORD}(?: ${WORD})+`, 'gu');
// Unit words followed by a title or an organ, not a place: `xã Đảng ủy…`, `phường Bí thư…`.
const NOT_PLACE_NAMES = new Set(
  ['đảng', 'đồng', 'bí', 'chủ', 'phó', 'ủy', 'ban', 'ubnd', 'hđnd', 'mttq'].map((w) => matchKey(w)),
);

/** Longest leading run of words (up to 4) that `find` recognises, with what it found. */
function longestPrefix<T>(
  name: string,
  find: (candidate: string) => T | undefined,
): { found: T; name: string } | undefined {
  const words = name.split(' ');
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(' ');
    const found = find(candidate);
    if (found !== undefined) return { found, name: candidate };
  }
  return undefined;
}

const isCityUnit = (unit: string) => /^(?:thành phố|TP|Tp)/iu.test(unit) || /^Thành /u.test(unit);

interface ProvinceMention {
  province: Province;
  index: number;
}

function provinceMentions(text: string): ProvinceMention[] {
  const found: ProvinceMention[] = [];
  for (const match of text.matchAll(PROVINCE_MENTION)) {
    const { unit = '', name = '' } = match.groups ?? {};
    const hit = longestPrefix(name, (candidate) => findProvince(`${unit} ${candidate}`) ?? findProvince(candidate));
    if (!hit) continue;
    // `TP Bắc Giang`, `Thành ủy Bắc Giang`: the provincial capital, a district, unless the province is a city.
    const isCity = hit.found.type === 'thành phố trực thuộc Trung ương';
    if (isCityUnit(unit) && !isCity && findDistricts(hit.name).length > 0) continue;
    found.push({ province: hit.found, index: match.index });
  }
  return found;
}

interface DistrictMention {
  candidates: readonly District[];
  /** `huyện Mường Khương` when printed with an administrative unit word; undefined after an organ name. */
  printed?: string;
  index: number;
}

function districtMentions(text: string): DistrictMention[] {
  const found: DistrictMention[] = [];
  for (const match of text.matchAll(DISTRICT_MENTION)) {
    const { unit = '', name = '' } = match.groups ?? {};
    const hit = longestPrefix(name, (candidate) => {
      const districts = findDistricts(candidate);
      return districts.length > 0 ? districts : undefined;
    });
    if (!hit) continue;
    // A centrally-run city is a province, not a district (`thành phố Cần Thơ`).
    if (isCityUnit(unit) && findProvince(hit.name)?.type === 'thành phố trực thuộc Trung ương') continue;
    const organ = new RegExp(`${UY}$`, 'u').test(unit);
    const unitWord = /^[A-ZĐ]+\.?$/u.test(unit) ? unit : unit.toLocaleLowerCase('vi');
    const mention: DistrictMention = { candidates: hit.found, index: match.index };
    if (!organ) mention.printed = `${unitWord} ${hit.name}`;
    found.push(mention);
  }
  for (const match of text.matchAll(PARENT_IN_PARENTHESES)) {
    const name = match.groups?.['name'] ?? '';
    const districts = findDistricts(name);
    if (districts.length > 0 && !findProvince(name)) found.push({ candidates: districts, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Communes named in the text, one per place: a name run on into a person's name (`Đảng ủy xã Quang Minh
 * Trần Văn Hưng`) counts as the shorter name printed elsewhere.
 */
function communesNamed(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(COMMUNE_MENTION)) {
    const { unit = '', name = '' } = match.groups ?? {};
    if (NOT_PLACE_NAMES.has(matchKey(name.split(' ')[0] ?? ''))) continue;
    // `thị trấn Nàng Mau cũ`, `xã A (cũ)`: a unit that no longer exists is history, not the subject.
    if (/^\s*\(?cũ(?!\p{L})/u.test(text.slice(match.index + match[0].length))) continue;
    found.push(`${unit.toLocaleLowerCase('vi')} ${name}`);
  }
  const keys = [...new Set(found.map(matchKey))];
  const places = keys.filter((key) => !keys.some((other) => other !== key && key.startsWith(`${other} `)));
  return places.map((key) => found.find((printed) => matchKey(printed) === key)!);
}

/** Bare place names in a title (`… ở Mường Khương`), longest first inside each run of capitalised words. */
function bareRuns(text: string): string[] {
  const runs: string[] = [];
  for (const match of text.matchAll(BARE_RUN)) {
    const words = match[0].split(' ');
    for (let n = words.length; n >= 2; n--) {
      for (let start = 0; start + n <= words.length; start++) runs.push(words.slice(start, start + n).join(' '));
    }
  }
  return runs;
}

function titleProvince(title: string): Province | undefined {
  for (const run of bareRuns(title)) {
    const province = findProvince(run);
    if (province) return province;
  }
  return undefined;
}

function mostFrequent<T>(items: readonly T[], key: (item: T) => string): T | undefined {
  const counts = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const entry = counts.get(key(item)) ?? { item, count: 0 };
    entry.count++;
    counts.set(key(item), entry);
  }
  // Map order is first-mention order, so ties go to the earliest mention.
  return [...counts.values()].reduce<{ item: T; count: number } | undefined>(
    (best, e) => (!best || e.count > best.count ? e : best),
    undefined,
  )?.item;
}

export interface LocalityInput {
  title: string;
  /** Lead, captions and body. */
  text: string;
  /** The article's date, `YYYY-MM-DD…`. */
  date: string;
  /** `--province`. */
  province?: Province;
  publication?: Publication;
}

export interface Locality {
  province: Province;
  provinceBasis: string;
  district?: string;
  districtBasis?: string;
  commune?: string;
  review: string[];
}

export type LocalityResult = { ok: true; locality: Locality } | { ok: false; reason: string };

interface ProvinceChoice {
  province: Province;
  basis: string;
  /** The title names the province itself: the article is about the whole province. */
  provinceWide?: boolean;
  district?: District;
  review?: string;
}

function chooseProvince(
  input: LocalityInput,
  titleDistricts: DistrictMention[],
  bodyDistricts: DistrictMention[],
): ProvinceChoice | undefined {
  if (input.province) return { province: input.province, basis: 'tùy chọn --province' };
  const prefix = /^(?<prefix>[^:]{2,40}):\s/u.exec(input.title)?.groups?.['prefix'];
  const prefixProvince = prefix === undefined ? undefined : findProvince(prefix);
  if (prefix && prefixProvince)
    return { province: prefixProvince, basis: `tiền tố “${prefix}:” của tiêu đề`, provinceWide: true };
  // A district in the title is more precise than its province beside it: `Huyện Thường Xuân (Thanh Hóa) …`.
  const titleDistrict = titleDistricts.find((m) => m.candidates.length === 1)?.candidates[0];
  if (titleDistrict) {
    return {
      province: titleDistrict.province,
      basis: `${titleDistrict.type} ${titleDistrict.name} trong tiêu đề (danh mục huyện)`,
      district: titleDistrict,
    };
  }
  const inTitle = titleProvince(input.title);
  if (inTitle) return { province: inTitle, basis: 'tên tỉnh trong tiêu đề', provinceWide: true };

  const evidence = [
    ...provinceMentions(input.text).map((m) => ({ province: m.province, index: m.index, what: 'tỉnh' })),
    ...bodyDistricts.flatMap((m) =>
      m.candidates.length === 1 ? [{ province: m.candidates[0]!.province, index: m.index, what: 'huyện' }] : [],
    ),
  ].sort((a, b) => a.index - b.index);
  const best = mostFrequent(evidence, (e) => e.province.id);
  if (best) {
    const count = evidence.filter((e) => e.province === best.province).length;
    const via = evidence.some((e) => e.province === best.province && e.what === 'huyện')
      ? ', kể cả qua danh mục huyện'
      : '';
    return { province: best.province, basis: `địa danh trong bài (${count} lần nhắc${via})` };
  }
  const bare = mostFrequent(
    bareRuns(input.text).flatMap((run) => findProvince(run) ?? []),
    (p) => p.id,
  );
  if (bare) return { province: bare, basis: 'tên tỉnh nhắc trong bài (không kèm chữ “tỉnh”)' };
  const home = input.publication?.provinceId === undefined ? undefined : provinceById(input.publication.provinceId);
  if (home && input.publication) {
    return {
      province: home,
      basis: `nơi xuất bản của ${input.publication.name}`,
      review: `Bài không nêu địa danh nào; tỉnh ${home.name} chỉ suy ra từ nơi xuất bản của ${input.publication.name}: kiểm tra lại.`,
    };
  }
  return undefined;
}

/** The district an article is about: named in the title, or the only one its text names. */
function chooseDistrict(
  choice: ProvinceChoice,
  titleDistricts: DistrictMention[],
  bodyDistricts: DistrictMention[],
): { district: District; printed?: string; basis: string } | { note: string } | undefined {
  const inProvince = (m: DistrictMention) => m.candidates.find((d) => d.province === choice.province);
  const printedFor = (district: District) =>
    [...titleDistricts, ...bodyDistricts].find((m) => m.printed !== undefined && inProvince(m) === district)?.printed;
  const fromTitle = choice.district ?? titleDistricts.map(inProvince).find((d) => d !== undefined);
  if (fromTitle) return { district: fromTitle, printed: printedFor(fromTitle), basis: 'tên huyện trong tiêu đề' };
  if (choice.provinceWide) return { note: 'không ghi: tiêu đề nêu tên tỉnh, bài nói về cả tỉnh' };
  const named = [...new Set(bodyDistricts.map(inProvince).filter((d) => d !== undefined))];
  if (named.length === 1)
    return { district: named[0]!, printed: printedFor(named[0]!), basis: 'huyện duy nhất được nhắc trong bài' };
  if (named.length > 1) return { note: `không ghi: bài nhắc nhiều huyện (${named.map((d) => d.name).join(', ')})` };
  return undefined;
}

export function inferLocality(input: LocalityInput): LocalityResult {
  // `Xã Vị Thủy …` names a commune, even when a district had the same name.
  const titleWithoutCommunes = input.title.replace(COMMUNE_MENTION, ' ');
  const titleDistricts = [
    ...districtMentions(input.title),
    ...bareRuns(titleWithoutCommunes).flatMap((run) =>
      findProvince(run) ? [] : [{ candidates: findDistricts(run), index: -1 }],
    ),
  ].filter((m) => m.candidates.length > 0);
  const bodyDistricts = districtMentions(input.text);
  const choice = chooseProvince(input, titleDistricts, bodyDistricts);
  if (!choice) {
    return {
      ok: false,
      reason:
        'không xác định được tỉnh/thành phố: bài không nêu địa danh nào có trong danh mục. Chạy lại với --province <tên tỉnh>',
    };
  }
  const afterMerger = input.date.slice(0, 10) >= MERGER_DATE;
  const province = afterMerger ? currentProvince(choice.province) : choice.province;
  const merged =
    province === choice.province ? '' : ` → ${province.name} (${choice.province.name} ${mergerNote(choice.province)})`;
  const locality: Locality = {
    province,
    provinceBasis: `${choice.basis}${merged}`,
    review: choice.review ? [choice.review] : [],
  };

  if (afterMerger) {
    locality.districtBasis = 'không ghi: cấp huyện không còn từ 1/7/2025';
  } else {
    const district = chooseDistrict(choice, titleDistricts, bodyDistricts);
    if (district && 'district' in district) {
      locality.district = district.printed ?? `${district.district.type} ${district.district.name}`;
      locality.districtBasis = district.basis;
    } else if (district) {
      locality.districtBasis = district.note;
    }
  }
  // A commune only for an article about one place below the province: a district, or a commune after 2025.
  const communes = communesNamed(`${input.title}\n${input.text}`);
  if (communes.length === 1 && (locality.district !== undefined || afterMerger)) locality.commune = communes[0];
  return { ok: true, locality };
}
