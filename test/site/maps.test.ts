/**
 * The province maps say what the lists say: on /dia-phuong/, each unit's figure on the map and in its
 * table equals the articles its province page lists (from 1/7/2025: with those of the units merged into
 * it; until 30/6/2025: its own); on a document page, the figures add up to the citing articles, province
 * by province. Every tile links to an existing province page, every province page is reachable from both
 * maps, and Hoàng Sa and Trường Sa are drawn and named on every map. Checked on the seed site and on a
 * generated corpus with articles before and after the 1/7/2025 merger.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/generate-articles.ts';
import { listFiles, read, urlOf } from '../helpers/dist.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';

interface MapUnit {
  unit: string;
  count: number;
  href: string | undefined;
}

/** The part of the page between an opening marker and the first closing marker after it. */
function slice(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`no ${start}`);
  return html.slice(from, html.indexOf(end, from) + end.length);
}

/** Units of the first map SVG in a piece of HTML, with their figure and link. */
function mapUnits(html: string): MapUnit[] {
  const svg = slice(html, '<svg class="tile-map__svg"', '</svg>');
  return [...svg.matchAll(/<(a|g)\b([^>]*\bdata-unit="([^"]+)"[^>]*)>/g)].map((m) => ({
    unit: m[3]!,
    count: Number(/data-count="(\d+)"/.exec(m[2]!)![1]),
    href: /\bhref="([^"]+)"/.exec(m[2]!)?.[1],
  }));
}

function archipelagos(html: string): boolean {
  const svg = slice(html, '<svg class="tile-map__svg"', '</svg>');
  return /Hoàng Sa/.test(svg) && /Trường Sa/.test(svg) && (svg.match(/class="islands__dot"/g) ?? []).length >= 6;
}

/** Every page of a paginated list: /x/, /x/2/, … */
function listPages(dist: string, path: string): string[] {
  const pages: string[] = [];
  for (let n = 1; ; n++) {
    const file = join(dist, n === 1 ? path : `${path}${n}/`, 'index.html');
    if (!existsSync(file)) return pages;
    pages.push(read(file));
  }
}

/** Article cards of a list, split into those of the province itself and those marked as a predecessor's. */
function provinceCards(dist: string, id: string): { all: number; own: number } {
  const cards = listPages(dist, `/dia-phuong/${id}/`).flatMap((html) => html.split('<article class="card">').slice(1));
  return {
    all: cards.length,
    own: cards.filter((c) => !c.slice(0, c.indexOf('</article>')).includes('card__note')).length,
  };
}

function checkProvinceIndex(dist: string): void {
  const html = read(join(dist, 'dia-phuong/index.html'));
  const articlePages = listFiles(dist, '.html').filter((f) => /^\/bai-viet\/[^/]+\/$/.test(urlOf(dist, f))).length;
  const pages = new Set(
    listFiles(dist, '.html')
      .map((f) => /^\/dia-phuong\/([^/]+)\/$/.exec(urlOf(dist, f))?.[1])
      .filter((id): id is string => id !== undefined),
  );
  for (const [mapId, units, kind] of [
    ['ban-do-34', 34, 'all'],
    ['ban-do-63', 63, 'own'],
  ] as const) {
    const figure = slice(html, `data-map="${mapId}"`, '</figure>');
    const map = mapUnits(figure);
    expect(map, mapId).toHaveLength(units);
    expect(archipelagos(figure), mapId).toBe(true);
    expect(
      map.reduce((sum, u) => sum + u.count, 0),
      `${mapId}: total`,
    ).toBe(articlePages);
    for (const { unit, count, href } of map) {
      const expected = pages.has(unit) ? provinceCards(dist, unit)[kind] : 0;
      expect(count, `${mapId} ${unit}`).toBe(expected);
      // A tile links exactly when its province has a page, and to that page.
      expect(href, `${mapId} ${unit}`).toBe(pages.has(unit) ? `/dia-phuong/${unit}/` : undefined);
    }
    // The table under the map repeats every non-zero figure.
    const rows = [...figure.matchAll(/<tr data-unit="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]);
    expect(rows.sort()).toEqual(
      map
        .filter((u) => u.count > 0)
        .map((u) => [u.unit, u.count])
        .sort(),
    );
  }
  // Every province page is on a map of either period.
  const linked = new Set(
    mapUnits(slice(html, 'data-map="ban-do-63"', '</figure>')).flatMap((u) => (u.href ? [u.unit] : [])),
  );
  expect([...pages].filter((id) => !linked.has(id))).toEqual([]);
}

/** Province of each article page: the first link to a province page on it. */
function articleProvince(dist: string, url: string): string {
  const html = read(join(dist, url, 'index.html'));
  return /href="\/dia-phuong\/([^/"]+)\/"/.exec(html)![1]!;
}

