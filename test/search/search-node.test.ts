/**
 * Search in Node (no browser) over a built copy of the site: the five seed articles plus distractor
 * pages (test/fixtures/search-distractors/) that share syllables, tone-folded forms, đ/d collisions and
 * numbers with the seeds. Every query goes through siteSearch, as the search page runs it (document
 * numbers read against /tim-kiem/van-ban.json, then viSearch), against the index that `npm run build` writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSlug } from '../../src/lib/articles/article-files.ts';
import { viSearch, type PagefindApi, type PagefindHit, type SearchOptions } from '../../src/lib/search/vi-search.ts';
import { loadPagefind, searchBuiltSite, type SiteSearcher } from '../helpers/pagefind-node.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';

interface SourcePage {
  url: string;
  slug: string;
  /** The whole Markdown file, NFC. */
  source: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  province: string;
}

function readPages(dir: string): Record<string, SourcePage> {
  const pages: Record<string, SourcePage> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const field = (pattern: RegExp) => {
      const match = source.match(pattern);
      if (!match) throw new Error(`${file}: no ${pattern}`);
      return match[1]!.trim();
    };
    const slug = articleSlug(file);
    pages[`/bai-viet/${slug}/`] = {
      url: `/bai-viet/${slug}/`,
      slug,
      source,
      title: field(/^title:\s*"(.*)"\s*$/m),
      date: field(/^date:\s*(\d{4}-\d{2}-\d{2})/m),
      province: field(/^\s+province:\s*(.+)$/m),
    };
  }
  return pages;
}

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/search-distractors');
const SEEDS = readPages(join(PROJECT_ROOT, 'content/articles'));
const DISTRACTORS = readPages(FIXTURES);
const ALL_PAGES = { ...SEEDS, ...DISTRACTORS };
const isDistractor = (url: string) => url in DISTRACTORS;

const seed = (slug: string) => {
  const url = `/bai-viet/${slug}/`;
  if (!(url in SEEDS)) throw new Error(`no seed article ${slug}`);
  return url;
};
const BAC_GIANG = seed('bac-giang-ket-qua-tich-cuc-tu-xay-dung-chinh-don-dang-va-he-thong-chinh-tri');
const VI_THUY = seed('chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu');
const HAU_GIANG = seed('dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang');
const THUONG_XUAN = seed('huyen-thuong-xuan-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang');
const MUONG_KHUONG = seed(
  'lao-cai-6-giai-phap-nang-cao-nang-luc-lanh-dao-suc-chien-dau-to-chuc-co-so-dang-o-muong-khuong',
);
const ALL_SEEDS = [BAC_GIANG, VI_THUY, HAU_GIANG, THUONG_XUAN, MUONG_KHUONG];

const distractor = (slug: string) => {
  const url = `/bai-viet/${slug}/`;
  if (!(url in DISTRACTORS)) throw new Error(`no distractor ${slug}`);
  return url;
};
const NGHE_AN_15_NQ = distractor('nghe-an-quynh-thach-dua-nghi-quyet-ve-chinh-sach-xa-hoi-vao-cuoc-song');
const DAK_LAK_50_CT = distractor('dak-lak-thuc-hien-chi-thi-50-ve-phat-hien-xu-ly-vu-viec-tham-nhung');
const BINH_DINH_15_CT = distractor('binh-dinh-phu-cat-hoan-thanh-29-chi-tieu-phat-trien-kinh-te-xa-hoi');
const VI_THANH_DANG_DO = distractor('hau-giang-xu-ly-dut-diem-cong-trinh-dang-do');
const CAN_THO_SINH_VIEN = distractor('can-tho-hoi-sinh-vien-khoi-dong-chuoi-hoat-dong-tinh-nguyen-he');

type Kind = 'phrase' | 'place' | 'number';

interface QueryCase {
  /** How the case is named in the report (the NFD query prints like the NFC one). */
  label: string;
  query: string;
  kind: Kind;
  /** The seed pages a first result may be. */
  right: string[];
  /** What makes a page right, looked for in the Markdown source: the right set is exactly the seeds matching it. */
  evidence: RegExp;
}

const C_22_NQ = { kind: 'number', right: [HAU_GIANG, THUONG_XUAN], evidence: /\b22-NQ\/TW\b/ } as const;
const C_29_CT = { kind: 'number', right: [HAU_GIANG], evidence: /\b29-CT\/TU\b/ } as const;
const C_21_KL = { kind: 'number', right: [BAC_GIANG], evidence: /\b21-KL\/TW\b/ } as const;

