/**
 * The places an article's text really names (docs/domain.md §3.3): a name after an administrative word or
 * organ (`tỉnh Gia Lai`, `Huyện ủy Chư Prông`, `UBND tỉnh Lào Cai`), a district of the registry, a headline
 * prefix (`Lào Cai: …`) or a dateline (`GIA LAI -`). A province name printed on its own is only a weak
 * mention, and none at all where it is part of something else: a person (`Chủ tịch Hồ Chí Minh`,
 * `Trương Hòa Bình`), a company or club (`CTCP Đường Quảng Ngãi`), an ocean or river (`Thái Bình Dương`,
 * `sông Đồng Nai`), a street (`đường Hà Nội`, `phố Huế`) or a related-story link.
 */
import { communeProvince, findCommunes } from '../places/communes.ts';
import { findDistricts, type District, type DistrictType } from '../places/districts.ts';
import { findProvince, lookupKey, type Province } from '../places/localities.ts';
import { matchKey } from '../text/vi-text.ts';

const WORD = '\\p{Lu}[\\p{L}\\p{M}]*';
// Up to four words; a hyphen may join them (`Bà Rịa - Vũng Tàu`, `Thừa Thiên-Huế`).
const RUN = `${WORD}(?:(?: | ?[-–] ?)${WORD}){0,3}`;
const UY = '(?:ủy|uỷ)';

const PROVINCE_MENTION = new RegExp(
  `(?<!\\p{L})(?<unit>Tỉnh ${UY}|Thành ${UY}|tỉnh|Tỉnh|thành phố|Thành phố|TP\\.?|Tp\\.?|Thủ đô|thủ đô)\\s*(?<name>${RUN})`,
  'gu',
);
const DISTRICT_MENTION = new RegExp(
  `(?<!\\p{L})(?<unit>Huyện ${UY}|Quận ${UY}|Thị ${UY}|Thành ${UY}|huyện|Huyện|quận|Quận|thị xã|Thị xã|TX\\.?|thành phố|Thành phố|TP\\.?|Tp\\.?|Q\\.|H\\.)\\s*(?<name>${RUN})`,
  'gu',
);
// `xã Xuân Hương (Lạng Giang)`: the district of a commune, in parentheses.
const PARENT_IN_PARENTHESES = new RegExp(`\\((?<name>${RUN})[,)]`, 'gu');
/** A commune-level unit word and the name after it (`xã Quang Minh`, `Phường 12`). */
export const COMMUNE_MENTION = new RegExp(
  `(?<!\\p{L})(?<![Tt]hị |THỊ )(?<unit>xã|Xã|phường|Phường|thị trấn|Thị trấn|đặc khu|Đặc khu)\\s+(?<name>(?:${WORD}|\\d{1,3})(?: (?:${WORD}|\\d{1,3})){0,3})`,
  'gu',
);
// A run of capitalised words; a hyphen joins `Bà Rịa - Vũng Tàu`.
const CAPITALISED_RUN = new RegExp(`(?<![\\p{L}\\p{M}])${WORD}(?:(?: | [-–] )${WORD})*`, 'gu');

// Capitalised only because they open a sentence: `Tại Gia Lai`, `Về Thanh Hóa`.
const SENTENCE_OPENERS = new Set(
  [
    'tại',
    'ở',
    'về',
    'theo',
    'từ',
    'đến',
    'tới',
    'với',
    'trong',
    'sau',
    'khi',
    'cùng',
    'còn',
    'nhưng',
    'và',
    'cả',
    'toàn',
    'riêng',
    'như',
    'cho',
    'của',
    'là',
    'vì',
    'do',
    'nay',
    'hiện',
    'người',
    'dân',
    'vùng',
    'miền',
  ].map(matchKey),
);

/**
 * Words right before a name that make it something other than the place: a person's title, a street, a
 * body of water or a landform. `Bác` and `Chủ tịch` stand before `Hồ Chí Minh` the man.
 */
