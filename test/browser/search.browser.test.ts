/**
 * End to end in real Chromium: the search page /tim-kiem/ and the header search box, run against the
 * real site built by test/global-setup.ts and served from dist/ on 127.0.0.1.
 *
 * Chromium comes from Debian (/usr/bin/chromium; .ci/run installs it). A missing browser fails the
 * first test and every other test: these tests never skip.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from '../helpers/browser-suite.ts';
import { CHROMIUM_MISSING } from '../helpers/chromium.ts';

const TIMEOUT = 60_000;

const ARTICLE = {
  bacGiang: '/bai-viet/bac-giang-ket-qua-tich-cuc-tu-xay-dung-chinh-don-dang-va-he-thong-chinh-tri/',
  hauGiang2013: '/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
  hauGiang2021: '/bai-viet/chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu/',
  thuongXuan: '/bai-viet/huyen-thuong-xuan-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
  laoCai: '/bai-viet/lao-cai-6-giai-phap-nang-cao-nang-luc-lanh-dao-suc-chien-dau-to-chuc-co-so-dang-o-muong-khuong/',
};
const ALL_ARTICLES = Object.values(ARTICLE);

/** The final states of the status line, as search-page.ts writes them. */
const FOUND = /^\d+ kết quả/;
const NOT_FOUND = /^Không tìm thấy/;
const SEARCHING = 'Đang tìm…';

/**
 * Runs in every page before its own scripts: records each text the status line shows, in order, so
 * that a test can see the passing "Đang tìm…" as well as the final state. textContent replaces the
 * text node, so each added node carries the text as it was then, even if records arrive batched.
 */