/** Every query of the issue. */
const CASES: QueryCase[] = [
  { label: 'dang vien', query: 'dang vien', kind: 'phrase', right: ALL_SEEDS, evidence: /đảng viên/iu },
  {
    label: 'to chuc co so dang',
    query: 'to chuc co so dang',
    kind: 'phrase',
    right: ALL_SEEDS,
    evidence: /tổ chức cơ sở đảng/iu,
  },
  { label: 'muong khuong', query: 'muong khuong', kind: 'place', right: [MUONG_KHUONG], evidence: /Mường Khương/u },
  {
    label: 'Mường Khương (NFD)',
    query: 'Mường Khương'.normalize('NFD'),
    kind: 'place',
    right: [MUONG_KHUONG],
    evidence: /Mường Khương/u,
  },
  {
    label: 'sinh hoat chi bo',
    query: 'sinh hoat chi bo',
    kind: 'phrase',
    right: ALL_SEEDS,
    evidence: /sinh hoạt chi bộ/iu,
  },
  { label: 'Thanh Hoá', query: 'Thanh Hoá', kind: 'place', right: [THUONG_XUAN], evidence: /Thanh H(?:óa|oá)/u },
  { label: 'Thanh Hóa', query: 'Thanh Hóa', kind: 'place', right: [THUONG_XUAN], evidence: /Thanh H(?:óa|oá)/u },
  { label: '22-NQ/TW', query: '22-NQ/TW', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: '22/NQ-TW', query: '22/NQ-TW', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: '22 NQ TW', query: '22 NQ TW', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: 'NQ22', query: 'NQ22', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: 'nq 22', query: 'nq 22', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: 'nghị quyết 22', query: 'nghị quyết 22', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: 'nghi quyet so 22', query: 'nghi quyet so 22', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: 'Nghị quyết số 22-NQ/TW', query: 'Nghị quyết số 22-NQ/TW', ...C_22_NQ, right: [...C_22_NQ.right] },
  { label: '29-CT/TU', query: '29-CT/TU', ...C_29_CT, right: [...C_29_CT.right] },
  { label: 'chỉ thị 29', query: 'chỉ thị 29', ...C_29_CT, right: [...C_29_CT.right] },
  { label: '21-KL/TW', query: '21-KL/TW', ...C_21_KL, right: [...C_21_KL.right] },
  { label: 'kết luận 21', query: 'kết luận 21', ...C_21_KL, right: [...C_21_KL.right] },
  // The page prints 05-CT/TW.
  { label: '5-CT/TW', query: '5-CT/TW', kind: 'number', right: [BAC_GIANG], evidence: /\b0?5-CT\/TW\b/ },
];

/** The one distractor that must say "22 đảng viên" (it stands against `22-NQ/TW`), so it also has the phrase. */
const EVIDENCE_EXCEPTIONS: Record<string, string[]> = { 'dang vien': [NGHE_AN_15_NQ] };

const slugOf = (url: string) => url.replace(/^\/bai-viet\/|\/$/g, '');
const unescapeHtml = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const words = (text: string) =>
  text
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
/** dd/mm/yyyy → yyyy-mm-dd */
const isoOf = (vnDate: string) => vnDate.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1');

let searcher: SiteSearcher | undefined;
let dist = '';
let pagefind: PagefindApi;
const report: Array<{ query: string; first: string; score: string; firstDistractorRank: string }> = [];

async function search(query: string, options: SearchOptions = {}) {
  const { pages: response } = await searcher!.search(query, options);
  if (!response) throw new Error(`no response for ${JSON.stringify(query)}`);
  return response;
}

async function urlsOf(hits: PagefindHit[]): Promise<string[]> {
  return Promise.all(hits.map(async (hit) => (await hit.data()).url));
}

beforeAll(async () => {
  const articles = Object.fromEntries(
    readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [f, readFileSync(join(FIXTURES, f))]),
  );
  const dir = createSite('search-ranking', { withSeedArticles: true, articles });
  const build = await runAstro('build', dir);
  expect(build.ok, build.output).toBe(true);
  dist = join(dir, 'dist');
  searcher = await searchBuiltSite(dist);
  pagefind = searcher.pagefind;
}, 180_000);

afterAll(async () => {
  await searcher?.close();
  if (report.length > 0) {
    console.log(
      [
        'first result per query:',
        ...report.map(
          (r) =>
            `  ${r.query.padEnd(24)} ${r.score.padStart(8)}  ${r.first}  (first distractor at ${r.firstDistractorRank})`,
        ),
      ].join('\n'),
    );
  }
});

