/**
 * Where an article is about (docs/domain.md §3.3). Evidence, strongest first: a headline prefix
 * (`Lào Cai: …`) or a dateline (`GIA LAI -`); places named with a unit word or organ in the title, the
 * opening of the lead and the text (`tỉnh Bắc Giang`, `Huyện ủy Vị Thủy` through the district registry);
 * a province name standing alone in the title; last the home province of the publisher. A province name
 * printed alone in the text is weak: it never decides, it is only listed when the tool asks. The text
 * beats the publisher, and a conflict between them is reported; when the text points to several provinces
 * about equally, or only weakly, the tool refuses and asks for `--province` rather than guess.
 * The province written is the one in force on the article's date: an old unit before 1/7/2025, the
 * merged unit after it, when the district level no longer exists.
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
import {
  bareProvinceMentions,
  bareRuns,
  COMMUNE_MENTION,
  communeMentions,
  dateline,
  districtMentions,
  headlinePrefix,
  NOT_PLACE_NAMES,
  oneProvince,
  provinceMentions,
  withoutRelatedStories,
  type DistrictMention,
  type MentionPlace,
  type PlaceMention,
} from './place-mentions.ts';
import type { Publication } from './source-markers.ts';

/** The opening of the lead: the sentence that says who did what where. */
const LEAD_OPENING = 200;
/** How much a mention counts, by where it is printed. */
const WEIGHT: Record<MentionPlace, number> = { title: 3, lead: 2, text: 1 };

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

interface Evidence {
  /** The decisive mention: a headline prefix or a dateline. */
  decisive?: PlaceMention;
  /** Places named with a unit word, a registry district, or a province name alone in the title. */
  strong: PlaceMention[];
  /** Province names alone in the text. */
  weak: PlaceMention[];
  titleDistricts: DistrictMention[];
  bodyDistricts: DistrictMention[];
}

function districtEvidence(mentions: DistrictMention[], where: (index: number) => MentionPlace): PlaceMention[] {
  return mentions.flatMap((m) => {
    const [district] = m.candidates;
    // A name shared by several provinces (huyện Châu Thành) never decides alone.
    if (!district || !oneProvince(m.candidates)) return [];
    const printed = m.printed ?? `${district.type} ${district.name}`;
    return [
      { province: district.province, kind: 'district', printed, where: where(m.index), index: m.index, district },
    ];
  });
}

function gatherEvidence(input: LocalityInput): Evidence {
  const text = withoutRelatedStories(input.text);
  const leadEnd = Math.min(text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'), LEAD_OPENING);
  const inText = (index: number): MentionPlace => (index < leadEnd ? 'lead' : 'text');
  const inTitle = (): MentionPlace => 'title';

  const prefix = headlinePrefix(input.title);
  const opening = dateline(text);
  const decisive = prefix ? { ...prefix, where: inTitle() } : opening && { ...opening, where: inText(0) };

  // `Xã Vị Thủy …` names a commune, even when a district had the same name.
  const titleWithoutCommunes = input.title.replace(COMMUNE_MENTION, (m) => ' '.repeat(m.length));
  const titleDistricts = [
    ...districtMentions(input.title, input.date),
    ...bareRuns(titleWithoutCommunes).flatMap(({ run, index }) =>
      findProvince(run) ? [] : [{ candidates: findDistricts(run, { on: input.date.slice(0, 10) }), index }],
    ),
  ].filter((m) => m.candidates.length > 0);
  const bodyDistricts = districtMentions(text, input.date);
  const titleProvinces = provinceMentions(input.title);
  const titleNames = bareProvinceMentions(input.title).filter(
    (m) => !titleProvinces.some((p) => Math.abs(p.index - m.index) < 12),
  );
  const strong: PlaceMention[] = [
    ...titleProvinces.map((m) => ({ ...m, where: inTitle() })),
    ...titleNames.map((m) => ({ ...m, kind: 'title-name' as const, where: inTitle() })),
    ...districtEvidence(titleDistricts, inTitle),
    ...provinceMentions(text).map((m) => ({ ...m, where: inText(m.index) })),
    ...districtEvidence(bodyDistricts, inText),
    ...communeMentions(input.title, input.date).map((m) => ({ ...m, where: inTitle() })),
    ...communeMentions(text, input.date).map((m) => ({ ...m, where: inText(m.index) })),
  ];
  const named = bareProvinceMentions(text).map((m) => ({ ...m, where: inText(m.index) }));
  strong.push(...named.filter((m) => m.kind === 'after-place'));
  const weak = named.filter((m) => m.kind === 'name');
  return { ...(decisive && { decisive }), strong, weak, titleDistricts, bodyDistricts };
}

interface Candidate {
  province: Province;
  score: number;
  mentions: PlaceMention[];
}

/** Mentions grouped by province (the unit in force on the date), highest score first. */
function candidates(mentions: readonly PlaceMention[], unitOf: (p: Province) => Province): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const m of mentions) {
    // Keyed by the unit in force, named by the unit first printed (so a merger note can say which).
    const key = unitOf(m.province).id;
    const entry = byId.get(key) ?? { province: m.province, score: 0, mentions: [] };
    entry.score += WEIGHT[m.where];
    entry.mentions.push(m);
    byId.set(key, entry);
  }
  // Ties keep first-mention order.
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