function recordStatuses(): void {
  const w = window as unknown as { __statuses: string[] };
  w.__statuses = [];
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (!target?.closest('[data-status]')) continue;
      if (record.type === 'characterData') w.__statuses.push(target.textContent ?? '');
      for (const node of record.addedNodes) w.__statuses.push(node.textContent ?? '');
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Console errors, page errors and failed responses of the site's own files, for the whole file. */
const problems: string[] = [];

const suite = useBrowserSuite({
  prepare: async (context, url) => {
    await context.addInitScript(recordStatuses);
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
      page.on('response', (response) => {
        if (response.url().startsWith(url) && response.status() >= 400)
          problems.push(`HTTP ${response.status()} for ${response.url()}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
  },
});
const newPage = () => suite.newPage();

const statuses = (page: Page) =>
  page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses.slice());
const statusText = async (page: Page) => ((await page.locator('[data-status]').textContent()) ?? '').trim();

/** Waits until the status line has reached a final state (results or none) after `since` recorded texts. */
async function settled(page: Page, since = 0): Promise<string> {
  await page.waitForFunction(
    ({ since, searching }) => {
      const seen = (window as unknown as { __statuses: string[] }).__statuses.slice(since);
      const now = document.querySelector('[data-status]')?.textContent?.trim() ?? '';
      return seen.includes(searching) && /^(\d+ kết quả|Không tìm thấy)/.test(now);
    },
    { since, searching: SEARCHING },
    { timeout: 30_000 },
  );
  return statusText(page);
}

const searchUrl = (query: string, extra = '') => `${suite.url}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`;

/** Opens the search page for a query and waits for its results. */
async function openSearch(query: string, extra = ''): Promise<{ page: Page; status: string }> {
  const page = await newPage();
  await page.goto(searchUrl(query, extra));
  const status = await settled(page);
  return { page, status };
}

const resultHrefs = (page: Page) =>
  page.locator('[data-results] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const resultMetas = (page: Page) => page.locator('[data-results] .result .meta').allTextContents();

/** dd/mm/yyyy in a result's meta line → yyyy-mm-dd, comparable as a string. */
function isoDate(meta: string): string {
  const m = /(\d{2})\/(\d{2})\/(\d{4})/.exec(meta);
  if (!m) throw new Error(`no dd/mm/yyyy date in result meta "${meta}"`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

describe('search in Chromium', () => {
  it('has Chromium installed', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
  });

  describe('opening /tim-kiem/?q=… puts the right article first', () => {
    const cases: [string, string[]][] = [
      ['22-NQ/TW', [ARTICLE.hauGiang2013, ARTICLE.thuongXuan]],
      ['nghi quyet so 22', [ARTICLE.hauGiang2013, ARTICLE.thuongXuan]],
      ['chỉ thị 29', [ARTICLE.hauGiang2013]],
      ['kết luận 21', [ARTICLE.bacGiang]],
      ['5-CT/TW', [ARTICLE.bacGiang]],
      ['muong khuong', [ARTICLE.laoCai]],
      ['Thanh Hoá', [ARTICLE.thuongXuan]],
      ['dang vien', ALL_ARTICLES],
    ];
    for (const [query, expected] of cases) {
      it(
        query,
        async () => {
          const { page, status } = await openSearch(query);
          expect(status).toMatch(FOUND);
          expect(status).toContain(`“${query}”`);
          const hrefs = await resultHrefs(page);
          expect(hrefs.length).toBeGreaterThan(0);
          expect(expected, `first result for "${query}" was ${hrefs[0]}; all: ${hrefs.join(', ')}`).toContain(hrefs[0]);
          expect(status.startsWith(`${hrefs.length} kết quả`), `status "${status}" vs ${hrefs.length} links`).toBe(
            true,
          );
        },
        TIMEOUT,
      );
    }
  });

  describe('a document number shows the document box', () => {
    for (const query of ['22-NQ/TW', 'NQ22', 'nghị quyết 22']) {
      it(
        query,
        async () => {
          const { page, status } = await openSearch(query);
          expect(status).toMatch(FOUND);
          const box = page.locator('[data-documents]');
          await expect.poll(() => box.isVisible()).toBe(true);
          const first = box.locator('a').first();
          expect(await first.getAttribute('href')).toBe('/van-ban/22-nq-tw-2008/');
          expect(await first.textContent()).toContain('22-NQ/TW');
          const response = await page.request.get(`${suite.url}/van-ban/22-nq-tw-2008/`);
          expect(response.status()).toBe(200);
          expect(await response.text()).toContain('22-NQ/TW');
        },
        TIMEOUT,
      );
    }

    it(
      'stays hidden for a query without digits',
      async () => {
        const { page } = await openSearch('muong khuong');
        expect(await page.locator('[data-documents]').isVisible()).toBe(false);
      },
      TIMEOUT,
    );
  });

  it(
    'searches as the reader types, key by key, and keeps the URL in step',
    async () => {
      const page = await newPage();
      await page.goto(`${suite.url}/tim-kiem/`);
      await page.locator('#q').click();
      const before = (await statuses(page)).length;
      await page.keyboard.type('mường khương', { delay: 30 });
      const status = await settled(page, before);
      expect(status).toMatch(/^\d+ kết quả cho “mường khương”\.$/);
      const seen = (await statuses(page)).slice(before);
      expect(seen.indexOf(SEARCHING), `statuses: ${JSON.stringify(seen)}`).toBeGreaterThanOrEqual(0);
      expect(seen.at(-1)).toMatch(FOUND);
      expect(seen.indexOf(SEARCHING)).toBeLessThan(seen.length - 1);
      expect((await resultHrefs(page))[0]).toBe(ARTICLE.laoCai);
      expect(new URL(page.url()).searchParams.get('q')).toBe('mường khương');
      expect(new URL(page.url()).pathname).toBe('/tim-kiem/');

      // Typing on changes the results and the URL again.
      const mark = (await statuses(page)).length;
      await page.keyboard.press('Control+A');
      await page.keyboard.type('chi thi 29', { delay: 30 });
      expect(await settled(page, mark)).toMatch(/^\d+ kết quả cho “chi thi 29”\.$/);
      expect((await resultHrefs(page))[0]).toBe(ARTICLE.hauGiang2013);
      expect(new URL(page.url()).searchParams.get('q')).toBe('chi thi 29');
    },
    TIMEOUT,
  );

  it(
    'header search: "/" and Ctrl+K focus it on an article page, and submitting it shows results',
    async () => {
      const page = await newPage();
      await page.goto(`${suite.url}${ARTICLE.hauGiang2021}`);
      const active = () => page.evaluate(() => document.activeElement?.id ?? '');
      expect(await active()).not.toBe('header-q');

      await page.keyboard.press('/');
      expect(await active()).toBe('header-q');
      expect(await page.locator('#header-q').inputValue(), 'the "/" must not be typed into the box').toBe('');

      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      expect(await active()).not.toBe('header-q');
      await page.keyboard.press('Control+K');
      expect(await active()).toBe('header-q');
      expect(page.url()).toBe(`${suite.url}${ARTICLE.hauGiang2021}`);

      await page.keyboard.type('kết luận 21');
      await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.keyboard.press('Enter')]);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/tim-kiem/');
      expect(url.searchParams.get('q')).toBe('kết luận 21');
      const status = await settled(page);
      expect(status).toMatch(/^\d+ kết quả cho “kết luận 21”\.$/);
      expect(await page.locator('#q').inputValue()).toBe('kết luận 21');
      expect((await resultHrefs(page))[0]).toBe(ARTICLE.bacGiang);

      // On the search page the shortcut goes to the page's own box.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('/');
      expect(await active()).toBe('q');
    },
    TIMEOUT,
  );

  it(
    'shows đ in titles and excerpts, never the ď of the index',
    async () => {
      const { page, status } = await openSearch('dang vien');
      expect(status).toMatch(FOUND);
      const listText = (await page.locator('[data-results]').textContent()) ?? '';
      expect(listText).toMatch(/đảng viên|Đảng/);
      const titles = await page.locator('[data-results] .result__title').allTextContents();
      expect(titles.some((t) => t.includes('Đảng') || t.includes('đảng'))).toBe(true);
      expect(await page.locator('[data-results] .result__excerpt mark').count()).toBeGreaterThan(0);
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      expect(html).not.toMatch(/[ďĎ]/);
    },
    TIMEOUT,
  );

  it(
    'narrows results to a province and puts tinh= in the URL',
    async () => {
      const { page, status } = await openSearch('dang vien');
      expect(status).toMatch(FOUND);
      const all = await resultHrefs(page);
      const allMetas = await resultMetas(page);
      expect(
        allMetas.some((m) => !m.includes('Hậu Giang')),
        'the unfiltered results must span several provinces',
      ).toBe(true);

      const select = page.locator('[data-filter="province"]');
      expect(await select.locator('option[value="Hậu Giang"]').count()).toBe(1);
      const mark = (await statuses(page)).length;
      await select.selectOption('Hậu Giang');
      const narrowed = await settled(page, mark);
      expect(narrowed).toMatch(FOUND);

      const hrefs = await resultHrefs(page);
      const metas = await resultMetas(page);
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.length).toBeLessThan(all.length);
      expect(new Set(hrefs)).toEqual(new Set([ARTICLE.hauGiang2013, ARTICLE.hauGiang2021]));
      for (const meta of metas) expect(meta).toContain('Hậu Giang');
      expect(narrowed.startsWith(`${hrefs.length} kết quả`)).toBe(true);

      const url = new URL(page.url());
      expect(url.searchParams.get('tinh')).toBe('Hậu Giang');
      expect(url.searchParams.get('q')).toBe('dang vien');

      // The filtered URL is shareable: opening it again shows the same.
      const again = await newPage();
      try {
        await again.goto(page.url());
        expect(await settled(again)).toBe(narrowed);
        expect(await again.locator('[data-filter="province"]').inputValue()).toBe('Hậu Giang');
        expect(await resultHrefs(again)).toEqual(hrefs);
      } finally {
        await again.close();
      }
    },
    TIMEOUT,
  );

  it(
    'sorts by date, newest first with "Mới nhất" and oldest first with "Cũ nhất"',
    async () => {
      const { page, status } = await openSearch('dang vien');
      expect(status).toMatch(FOUND);
      const sort = page.locator('[data-sort]');

      let mark = (await statuses(page)).length;
      await sort.selectOption({ label: 'Mới nhất' });
      expect(await settled(page, mark)).toMatch(FOUND);
      const newest = (await resultMetas(page)).map(isoDate);
      expect(newest.length).toBeGreaterThanOrEqual(3);
      expect(newest).toEqual([...newest].sort().reverse());
      expect(new Set(newest).size, 'dates must differ for the order to mean something').toBeGreaterThan(1);
      expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('moi');

      mark = (await statuses(page)).length;
      await sort.selectOption({ label: 'Cũ nhất' });
      expect(await settled(page, mark)).toMatch(FOUND);
      const oldest = (await resultMetas(page)).map(isoDate);
      expect(oldest).toEqual([...newest].reverse());
      expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('cu');
    },
    TIMEOUT,
  );

  describe('says why nothing was found', () => {
    // `zqzqzq` shares no prefix with any indexed word. `xyzqua` does: when no indexed word starts with
    // a query word, Pagefind falls back to the longest indexed word that the query word starts with,
    // here the lone "X" of "khóa X", so a reader who mistypes sees unrelated articles unless the
    // search wrapper drops such fallback hits.
    for (const query of ['zqzqzq', 'xyzqua']) {
      it(
        query,
        async () => {
          const { page, status } = await openSearch(query);
          const shown = await resultHrefs(page);
          const marked = await page.locator('[data-results] mark').allTextContents();
          expect(status, `results shown: ${shown.join(', ')}; highlighted: ${JSON.stringify(marked)}`).toMatch(
            NOT_FOUND,
          );
          expect(status).toContain(`“${query}”`);
          expect(status).toContain('Thử gõ không dấu');
          expect(status).toContain('số hiệu văn bản');
          expect(shown).toEqual([]);
          expect(await page.locator('[data-documents]').isVisible()).toBe(false);
          expect(await page.locator('[data-more]').isVisible()).toBe(false);
        },
        TIMEOUT,
      );
    }
  });

  it(
    'offers the filters with their counts from the page itself and loads no index before a search',
    async () => {
      const page = await newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${suite.url}/tim-kiem/`);
      const provinces = await page.locator('[data-filter="province"] option').allTextContents();
      expect(provinces).toContain('Hậu Giang (2)');
      expect(await page.locator('[data-filter="year"] option').first().textContent()).toBe('Tất cả');
      await page.waitForLoadState('networkidle');
      const index = requested.filter((path) => path.startsWith('/pagefind/'));
      expect(index, `requested: ${index.join(', ')}`).toEqual(['/pagefind/pagefind.js']);

      // A search loads index chunks and fragments, still no filter chunk: filters are not in use.
      await page.locator('#q').fill('dang vien');
      expect(await settled(page)).toMatch(FOUND);
      const after = requested.filter((path) => path.startsWith('/pagefind/'));
      expect(after.some((path) => path.endsWith('.pf_index'))).toBe(true);
      expect(
        after.filter((path) => path.endsWith('.pf_filter')),
        `requested: ${after.join(', ')}`,
      ).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'lists the articles of a province, newest first, from a filter alone',
    async () => {
      const page = await newPage();
      await page.goto(`${suite.url}/tim-kiem/?tinh=${encodeURIComponent('Hậu Giang')}`);
      const status = await settled(page);
      expect(status).toBe('2 kết quả.');
      expect(await resultHrefs(page)).toEqual([ARTICLE.hauGiang2021, ARTICLE.hauGiang2013]);
      expect(await page.locator('[data-filter="province"]').inputValue()).toBe('Hậu Giang');
    },
    TIMEOUT,
  );

  it(
    'asks for a keyword when there is none',
    async () => {
      const page = await newPage();
      await page.goto(`${suite.url}/tim-kiem/`);
      expect(await statusText(page)).toContain('Nhập từ khóa');
      expect(await page.locator('[data-results] li').count()).toBe(0);
      expect(await page.locator('#q').inputValue()).toBe('');
      expect(new URL(page.url()).search).toBe('');
    },
    TIMEOUT,
  );

  it(
    'labels the search box and filters and announces the state politely',
    async () => {
      const page = await newPage();
      await page.goto(`${suite.url}/tim-kiem/`);
      const box = page.getByRole('searchbox', { name: 'Từ khóa, địa danh hoặc số hiệu văn bản' });
      expect(await box.count()).toBe(1);
      expect(await box.getAttribute('id')).toBe('q');
      expect(await page.getByRole('searchbox', { name: 'Tìm kiếm' }).getAttribute('id')).toBe('header-q');
      for (const name of ['Địa phương', 'Văn bản', 'Loại văn bản', 'Năm', 'Sắp xếp']) {
        expect(await page.getByRole('combobox', { name, exact: true }).count(), `select "${name}"`).toBe(1);
      }
      const status = page.locator('[data-status]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await page.getByRole('status').count()).toBe(1);
      expect(await page.getByRole('search').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    },
    TIMEOUT,
  );

  it('had no console errors, page errors or failed requests in any test', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
    expect(problems).toEqual([]);
  });
});
