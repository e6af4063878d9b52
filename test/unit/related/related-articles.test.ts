import { describe, it, expect } from 'vitest';
import {
  computeRelated,
  reasonText,
  type RelatedArticle,
  type RelatedReason,
  type RelatedStats,
} from '../../../src/lib/related/related-articles.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RelatedInput } from '../../../src/lib/related/related-corpus.ts';
import { BIGRAM_JOINER, FUNCTION_WORDS, GENRE_WORDS, termsOf } from '../../../src/lib/related/vi-tokens.ts';
import { matchKey } from '../../../src/lib/text/vi-text.ts';
import { mulberry32 } from '../../helpers/seeded-random.ts';

const SEED_ARTICLES = 'content/articles';

// ---------------------------------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------------------------------

/** Syllables of a text as termsOf gives them (unigrams without function words), for the tests below. */
function unigrams(text: string): string[] {
  return termsOf(text).filter((term) => !term.includes(BIGRAM_JOINER));
}

/** Bigrams of a text, i.e. the pairs of syllables it found in one chunk. */
function bigrams(text: string): string[] {
  return termsOf(text).filter((term) => term.includes(BIGRAM_JOINER));
}

describe('termsOf: syllables', () => {
  it('gives the same keys for both tone placements, any case and NFD input', () => {
    const expected = ['tỉnh', 'ủy', 'thanh', 'hóa'];
    expect(unigrams('Tỉnh uỷ Thanh Hoá')).toEqual(expected);
    expect(unigrams('tỉnh ủy thanh hóa')).toEqual(expected);
    expect(unigrams('TỈNH UỶ THANH HOÁ')).toEqual(expected);
    expect(unigrams('Tỉnh uỷ Thanh Hoá'.normalize('NFD'))).toEqual(expected);
  });

  it('keeps đ distinct from d', () => {
    expect(unigrams('Đảng dạng Đà Dà')).toEqual(['đảng', 'dạng', 'đà', 'dà']);
    expect(unigrams('đảng')).not.toEqual(unigrams('dảng'));
  });

  it('cuts document numbers into their parts, still one chunk', () => {
    expect(termsOf('22-NQ/TW')).toEqual(['22', '22_nq', 'nq', 'nq_tw', 'tw']);
    expect(unigrams('Nghị quyết số 22-NQ/TW.')).toEqual(['nghị', 'quyết', '22', 'nq', 'tw']);
  });

  it('splits on every run of non-letters, non-digits, including odd spaces', () => {
    expect(unigrams('  “Chìa khóa”…\u00a0của  thành công!! ')).toEqual(['chìa', 'khóa', 'thành', 'công']);
    expect(termsOf('')).toEqual([]);
  });

  it('reads letters and digits outside the Basic Multilingual Plane as one character', () => {
    expect(unigrams('𝐀𝐁 𝟏.𝟐')).toEqual(['𝐀𝐁', '𝟏', '𝟐']);
    expect(bigrams('𝟏.𝟐 x')).toEqual(['𝟏_𝟐', '𝟐_x']);
  });
});

describe('termsOf: chunks', () => {
  it('ends a chunk at punctuation but not inside numbers or document numbers', () => {
    expect(bigrams('Đảng bộ Hậu Giang, nâng cao. Có 25.587 đảng viên (5,3%); 22-NQ/TW')).toEqual([
      'đảng_bộ',
      'bộ_hậu',
      'hậu_giang',
      'nâng_cao',
      '25_587',
      '587_đảng',
      'đảng_viên',
      '5_3',
      '22_nq',
      'nq_tw',
    ]);
  });

  it('ends a chunk at dashes used as punctuation and at line breaks', () => {
    expect(bigrams('Lào Cai – 6 giải pháp\nchi bộ - đảng viên')).toEqual([
      'lào_cai',
      '6_giải',
      'giải_pháp',
      'chi_bộ',
      'đảng_viên',
    ]);
    expect(bigrams('chi bộ -- đảng')).toEqual(['chi_bộ']);
    expect(bigrams('chi bộ-đảng')).toEqual(['chi_bộ', 'bộ_đảng']);
  });
});