const NOT_A_PLACE_BEFORE = [
  // people
  'bác',
  'chủ tịch',
  'đồng chí',
  'ông',
  'bà',
  'anh',
  'chị',
  'em',
  'cháu',
  'cụ',
  'chú',
  'cô',
  'thầy',
  'bạn',
  'tư tưởng',
  'di chúc',
  'lăng',
  'thời đại',
  'tấm gương',
  'noi gương',
  // streets and roads
  'đường',
  'phố',
  'đại lộ',
  'quốc lộ',
  'ngõ',
  'ngách',
  'hẻm',
  'số nhà',
  'đường mòn',
  // water and land
  'sông',
  'biển',
  'vịnh',
  'hồ',
  'núi',
  'đèo',
  'đảo',
  'cầu',
  'thủy điện',
  'thuỷ điện',
  // a market or a station named after a place lies anywhere (chợ Đồng Xuân is in Hà Nội)
  'chợ',
  'bến',
  'ga',
].map(matchKey);

/**
 * Words that, earlier in the same clause, make a name part of a business's or a club's (`Công ty … Hà Nội`,
 * `CLB Hà Nội`): they trade or play anywhere. A public body named after a province (`Sở Nội vụ Hà Nội`,
 * `Đại học Đà Nẵng`, `Báo Gia Lai`) belongs to it, so its name stays a (weak) mention of the province.
 */
const ORGANISATION_WORDS = [
  'công ty',
  'ctcp',
  'cty',
  'tnhh',
  'cổ phần',
  'tập đoàn',
  'tổng công ty',
  'ngân hàng',
  'nhà máy',
  'xí nghiệp',
  'hợp tác xã',
  'htx',
  'clb',
  'câu lạc bộ',
  'fc',
  'đội',
  'thương hiệu',
  'nhãn hiệu',
].map(matchKey);

/** Unit words followed by a title or an organ, not a place: `xã Đảng ủy…`, `phường Bí thư…`. */
export const NOT_PLACE_NAMES = new Set(
  ['đảng', 'đồng', 'bí', 'chủ', 'phó', 'ủy', 'ban', 'ubnd', 'hđnd', 'mttq'].map((w) => matchKey(w)),
);

const CLUB_WORDS = ['clb', 'câu lạc bộ', 'fc', 'đội', 'đội bóng', 'trận', 'cầu thủ'].map(matchKey);

/** Lines and tails that point to other stories: `>> Xem thêm: …`, `Tin liên quan`, `-> …`. */
const RELATED_STORY = /(?:>>|->|→|\b(?:Xem thêm|Đọc thêm|Tin liên quan|Bài liên quan|Tin cùng chuyên mục)\b)[^\n]*/giu;

export type MentionKind =
  'prefix' | 'dateline' | 'unit' | 'district' | 'commune' | 'after-place' | 'title-name' | 'name';
export type MentionPlace = 'title' | 'lead' | 'text';

/** A place of a known province that the article names. */
export interface PlaceMention {
  province: Province;
  kind: MentionKind;
  /** As the article prints it: `tỉnh Gia Lai`, `Huyện ủy Chư Prông`, `Lào Cai:`. */
  printed: string;
  where: MentionPlace;
  index: number;
  /** The district, when the mention is one. */
  district?: District;
}

export interface DistrictMention {
  candidates: readonly District[];
  /** `huyện Mường Khương` when printed with an administrative unit word; undefined after an organ name. */
  printed?: string;
  index: number;
}

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
const isCentralCity = (p: Province | undefined) => p?.type === 'thành phố trực thuộc Trung ương';

/** The text without links to other stories: their places are not the article's. */
export function withoutRelatedStories(text: string): string {
  return text.replace(RELATED_STORY, (m) => ' '.repeat(m.length));
}