function checkDocumentPages(dist: string): number {
  const hubs = listFiles(dist, '.html')
    .map((f) => urlOf(dist, f))
    .filter((url) => /^\/van-ban\/[^/]+\/$/.test(url));
  let checked = 0;
  for (const hub of hubs) {
    const html = read(join(dist, hub, 'index.html'));
    if (!html.includes('data-map="van-ban"')) continue;
    checked++;
    const cited = listPages(dist, hub).flatMap((page) => {
      const section = slice(page, 'id="bai-trich-dan"', '</section>');
      return [...section.matchAll(/<h3 class="card__title">\s*<a href="([^"]+)"/g)].map((m) => m[1]!);
    });
    const expected = new Map<string, number>();
    for (const url of cited) {
      const id = articleProvince(dist, url);
      expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    const map = mapUnits(html);
    expect(map, hub).toHaveLength(63);
    expect(archipelagos(html), hub).toBe(true);
    const shown = new Map(map.filter((u) => u.count > 0).map((u) => [u.unit, u.count]));
    expect(shown, hub).toEqual(expected);
    for (const u of map.filter((m) => m.count > 0)) expect(u.href, `${hub} ${u.unit}`).toBe(`/dia-phuong/${u.unit}/`);
    const listed = new Map(
      [...html.matchAll(/<li data-unit="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]),
    );
    expect(listed, `${hub}: the list beside the map`).toEqual(expected);
  }
  return checked;
}

function checkProvincePages(dist: string): void {
  const pages = listFiles(dist, '.html')
    .map((f) => urlOf(dist, f))
    .filter((url) => /^\/dia-phuong\/[^/]+\/$/.test(url));
  expect(pages.length).toBeGreaterThan(0);
  for (const url of pages) {
    const html = read(join(dist, url, 'index.html'));
    const id = /^\/dia-phuong\/([^/]+)\/$/.exec(url)![1]!;
    const locator = slice(html, 'data-map="vi-tri"', '</figure>');
    expect(archipelagos(locator), url).toBe(true);
    const marked = [...locator.matchAll(/<g class="tile shade-(focus|context)"[^>]*data-unit="([^"]+)"/g)];
    expect(
      marked.filter((m) => m[1] === 'focus').map((m) => m[2]),
      url,
    ).toEqual([id]);
  }
}

describe('province maps', { timeout: 300_000 }, () => {
  it('on the seed site: /dia-phuong/, document pages and province pages', () => {
    const dist = join(PROJECT_ROOT, 'dist');
    checkProvinceIndex(dist);
    expect(checkDocumentPages(dist)).toBeGreaterThan(0);
    checkProvincePages(dist);
    // A unit merged on 1/7/2025 marks its successor's other squares; a successor marks its predecessors.
    const hauGiang = read(join(dist, 'dia-phuong/hau-giang/index.html'));
    const context = [...hauGiang.matchAll(/<g class="tile shade-context"[^>]*data-unit="([^"]+)"/g)].map((m) => m[1]);
    expect(context.sort()).toEqual(['can-tho', 'soc-trang']);
    expect(hauGiang).toContain('thành phố Cần Thơ gồm Hậu Giang và Cần Thơ, Sóc Trăng');
  });

  it('on a generated corpus with articles before and after the merger', async () => {
    const articles: Record<string, string> = {};
    for (const { path, content } of generateArticles(120, 11)) articles[path] = content;
    const extra = (province: string, date: string) =>
      `---\ntitle: "Bài ${province} ${date}"\ndate: ${date}\nlocality:\n  province: ${province}\n---\n\nNội dung bài viết về công tác xây dựng Đảng.\n`;
    // Before the merger under units that ceased; after it under the units they joined.
    articles['truoc-hau-giang.md'] = extra('Hậu Giang', '2025-03-02');
    articles['truoc-ha-giang.md'] = extra('Hà Giang', '2024-05-06');
    articles['sau-can-tho.md'] = extra('Cần Thơ', '2025-08-01');
    articles['sau-tuyen-quang.md'] = extra('Tuyên Quang', '2025-09-10');
    const site = createSite('maps', { withSeedArticles: true, articles });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    const dist = join(site, 'dist');
    checkProvinceIndex(dist);
    expect(checkDocumentPages(dist)).toBeGreaterThan(3);
    checkProvincePages(dist);
    const index = read(join(dist, 'dia-phuong/index.html'));
    const from2025 = mapUnits(slice(index, 'data-map="ban-do-34"', '</figure>'));
    const until2025 = mapUnits(slice(index, 'data-map="ban-do-63"', '</figure>'));
    const of = (units: MapUnit[], id: string) => units.find((u) => u.unit === id)!.count;
    // Tuyên Quang from 1/7/2025 counts Hà Giang's articles; until then each counts its own.
    expect(of(from2025, 'tuyen-quang')).toBe(of(until2025, 'tuyen-quang') + of(until2025, 'ha-giang'));
    expect(of(until2025, 'ha-giang')).toBeGreaterThan(0);
    expect(from2025.some((u) => u.unit === 'ha-giang')).toBe(false);
  });
});