describe('the ranking set', () => {
  it('has 6 to 10 distractors in NFC, each citing a known province and 150–400 words long', () => {
    const files = Object.values(DISTRACTORS);
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeLessThanOrEqual(10);
    for (const page of files) {
      expect(page.source, page.slug).toBe(page.source.normalize('NFC'));
      const body = page.source.split(/^---$/m)[2] ?? '';
      const count = words(body).length;
      expect(count, page.slug).toBeGreaterThanOrEqual(150);
      expect(count, page.slug).toBeLessThanOrEqual(400);
    }
  });

  it.each(CASES)(
    'defines the right pages of "$label" from the seed texts, and no distractor has what makes them right',
    ({ label, evidence, right }) => {
      const seedsWithEvidence = Object.values(SEEDS)
        .filter((p) => evidence.test(p.source.normalize('NFC')))
        .map((p) => p.url);
      expect(seedsWithEvidence.sort()).toEqual([...right].sort());
      const distractorsWithEvidence = Object.values(DISTRACTORS)
        .filter((p) => evidence.test(p.source))
        .map((p) => p.url);
      expect(distractorsWithEvidence).toEqual(EVIDENCE_EXCEPTIONS[label] ?? []);
    },
  );
});

describe('Vietnamese queries through siteSearch', () => {
  it.each(CASES)('"$label" puts a right seed page first', async ({ label, query, kind, right }) => {
    const { results } = await search(query);
    const urls = await urlsOf(results);
    const firstDistractor = urls.findIndex(isDistractor);
    report.push({
      query: label,
      first: urls[0] ? slugOf(urls[0]) : '(none)',
      score: results[0] ? results[0].score.toFixed(2) : '-',
      firstDistractorRank: firstDistractor < 0 ? '-' : String(firstDistractor + 1),
    });
    expect(urls.length, `no results for ${label}`).toBeGreaterThan(0);
    expect(right, `first result for ${label}: ${urls[0]}; order: ${urls.map(slugOf).join(', ')}`).toContain(urls[0]);
    for (const url of right) expect(urls, `${label} misses ${slugOf(url)}`).toContain(url);
    if (kind === 'number') {
      const lastRight = Math.max(...right.map((url) => urls.indexOf(url)));
      if (firstDistractor >= 0) {
        expect(
          firstDistractor,
          `${label}: distractor ${slugOf(urls[firstDistractor]!)} above a right page; order: ${urls.map(slugOf).join(', ')}`,
        ).toBeGreaterThan(lastRight);
      }
    }
  });

  it('gives the NFD query exactly the results and scores of the NFC one', async () => {
    const nfc = await search('Mường Khương');
    const nfd = await search('Mường Khương'.normalize('NFD'));
    expect(nfd.query).toBe(nfc.query);
    expect(nfd.results.map((r) => [r.id, r.score])).toEqual(nfc.results.map((r) => [r.id, r.score]));
  });
});

describe('what a result displays', () => {
  const NO_CARON = /[ďĎ]/;

  it.each(['dang vien', 'đảng viên', 'to chuc co so dang', 'Đắk Lắk', 'Bình Định', 'dang dở', 'chi bộ'])(
    'shows the real title, excerpt words and province for "%s": đ where the text has it, never ď',
    async (query) => {
      const { results } = await search(query);
      expect(results.length).toBeGreaterThan(0);
      for (const hit of results) {
        const data = await hit.data();
        const page = ALL_PAGES[data.url];
        expect(page, data.url).toBeDefined();
        expect(data.meta.title).toBe(page!.title);
        expect(data.meta.province).toBe(page!.province);
        expect(data.meta.title).not.toMatch(NO_CARON);
        expect(data.meta.province).not.toMatch(NO_CARON);
        expect(data.excerpt).not.toMatch(NO_CARON);
        // Every excerpt word is a word of the article as written (so no đ turned into d or ď).
        const known = new Set(words(page!.source));
        const unknown = words(unescapeHtml(data.excerpt)).filter((w) => !known.has(w));
        expect(unknown, `${data.url}: ${data.excerpt}`).toEqual([]);
      }
    },
  );

  it('highlights đảng with its đ for the unaccented query dang vien', async () => {
    const { results } = await search('dang vien');
    for (const hit of results.slice(0, ALL_SEEDS.length)) {
      const data = await hit.data();
      expect(data.excerpt, data.url).toMatch(/<mark>[đĐ]ảng[^<]*<\/mark>/u);
    }
  });

  it('keeps Đ in titles and province names that start with it', async () => {
    const hauGiang = (await search('22-NQ/TW')).results;
    const titles = await Promise.all(hauGiang.map(async (hit) => (await hit.data()).meta.title));
    expect(titles).toContain('Đảng bộ Hậu Giang nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng');
    const [dakLak] = (await search('50-CT/TW')).results;
    const data = await dakLak!.data();
    expect(data.url).toBe(DAK_LAK_50_CT);
    expect(data.meta.province).toBe('Đắk Lắk');
    expect(data.meta.title).toBe('Đắk Lắk: Chuyển biến trong phát hiện, xử lý vụ việc tham nhũng theo Chỉ thị 50');
    const [binhDinh] = (await search('15-CT/TU')).results;
    expect((await binhDinh!.data()).url).toBe(BINH_DINH_15_CT);
    expect((await binhDinh!.data()).meta.province).toBe('Bình Định');
  });
});