/** A team, not the place: `CLB TP.HCM`, `đội Thành phố Hồ Chí Minh`, `trận TP.HCM vs SLNA`. */
function isClub(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start);
  if (CLUB_WORDS.some((word) => clause.endsWith(` ${word}`))) return true;
  return /^\s*vs\.?(?!\p{L})/iu.test(text.slice(end, end + 8));
}

/** `tỉnh Gia Lai`, `Tỉnh ủy Lào Cai`, `thành phố Cần Thơ`, `TP.HCM`: a province with its unit word. */
export function provinceMentions(text: string): Omit<PlaceMention, 'where'>[] {
  const found: Omit<PlaceMention, 'where'>[] = [];
  for (const match of text.matchAll(PROVINCE_MENTION)) {
    const { unit = '', name = '' } = match.groups ?? {};
    const hit = longestPrefix(name, (candidate) => findProvince(`${unit} ${candidate}`) ?? findProvince(candidate));
    if (!hit) continue;
    // `TP Bắc Giang`, `Thành ủy Bắc Giang`: the provincial capital, a district, unless the province is a city.
    if (isCityUnit(unit) && !isCentralCity(hit.found) && findDistricts(hit.name).length > 0) continue;
    if (isClub(text, match.index, match.index + match[0].length)) continue;
    // As printed: `TP.HCM`, `Tỉnh ủy Gia Lai`.
    const printed = match[0].slice(0, match[0].length - name.length + hit.name.length);
    found.push({ province: hit.found, kind: 'unit', printed, index: match.index });
  }
  return found;
}

/** The district type a unit word or organ prints: `Thị ủy` → thị xã; undefined for an abbreviation it cannot tell. */
function districtType(unit: string): DistrictType | undefined {
  const key = matchKey(unit);
  if (key.startsWith('huyện') || key === 'h.') return 'huyện';
  if (key.startsWith('quận') || key === 'q.') return 'quận';
  if (key.startsWith('thị') || key.startsWith('tx')) return 'thị xã';
  if (key.startsWith('thành') || key.startsWith('tp')) return 'thành phố';
  return undefined;
}

/** Districts of one province only: a name shared by two units of one province (huyện and thị xã Long Mỹ) is not ambiguous. */
export const oneProvince = (districts: readonly District[]) => new Set(districts.map((d) => d.province)).size === 1;

/**
 * Districts named with a unit word or organ (`huyện Chư Prông`, `Huyện ủy Vị Thủy`) or as a parent
 * `(Lạng Giang)`, among the units that existed on `on` (YYYY-MM-DD). The printed type is preferred, not
 * required: articles print an older type (`thị xã Vị Thanh` after it became a city).
 */