/**
 * The tokenizer as first written, with regular expressions: the scanner in vi-tokens.ts must give
 * exactly the same terms, in the same order.
 */
function referenceTerms(text: string): string[] {
  const boundary = /(?<!\p{N})[.,]|[.,](?!\p{N})|[;:!?…()[\]{}"'“”‘’«»<>|•·*\r\n\t]|\s[-‐‑‒]+\s|[–—―]/u;
  const terms: string[] = [];
  for (const chunk of text.normalize('NFC').split(boundary)) {
    const syls = chunk
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter(Boolean)
      .map(matchKey);
    syls.forEach((syl, i) => {
      if (!FUNCTION_WORDS.has(syl)) terms.push(syl);
      const next = syls[i + 1];
      if (next !== undefined && !FUNCTION_WORDS.has(syl) && !FUNCTION_WORDS.has(next)) terms.push(`${syl}_${next}`);
    });
  }
  return terms;
}

describe('termsOf: the same terms as the regular-expression tokenizer', () => {
  const seeds = readdirSync(SEED_ARTICLES).filter((f) => f.endsWith('.md'));
  it.each(seeds)('on %s', (file) => {
    const text = readFileSync(join(SEED_ARTICLES, file), 'utf8');
    expect(text.length).toBeGreaterThan(1000);
    expect(termsOf(text)).toEqual(referenceTerms(text));
  });

  it('on edge cases of punctuation, numbers, dashes, surrogates and marks', () => {
    const cases = [
      'a - - b',
      'x -y- z',
      '1.2.3,4 .5 6. ,7',
      '\ud800 lẻ \udc00 loi',
      'a\u00a0-\u00a0b\t—c',
      '𝟏.𝟐 a.𝟐 b,𝟑',
      'Tỉnh uỷ Thanh Hoá, Quảng Trị.'.normalize('NFD'),
      'số 5-CT/TW; “đảng viên” (chi bộ) * kiểm tra',
    ];
    for (const text of cases) expect(termsOf(text)).toEqual(referenceTerms(text));
  });
});

describe('termsOf', () => {
  it('adds bigrams of adjacent syllables', () => {
    expect(termsOf('sinh hoạt chi bộ')).toEqual(['sinh', 'sinh_hoạt', 'hoạt', 'hoạt_chi', 'chi', 'chi_bộ', 'bộ']);
  });

  it('never forms a bigram across a comma or full stop', () => {
    expect(termsOf('chi, bộ')).toEqual(['chi', 'bộ']);
    expect(termsOf('Hậu Giang. Nâng cao')).not.toContain('giang_nâng');
    expect(termsOf('Hậu Giang. Nâng cao')).toContain('hậu_giang');
  });

  it('drops function words and bigrams containing them, keeps genre words', () => {
    const terms = termsOf('chất lượng của đảng viên và chi bộ');
    expect(terms).not.toContain('của');
    expect(terms).not.toContain('và');
    expect(terms.some((t) => t.includes('của') || t.includes('và'))).toBe(false);
    expect(terms).toEqual(expect.arrayContaining(['đảng', 'đảng_viên', 'chi_bộ', 'chất_lượng']));
  });

  it('treats tone-placement variants as the same term', () => {
    expect(termsOf('Tỉnh uỷ Thanh Hoá')).toEqual(termsOf('tỉnh ủy thanh hóa'));
  });

  it('exports both stopword lists as exact keys', () => {
    expect(FUNCTION_WORDS.has('và')).toBe(true);
    expect(FUNCTION_WORDS.has('đảng')).toBe(false);
    expect(GENRE_WORDS.has('đảng')).toBe(true);
    expect(GENRE_WORDS.has('ủy')).toBe(true);
    expect(FUNCTION_WORDS.size).toBeGreaterThan(70);
    expect(GENRE_WORDS.size).toBeGreaterThan(60);
  });
});

// ---------------------------------------------------------------------------------------------------
// Scorer on hand-made corpora
// ---------------------------------------------------------------------------------------------------

const NQ22 = { key: '22-nq-tw', label: 'Nghị quyết 22-NQ/TW' };
const QD213 = { key: '213-qd-tw', label: 'Quy định 213-QĐ/TW' };
const CHI_BO = { slug: 'sinh-hoat-chi-bo', name: 'Sinh hoạt chi bộ' };
const KET_NAP = { slug: 'ket-nap-dang-vien', name: 'Kết nạp đảng viên' };

const PROVINCES: Record<string, { name: string; current: string }> = {
  'hau-giang': { name: 'Hậu Giang', current: 'can-tho' },
  'soc-trang': { name: 'Sóc Trăng', current: 'can-tho' },
  'can-tho': { name: 'Cần Thơ', current: 'can-tho' },
  'thanh-hoa': { name: 'Thanh Hóa', current: 'thanh-hoa' },
  'lao-cai': { name: 'Lào Cai', current: 'lao-cai' },
  'bac-giang': { name: 'Bắc Giang', current: 'bac-ninh' },
};

// Texts with no content syllable in common, so that text similarity stays out of the way.
const TEXTS = [
  'Mô hình nuôi tôm càng xanh trên ruộng lúa mang lại lợi nhuận ổn định',
  'Giải bóng chuyền hơi người cao tuổi khai mạc tại sân vận động',
  'Lớp bồi dưỡng lý luận cho quần chúng ưu tú khóa bốn',
  'Khánh thành cây cầu bê tông nối liền hai ấp ven sông',
  'Hội thi tiếng hát dân ca thu hút đông đảo khán giả',
  'Phong trào hiến máu nhân đạo tiếp nhận hàng trăm đơn vị máu',
  'Trường mầm non đón học sinh năm học mới với phòng học khang trang',
  'Bà con chuyển đổi vườn tạp sang trồng sầu riêng xuất khẩu',
];

let textCursor = 0;
function article(id: string, provinceId: string, extra: Partial<RelatedInput> = {}): RelatedInput {
  const province = PROVINCES[provinceId]!;
  return {
    id,
    date: new Date('2024-05-01T00:00:00+07:00'),
    provinceId,
    currentProvinceId: province.current,
    provinceName: province.name,
    currentProvinceName: PROVINCES[province.current]!.name,
    documents: [],
    topics: [],
    text: TEXTS[textCursor++ % TEXTS.length]!,
    ...extra,
  };
}

function relatedIds(result: Map<string, RelatedArticle[]>, id: string): string[] {
  return (result.get(id) ?? []).map((r) => r.id);
}

function reasonsOf(result: Map<string, RelatedArticle[]>, id: string, other: string): RelatedReason[] {
  return result.get(id)!.find((r) => r.id === other)!.reasons;
}

describe('computeRelated: signals', () => {
  it('ranks a shared cited document above a shared province only', () => {
    textCursor = 0;
    const items = [
      article('a', 'hau-giang', { documents: [NQ22] }),
      article('same-document', 'thanh-hoa', { documents: [NQ22] }),
      article('same-province', 'hau-giang'),
      article('unrelated', 'lao-cai'),
    ];
    const result = computeRelated(items);
    expect(relatedIds(result, 'a')).toEqual(['same-document', 'same-province']);
    expect(reasonsOf(result, 'a', 'same-document')).toEqual([{ kind: 'document', label: 'Nghị quyết 22-NQ/TW' }]);
    expect(reasonsOf(result, 'a', 'same-province')).toEqual([{ kind: 'province', name: 'Hậu Giang' }]);
    expect(relatedIds(result, 'unrelated')).toEqual([]);
  });

  it('weights a rare document above one that many articles cite', () => {
    textCursor = 0;
    const items = [
      article('a', 'lao-cai', { documents: [NQ22, QD213] }),
      article('rare', 'thanh-hoa', { documents: [QD213] }),
      article('common', 'thanh-hoa', { documents: [NQ22] }),
      article('c1', 'soc-trang', { documents: [NQ22] }),
      article('c2', 'can-tho', { documents: [NQ22] }),
    ];
    const related = computeRelated(items).get('a')!;
    expect(related.map((r) => r.id)).toEqual(['rare', 'c1', 'c2', 'common']);
    expect(related[0]!.score).toBeGreaterThan(related[1]!.score);
    // Equal scores and dates: by id.
    expect(related[1]!.score).toBe(related[3]!.score);
  });

  it('counts merged provinces (Hậu Giang, Sóc Trăng → Cần Thơ) as one, the same old province a little more', () => {
    textCursor = 0;
    const items = [
      article('hg-1', 'hau-giang'),
      article('ct', 'can-tho'),
      article('st', 'soc-trang'),
      article('hg-2', 'hau-giang'),
      article('th', 'thanh-hoa'),
    ];
    const result = computeRelated(items);
    expect(relatedIds(result, 'hg-1')).toEqual(['hg-2', 'ct', 'st']);
    expect(reasonsOf(result, 'hg-1', 'hg-2')).toEqual([{ kind: 'province', name: 'Hậu Giang' }]);
    // Two old provinces of one unit from 1/7/2025 are related through the unit's name.
    expect(reasonsOf(result, 'hg-1', 'st')).toEqual([{ kind: 'province', name: 'Cần Thơ' }]);
    expect(reasonsOf(result, 'ct', 'hg-1')).toEqual([{ kind: 'province', name: 'Cần Thơ' }]);
    expect(relatedIds(result, 'th')).toEqual([]);
  });

  it('gives a small bonus for the same district of the same province', () => {
    textCursor = 0;
    const items = [
      article('a', 'hau-giang', { district: 'Vị Thủy' }),
      article('other-district', 'hau-giang', { district: 'Long Mỹ' }),
      article('same-district', 'hau-giang', { district: 'Vị Thuỷ' }),
    ];
    expect(relatedIds(computeRelated(items), 'a')).toEqual(['same-district', 'other-district']);
  });

  it('lists reasons strongest first: documents, province, topics, text', () => {
    const body =
      'Chi bộ ấp Thạnh Lợi tổ chức sinh hoạt chuyên đề về phát triển kinh tế vườn, nuôi cá lóc trong bể lót bạt';
    const items: RelatedInput[] = [
      article('a', 'hau-giang', { documents: [NQ22, QD213], topics: [CHI_BO], text: body }),
      article('b', 'hau-giang', { documents: [QD213, NQ22], topics: [KET_NAP, CHI_BO], text: `${body}.` }),
      article('c', 'lao-cai', { text: 'Kết nạp đảng viên mới trong đồng bào dân tộc thiểu số vùng cao' }),
    ];
    const reasons = reasonsOf(computeRelated(items), 'a', 'b');
    expect(reasons.map((r) => r.kind)).toEqual(['document', 'document', 'province', 'topic', 'text']);
    expect(reasons.map(reasonText)).toEqual([
      'cùng trích dẫn Nghị quyết 22-NQ/TW',
      'cùng trích dẫn Quy định 213-QĐ/TW',
      'cùng địa phương Hậu Giang',
      'cùng chủ đề Sinh hoạt chi bộ',
      'nội dung gần nhau',
    ]);
  });

  it('relates articles by text alone when the texts are close', () => {
    textCursor = 0;
    const items = [
      article('a', 'lao-cai', { text: 'Đảng ủy xã Bản Vược chỉ đạo trồng quế, thảo quả dưới tán rừng già' }),
      article('b', 'thanh-hoa', { text: 'Trồng quế và thảo quả dưới tán rừng già ở Bản Vược' }),
      article('c', 'can-tho'),
    ];
    const result = computeRelated(items);
    expect(result.get('a')).toEqual([{ id: 'b', score: expect.any(Number), reasons: [{ kind: 'text' }] }]);
  });

  it('prefers the closer date when everything else is equal, then the newer one, then the id', () => {
    textCursor = 0;
    const at = (day: string) => new Date(`${day}T00:00:00+07:00`);
    const items = [
      article('a', 'thanh-hoa', { date: at('2024-05-01'), documents: [NQ22] }),
      article('far', 'lao-cai', { date: at('2019-05-01'), documents: [NQ22] }),
      article('near-y', 'lao-cai', { date: at('2024-04-01'), documents: [NQ22] }),
      article('near-x', 'lao-cai', { date: at('2024-04-01'), documents: [NQ22] }),
      article('near-later', 'lao-cai', { date: at('2024-06-01'), documents: [NQ22] }),
    ];
    // 2024-04-01 and 2024-06-01 are 30 and 31 days away; the penalty uses log(1 + days) so it is close.
    expect(relatedIds(computeRelated(items), 'a')).toEqual(['near-x', 'near-y', 'near-later', 'far']);
  });

  it('renders every reason kind in Vietnamese', () => {
    expect(reasonText({ kind: 'document', label: 'Nghị quyết 22-NQ/TW' })).toBe('cùng trích dẫn Nghị quyết 22-NQ/TW');
    expect(reasonText({ kind: 'province', name: 'Hậu Giang' })).toBe('cùng địa phương Hậu Giang');
    expect(reasonText({ kind: 'topic', name: 'Sinh hoạt chi bộ' })).toBe('cùng chủ đề Sinh hoạt chi bộ');
    expect(reasonText({ kind: 'text' })).toBe('nội dung gần nhau');
  });

  it('refuses duplicate ids, invalid dates and bad limits', () => {
    textCursor = 0;
    expect(() => computeRelated([article('x', 'lao-cai'), article('x', 'lao-cai')])).toThrow(/duplicate id/);
    expect(() => computeRelated([article('x', 'lao-cai', { date: new Date('nope') })])).toThrow(/invalid date/);
    expect(() => computeRelated([], { limit: -1 })).toThrow(RangeError);
    expect(computeRelated([])).toEqual(new Map());
  });
});

// ---------------------------------------------------------------------------------------------------
// Generated corpora: invariants, determinism, growth
// ---------------------------------------------------------------------------------------------------

const ONSETS = ['b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
const RHYMES = ['a', 'à', 'á', 'ê', 'ô', 'ơn', 'ương', 'inh', 'ân', 'ai', 'ao', 'ưa', 'uy', 'oan', 'iết', 'ông', 'ăng'];
const VOCABULARY = ONSETS.flatMap((o) => RHYMES.map((r) => o + r)).slice(0, 300);
const CORPUS_PROVINCES = 20;
const CORPUS_DOCUMENTS = 30;
const CORPUS_TOPICS = 10;

function generateCorpus(size: number, seed = 42): RelatedInput[] {
  const rnd = mulberry32(seed);
  const pick = (n: number, skew = 1) => Math.floor(n * rnd() ** skew);
  const start = Date.UTC(2020, 0, 1);
  const items: RelatedInput[] = [];
  for (let i = 0; i < size; i++) {
    const province = pick(CORPUS_PROVINCES);
    // Provinces 12–19 merge pairwise into 12–15, as 1/7/2025 did.
    const current = province < 12 ? province : 12 + ((province - 12) >> 1);
    const words: string[] = [];
    const length = 80 + pick(121);
    for (let w = 0; w < length; w++) {
      words.push(VOCABULARY[pick(VOCABULARY.length, 2)]!);
      if (rnd() < 0.08) words.push(rnd() < 0.5 ? ',' : '.');
    }
    const documents = Array.from({ length: pick(4) }, () => pick(CORPUS_DOCUMENTS, 1.5)).map((d) => ({
      key: `doc-${d}`,
      label: `Văn bản ${d}`,
    }));
    const topics = Array.from({ length: 1 + pick(2) }, () => pick(CORPUS_TOPICS)).map((t) => ({
      slug: `topic-${t}`,
      name: `Chủ đề ${t}`,
    }));
    items.push({
      id: `a${String(i).padStart(5, '0')}`,
      date: new Date(start + pick(5 * 365) * 86_400_000),
      provinceId: `p${province}`,
      currentProvinceId: `p${current}`,
      provinceName: `Tỉnh ${province}`,
      currentProvinceName: `Tỉnh ${current}`,
      ...(rnd() < 0.7 ? { district: `Huyện ${pick(5)}` } : {}),
      documents,
      topics,
      text: words.join(' ').replace(/ ([,.])/g, '$1'),
    });
  }
  return items;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const REASON_ORDER: Record<RelatedReason['kind'], number> = { document: 0, province: 1, topic: 2, text: 3 };

describe('computeRelated: invariants on a generated corpus', () => {
  const corpus = generateCorpus(300);
  const result = computeRelated(corpus);

  it('has an entry for every article, never the article itself, at most 5, each with a reason', () => {
    expect(result.size).toBe(corpus.length);
    for (const [id, related] of result) {
      expect(related.length).toBeLessThanOrEqual(5);
      expect(related.map((r) => r.id)).not.toContain(id);
      expect(new Set(related.map((r) => r.id)).size).toBe(related.length);
      for (const r of related) {
        expect(r.reasons.length).toBeGreaterThan(0);
        const ranks = r.reasons.map((reason) => REASON_ORDER[reason.kind]);
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }
      const scores = related.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
    }
    expect([...result.values()].filter((r) => r.length === 5).length).toBeGreaterThan(corpus.length * 0.9);
  });

  it('respects the limit', () => {
    for (const limit of [0, 1, 2, 12]) {
      for (const related of computeRelated(corpus, { limit }).values()) {
        expect(related.length).toBeLessThanOrEqual(limit);
      }
    }
    const twelve = computeRelated(corpus, { limit: 12 });
    expect([...twelve.values()].some((r) => r.length === 12)).toBe(true);
    // A smaller limit is a prefix of a larger one.
    for (const [id, related] of computeRelated(corpus, { limit: 2 })) {
      expect(related).toEqual(twelve.get(id)!.slice(0, 2));
    }
  });

  it('is deterministic: shuffled input gives identical output', () => {
    for (const seed of [1, 2, 3]) {
      const again = computeRelated(shuffled(corpus, seed));
      expect(JSON.stringify([...again])).toBe(JSON.stringify([...result]));
    }
  });
});

describe('computeRelated: candidates far apart in time', () => {
  it('still finds the other article citing the same document in the same province', () => {
    textCursor = 0;
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000);
    const items: RelatedInput[] = [
      article('x', 'hau-giang', { date: day(0), documents: [NQ22] }),
      article('y', 'hau-giang', { date: day(1800), documents: [NQ22] }),
    ];
    // Hundreds of articles citing the same document elsewhere, and from the same province without
    // it, all dated between x and y: neither the document's nor the province's window reaches y.
    for (let i = 0; i < 400; i++) {
      const date = day(1 + i);
      items.push(article(`doc-${i}`, i % 2 ? 'thanh-hoa' : 'lao-cai', { date, documents: [NQ22], text: '' }));
      items.push(article(`prov-${i}`, 'hau-giang', { date, text: '' }));
    }
    const stats: RelatedStats = { pairsScored: 0, postingsVisited: 0 };
    const result = computeRelated(items, { stats });
    expect(relatedIds(result, 'x')[0]).toBe('y');
    expect(reasonsOf(result, 'x', 'y').map(reasonText)).toEqual([
      'cùng trích dẫn Nghị quyết 22-NQ/TW',
      'cùng địa phương Hậu Giang',
    ]);
    expect(stats.pairsScored).toBeLessThan(items.length * 101);
  });
});

describe('computeRelated: cost', () => {
  function measure(size: number): RelatedStats & { ms: number } {
    const corpus = generateCorpus(size);
    const stats: RelatedStats = { pairsScored: 0, postingsVisited: 0 };
    const started = performance.now();
    computeRelated(corpus, { stats });
    return { ...stats, ms: Math.round(performance.now() - started) };
  }

  it('scores about linearly many pairs as the corpus grows (500 → 4,000 articles)', () => {
    const small = measure(500);
    const middle = measure(2000);
    const large = measure(4000);
    const sizes = { 500: small, 2000: middle, 4000: large };
    console.log(`related cost: ${JSON.stringify(sizes)}`);
    // All pairs would grow 64× from 500 to 4,000 articles.
    expect(large.pairsScored / small.pairsScored).toBeLessThan(8 * 1.5);
    expect(small.pairsScored).toBeGreaterThan(500 * 50);
    // Posting windows fill up as the lists grow, so reading grows a little faster than the corpus
    // while it is small; from 2,000 articles on the windows are mostly full and it is about linear.
    expect(large.postingsVisited / middle.postingsVisited).toBeLessThan(2 * 1.5);
    expect(large.postingsVisited / 4000).toBeLessThan(1200);
  }, 120_000);
});