describe('filters, sorting and edge cases', () => {
  it('offers in the search page exactly the filter values and counts of the index', async () => {
    const html = readFileSync(join(dist, 'tim-kiem/index.html'), 'utf8');
    const offered: Record<string, Record<string, number>> = {};
    for (const [, key, options] of html.matchAll(
      /<select name="[^"]+" data-filter="(\w+)"[^>]*>([\s\S]*?)<\/select>/g,
    )) {
      offered[key!] = {};
      for (const [, value, count] of options!.matchAll(/<option value="([^"]+)"[^>]*>[^<]*\((\d+)\)<\/option>/g)) {
        offered[key!]![value!.replace(/&amp;/g, '&')] = Number(count);
      }
    }
    const indexed = await pagefind.filters();
    expect(Object.keys(offered).sort()).toEqual(['document', 'kind', 'province', 'year']);
    expect(offered.province!['Hậu Giang']).toBeGreaterThan(1);
    expect(offered).toEqual(indexed);
  });

  it('filters chi bộ by province: only Hậu Giang pages, the same ones the unfiltered search finds there', async () => {
    const filtered = await search('chi bộ', { filters: { province: 'Hậu Giang' } });
    const data = await Promise.all(filtered.results.map((hit) => hit.data()));
    expect(data.length).toBeGreaterThan(0);
    for (const d of data) expect(d.filters.province, d.url).toEqual(['Hậu Giang']);
    const urls = data.map((d) => d.url);
    expect(urls).toEqual(expect.arrayContaining([HAU_GIANG, VI_THUY]));
    expect(urls).not.toContain(CAN_THO_SINH_VIEN);
    expect([HAU_GIANG, VI_THUY]).toContain(urls[0]);

    const unfiltered = await Promise.all((await search('chi bộ')).results.map((hit) => hit.data()));
    const expected = unfiltered.filter((d) => d.filters.province?.includes('Hậu Giang')).map((d) => d.url);
    expect(expected).toContain(VI_THANH_DANG_DO);
    expect([...urls].sort()).toEqual([...expected].sort());
  });

  it('lists exactly the pages citing 22-NQ/TW (2008) for an empty query, newest first', async () => {
    const { results } = await search('', { filters: { document: '22-NQ/TW (2008)' } });
    const citing = Object.values(ALL_PAGES)
      .filter((p) => /^\s+-\s*22-NQ\/TW\s*$/m.test(p.source))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((p) => p.url);
    expect(citing).toEqual([THUONG_XUAN, HAU_GIANG]);
    expect(await urlsOf(results)).toEqual(citing);
  });

  it.each(['desc', 'asc'] as const)('sorts by date %s on the date meta', async (direction) => {
    const relevance = await search('chi bộ');
    const { results } = await search('chi bộ', { sort: { date: direction } });
    expect(results.length).toBe(relevance.results.length);
    expect(results.length).toBeGreaterThan(5);
    const data = await Promise.all(results.map((hit) => hit.data()));
    const dates = data.map((d) => isoOf(d.meta.date ?? ''));
    for (const d of data) expect(isoOf(d.meta.date ?? '')).toBe(ALL_PAGES[d.url]!.date);
    const sorted = [...dates].sort();
    expect(dates).toEqual(direction === 'asc' ? sorted : sorted.reverse());
  });

  it('returns null for an empty query without filters', async () => {
    expect(await viSearch(pagefind, '')).toBeNull();
    expect(await viSearch(pagefind, '   ')).toBeNull();
  });

  it('finds nothing for a word no page has, on a fresh instance', async () => {
    const fresh = await loadPagefind(dist, searcher!.url);
    const response = await viSearch(fresh, 'xyzqua');
    expect(response).not.toBeNull();
    expect(response!.results).toHaveLength(0);
  });

  it('finds nothing for a word no page has, after other searches', async () => {
    await search('kết luận 21');
    const response = await viSearch(pagefind, 'xyzqua');
    expect(response).not.toBeNull();
    const urls = await urlsOf(response!.results);
    expect(urls, 'xyzqua matched the pages with "khóa X"').toEqual([]);
  });
});