const PLACE_WORDS: Record<MentionPlace, string> = { title: 'tiêu đề', lead: 'đầu bài', text: 'bài' };

/** `Gia Lai (“huyện Chư Prông” ở tiêu đề, “Tỉnh ủy Gia Lai” ×2 ở bài)`: what a candidate came from. */
function describe(candidate: Candidate): string {
  const counts = new Map<string, number>();
  for (const m of candidate.mentions) {
    const key = `“${m.printed}” ở ${PLACE_WORDS[m.where]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([key, n]) => (n > 1 ? `${key} ×${n}` : key));
  return `${candidate.province.name} (${parts.join(', ')})`;
}

function basisOf(candidate: Candidate): string {
  const inTitle = candidate.mentions.filter((m) => m.where === 'title');
  const district = inTitle.find((m) => m.kind === 'district')?.district;
  if (district) return `${district.type} ${district.name} trong tiêu đề (danh mục huyện)`;
  if (inTitle.length > 0) return 'tên tỉnh trong tiêu đề';
  const count = candidate.mentions.length;
  const via = candidate.mentions.some((m) => m.kind === 'district') ? ', kể cả qua danh mục huyện' : '';
  return `địa danh trong bài (${count} lần nhắc${via})`;
}

const ASK = 'Chạy lại với --province <tên tỉnh>.';

type Choice = { ok: true; choice: ProvinceChoice } | { ok: false; reason: string };

function chooseProvince(input: LocalityInput, evidence: Evidence, unitOf: (p: Province) => Province): Choice {
  if (input.province) return { ok: true, choice: { province: input.province, basis: 'tùy chọn --province' } };
  const home = input.publication?.provinceId === undefined ? undefined : provinceById(input.publication.provinceId);
  const publisher = input.publication?.name ?? '';
  const against = (province: Province) =>
    home && unitOf(home) !== unitOf(province)
      ? `Bài nêu địa danh của ${province.name}, khác nơi xuất bản của ${publisher} (${home.name}): đã ghi theo bài, kiểm tra lại.`
      : undefined;

  const { decisive } = evidence;
  if (decisive) {
    const what = decisive.kind === 'prefix' ? 'tiền tố' : 'dòng nơi đưa tin';
    const where = decisive.kind === 'prefix' ? 'của tiêu đề' : 'ở đầu bài';
    const review = against(decisive.province);
    const choice: ProvinceChoice = {
      province: decisive.province,
      basis: `${what} “${decisive.printed}” ${where}`,
      ...(decisive.district ? { district: decisive.district } : { provinceWide: decisive.kind === 'prefix' }),
      ...(review && { review }),
    };
    return { ok: true, choice };
  }

  const ranked = candidates(evidence.strong, unitOf);
  const [top] = ranked;
  const titleDistrict = evidence.strong.find((m) => m.where === 'title' && m.kind === 'district')?.district;
  // The title names the province itself, and no district: the article is about the whole province.
  const provinceWide = (c: Candidate) =>
    c.mentions.some((m) => m.where === 'title' && (m.kind === 'title-name' || m.kind === 'unit')) &&
    !c.mentions.some((m) => m.where === 'title' && m.kind === 'district');
  if (top) {
    const total = ranked.reduce((sum, c) => sum + c.score, 0);
    // Too close to call: another province half as present, or the top one not a majority of the evidence.
    const rivals = ranked.filter((c) => c !== top && (c.score * 2 >= top.score || top.score * 2 <= total));
    const homeCandidate = home && ranked.find((c) => unitOf(c.province) === unitOf(home));
    // One mention in passing, deep in the text, is weak: it may be anyone's.
    const weak = top.score <= 1;
    if (rivals.length > 0 || weak) {
      if (homeCandidate && (homeCandidate === top || rivals.includes(homeCandidate))) {
        const others = ranked.filter((c) => c !== homeCandidate).map(describe);
        const also = others.length > 0 ? `; bài còn nêu ${others.join('; ')}` : '';
        return {
          ok: true,
          choice: {
            province: homeCandidate.province,
            basis: `${basisOf(homeCandidate)}, nơi xuất bản của ${publisher}`,
            review: `Địa danh trong bài không đủ rõ${also}; đã ghi ${homeCandidate.province.name}, nơi xuất bản của ${publisher}: kiểm tra lại.`,
          },
        };
      }
      const listed = ranked.slice(0, 4).map(describe);
      if (home) listed.push(`${home.name} (nơi xuất bản của ${publisher})`);
      const why = rivals.length > 0 || home ? 'bài nêu địa danh của nhiều nơi' : 'bài chỉ nhắc địa danh một lần';
      return { ok: false, reason: `không chắc tỉnh/thành phố của bài: ${why} — ${listed.join('; ')}. ${ASK}` };
    }
    const review = against(top.province);
    const district = top.mentions.find((m) => m.where === 'title' && m.kind === 'district')?.district;
    const choice: ProvinceChoice = {
      province: top.province,
      basis: basisOf(top),
      ...(district === titleDistrict && district && { district }),
      ...(provinceWide(top) && { provinceWide: true }),
      ...(review && { review }),
    };
    return { ok: true, choice };
  }

  if (home) {
    return {
      ok: true,
      choice: {
        province: home,
        basis: `nơi xuất bản của ${publisher}`,
        review: `Bài không nêu địa danh nào; tỉnh ${home.name} chỉ suy ra từ nơi xuất bản của ${publisher}: kiểm tra lại.`,
      },
    };
  }
  const weak = candidates(evidence.weak, unitOf).slice(0, 4);
  if (weak.length > 0) {
    return {
      ok: false,
      reason: `không chắc tỉnh/thành phố của bài: bài chỉ nhắc tên, không kèm “tỉnh”, “thành phố”, “huyện”… — ${weak.map(describe).join('; ')}. ${ASK}`,
    };
  }
  return {
    ok: false,
    reason: `không xác định được tỉnh/thành phố: bài không nêu địa danh nào có trong danh mục. ${ASK}`,
  };
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
  const afterMerger = input.date.slice(0, 10) >= MERGER_DATE;
  // After the merger, places of two old provinces that became one are no conflict.
  const unitOf = afterMerger ? currentProvince : (p: Province) => p;
  const evidence = gatherEvidence(input);
  const chosen = chooseProvince(input, evidence, unitOf);
  if (!chosen.ok) return chosen;
  const { choice } = chosen;
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
    const district = chooseDistrict(choice, evidence.titleDistricts, evidence.bodyDistricts);
    if (district && 'district' in district) {
      locality.district = district.printed ?? `${district.district.type} ${district.district.name}`;
      locality.districtBasis = district.basis;
    } else if (district) {
      locality.districtBasis = district.note;
    }
  }
  // A commune only for an article about one place below the province: a district, or a commune after 2025.
  const communes = communesNamed(`${input.title}\n${withoutRelatedStories(input.text)}`);
  if (communes.length === 1 && (locality.district !== undefined || afterMerger)) locality.commune = communes[0];
  return { ok: true, locality };
}