export function districtMentions(text: string, on?: string): DistrictMention[] {
  const query = on === undefined ? {} : { on: on.slice(0, 10) };
  const found: DistrictMention[] = [];
  for (const match of text.matchAll(DISTRICT_MENTION)) {
    const { unit = '', name = '' } = match.groups ?? {};
    const hit = longestPrefix(name, (candidate) => {
      const districts = findDistricts(candidate, query);
      return districts.length > 0 ? districts : undefined;
    });
    if (!hit) continue;
    // A centrally-run city is a province, not a district (`thành phố Cần Thơ`).
    if (isCityUnit(unit) && isCentralCity(findProvince(hit.name))) continue;
    const type = districtType(unit);
    const typed = hit.found.filter((d) => d.type === type);
    const organ = new RegExp(`${UY}$`, 'u').test(unit);
    // `Q.Hoàng Mai` is written out (`quận Hoàng Mai`); `TP`, `TX.` are kept as printed.
    const abbreviated = /^[QH]\.$/u.test(unit) && type !== undefined;
    const unitWord = abbreviated ? type : /^[A-ZĐ]+\.?$/u.test(unit) ? unit : unit.toLocaleLowerCase('vi');
    const mention: DistrictMention = { candidates: typed.length > 0 ? typed : hit.found, index: match.index };
    if (!organ) mention.printed = `${unitWord} ${hit.name}`;
    found.push(mention);
  }
  for (const match of text.matchAll(PARENT_IN_PARENTHESES)) {
    const name = match.groups?.['name'] ?? '';
    const districts = findDistricts(name, query);
    if (districts.length > 0 && !findProvince(name)) found.push({ candidates: districts, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

// Words that end commune names (`Tam Quan Bắc`, `Ea Kar A`, `Phường 2`) rather than start a person's name.
const NAME_ENDINGS = new Set(
  ['bắc', 'nam', 'đông', 'tây', 'trung', 'thượng', 'hạ', 'a', 'b', 'c', 'i', 'ii', 'iii', '1', '2', '3'].map(matchKey),
);

// A title-cased name that only contains the word: `Bảo hiểm Xã Hội`, `Ngân hàng Chính sách Xã Hội`.
const INSIDE_A_NAME = new RegExp(`${WORD} $`, 'u');

/**
 * Communes named with their unit word (`xã Ia Ga`, `phường Bến Nghé`) whose name the registry places in
 * one province only on `on`; a name shared by several (xã An Khánh) is left out, it never decides alone.
 */
export function communeMentions(text: string, on: string): Omit<PlaceMention, 'where'>[] {
  const found: Omit<PlaceMention, 'where'>[] = [];
  for (const match of text.matchAll(COMMUNE_MENTION)) {
    const { unit = '', name = '' } = match.groups ?? {};
    if (/^\p{Lu}/u.test(unit) && INSIDE_A_NAME.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    if (NOT_PLACE_NAMES.has(matchKey(name.split(' ')[0] ?? ''))) continue;
    const query = { on: on.slice(0, 10) };
    const hit = longestPrefix(name, (candidate) =>
      findCommunes(`${unit} ${candidate}`, query).length > 0 ? candidate : undefined,
    );
    // `xã Tam Quan Bắc` is not `xã Tam Quan`: a cut before a word that ends names is a different unit.
    const next = hit ? (name.slice(hit.name.length).trim().split(' ')[0] ?? '') : '';
    if (NAME_ENDINGS.has(matchKey(next))) continue;
    const province = hit && communeProvince(`${unit} ${hit.name}`, query);
    if (!hit || !province) continue;
    found.push({
      province,
      kind: 'commune',
      printed: `${unit.toLocaleLowerCase('vi')} ${hit.name}`,
      index: match.index,
    });
  }
  return found;
}

/** The clause before `index`, back to the last punctuation mark, as a match key. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 80), index);
  const clause = before.split(/[.,;:!?()[\]"“”'‘’\n]/u).at(-1) ?? '';
  return ` ${matchKey(clause).replace(/\s+/g, ' ').trim()}`;
}

/** Why a bare name at `index` is not the place; undefined when nothing says it is something else. */
function notAPlace(text: string, index: number): boolean {
  const clause = clauseBefore(text, index);
  if (NOT_A_PLACE_BEFORE.some((word) => clause.endsWith(` ${word}`))) return true;
  return ORGANISATION_WORDS.some((word) => clause.includes(` ${word} `) || clause.endsWith(` ${word}`));
}

/**
 * The province a name is spelled as, tone marks included: without its unit word a name printed without
 * marks (`Thanh Hoa`, a person) is not taken for one printed with them (Thanh Hóa).
 */
function spelledAs(name: string): Province | undefined {
  const province = findProvince(name);
  const key = lookupKey(name);
  const spellings = province ? [province.name, province.fullName ?? '', ...province.aliases] : [];
  return spellings.some((s) => lookupKey(s) === key) ? province : undefined;
}

/**
 * Runs of capitalised words printed without a unit word, whole (`Trương Hòa Bình` and `Thái Bình Dương`
 * stay whole, so they never read as `Hòa Bình` or `Thái Bình`), minus a sentence opener (`Tại`), and only
 * where nothing before them makes them a person, a street, a body of water or an organisation.
 */
export function bareRuns(text: string): { run: string; index: number }[] {
  const found: { run: string; index: number }[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    let run = match[0];
    let index = match.index;
    const first = run.split(' ')[0] ?? '';
    if (SENTENCE_OPENERS.has(matchKey(first)) && run.length > first.length) {
      run = run.slice(first.length + 1);
      index += first.length + 1;
    }
    if (!notAPlace(text, index)) found.push({ run, index });
  }
  return found;
}

// The end of `xã Ia Ga, huyện Chư Prông, ` or `huyện Yên Định (`: a place whose province comes next.
const AFTER_UNIT =
  /(?<![\p{L}])(?:huyện|quận|thị xã|thành phố|TP\.?|xã|phường|thị trấn|đặc khu)\s+[^,;.()\n]{1,40}(?:,\s*|\s*\(\s*|\s+-\s+)$/iu;
// `(Yên Định, ` before the province: a district without its unit word, then its province.
const AFTER_PARENT = /\((?<district>[^,;.()\n]{2,30}),\s*$/u;

/**
 * Province names printed on their own (`… ở Gia Lai`); `Hồ Chí Minh` alone is the man, not the city.
 * One that closes a place's address (`xã Ia Ga, huyện Chư Prông, Gia Lai`, `(Yên Định, Thanh Hóa)`) is as
 * good as one with its unit word: kind `after-place`; the others are `name`, which never decides alone.
 */
export function bareProvinceMentions(text: string): Omit<PlaceMention, 'where'>[] {
  return bareRuns(text).flatMap(({ run, index }) => {
    const province = spelledAs(run);
    // A capitalised unit word is part of the run (`Tỉnh Gia Lai`): that is a unit mention, counted there.
    if (!province || /^(?:tỉnh|thành phố|tp|thủ đô)(?![\p{L}])/iu.test(run)) return [];
    if (matchKey(run) === matchKey('Hồ Chí Minh')) return [];
    const before = text.slice(Math.max(0, index - 60), index);
    const parent = AFTER_PARENT.exec(before)?.groups?.['district'];
    const afterPlace = AFTER_UNIT.test(before) || (parent !== undefined && findDistricts(parent).length > 0);
    return [{ province, kind: afterPlace ? ('after-place' as const) : ('name' as const), printed: run, index }];
  });
}

/** A province (or a district that names one) by itself: `Lào Cai`, `GIA LAI`, `Sa Pa`. */
function placeNamed(name: string): { province: Province; district?: District } | undefined {
  const trimmed = name.trim();
  const province = findProvince(trimmed);
  if (province && matchKey(trimmed) !== matchKey('Hồ Chí Minh')) return { province };
  const districts = findDistricts(trimmed.replace(/^(?:huyện|quận|thị xã|thành phố|TP\.?)\s+/iu, ''));
  return districts.length === 1 ? { province: districts[0]!.province, district: districts[0]! } : undefined;
}

/** `Lào Cai: 6 giải pháp…`: the headline prefix names the place of the whole article. */
export function headlinePrefix(title: string): Omit<PlaceMention, 'where'> | undefined {
  const prefix = /^(?<prefix>[^:]{2,40}):\s/u.exec(title)?.groups?.['prefix'];
  const place = prefix === undefined ? undefined : placeNamed(prefix);
  return place && prefix !== undefined ? { ...place, kind: 'prefix', printed: `${prefix}:`, index: 0 } : undefined;
}

/** `GIA LAI - Sáng 5/9…`, `Gia Lai – …`: the dateline that opens a news lead. */
export function dateline(lead: string): Omit<PlaceMention, 'where'> | undefined {
  const name = /^(?<name>[^\s\-–—:][^-–—:]{1,30}?)\s*[-–—]\s+\S/u.exec(lead)?.groups?.['name'];
  const place = name === undefined ? undefined : placeNamed(name);
  return place && name !== undefined ? { ...place, kind: 'dateline', printed: `${name} -`, index: 0 } : undefined;
}
