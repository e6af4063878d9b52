/**
 * Timelines say what the lists say: on /luu-tru/ each month's bar equals the articles its archive page
 * lists and links there; on a document page the bars (per year, per month under two years) equal the
 * citing articles by their Vietnam date. Both charts name their axes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, read, urlOf } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const dist = join(PROJECT_ROOT, 'dist');

function chart(html: string): { svg: string; bars: Array<{ key: string; count: number; href?: string }> } {
  const from = html.indexOf('<svg class="bar-chart__svg"');
  expect(from).toBeGreaterThan(0);
  const svg = html.slice(from, html.indexOf('</svg>', from));
  const bars = [...svg.matchAll(/<(a|g)\b([^>]*\bdata-key="([^"]+)"[^>]*)>/g)].map((m) => ({
    key: m[3]!,
    count: Number(/data-count="(\d+)"/.exec(m[2]!)![1]),
    href: /\bhref="([^"]+)"/.exec(m[2]!)?.[1],
  }));
  return { svg, bars };
}

function listPages(path: string): string[] {
  const pages: string[] = [];
  for (let n = 1; ; n++) {
    const file = join(dist, n === 1 ? path : `${path}${n}/`, 'index.html');
    if (!existsSync(file)) return pages;
    pages.push(read(file));
  }
}

const cardDates = (html: string) =>
  [...html.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})T[^"]*\+07:00"/g)].map((m) => m[1]!);

describe('timelines', () => {
  it('/luu-tru/: one bar per month with articles, equal to its archive page and linked to it', () => {
    const { svg, bars } = chart(read(join(dist, 'luu-tru/index.html')));
    expect(svg).toContain('Số bài');
    expect(svg).toContain('Tháng');
    const months = listFiles(dist, '.html')
      .map((f) => /^\/luu-tru\/(\d{4})\/thang-(\d{2})\/$/.exec(urlOf(dist, f)))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}-${m[2]}`)
      .sort();
    expect(bars.map((b) => b.key).sort()).toEqual(months);
    for (const bar of bars) {
      const [year, month] = bar.key.split('-');
      expect(bar.href).toBe(`/luu-tru/${year}/thang-${month}/`);
      const listed = listPages(bar.href!).flatMap((page) => page.split('<article class="card">').slice(1)).length;
      expect(bar.count, bar.key).toBe(listed);
    }
  });

  it('document pages: bars equal the citing articles by year, or by month under two years', () => {
    const hubs = listFiles(dist, '.html')
      .map((f) => urlOf(dist, f))
      .filter((url) => /^\/van-ban\/[^/]+\/$/.test(url))
      .filter((url) => read(join(dist, url, 'index.html')).includes('bar-chart__svg'));
    expect(hubs.length).toBeGreaterThan(3);
    for (const hub of hubs) {
      const html = read(join(dist, hub, 'index.html'));
      const { svg, bars } = chart(html);
      const dates = listPages(hub).flatMap((page) => {
        const from = page.indexOf('id="bai-trich-dan"');
        return cardDates(page.slice(from, page.indexOf('</section>', from)));
      });
      const months = dates.map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
      const byMonth = Math.max(...months) - Math.min(...months) + 1 < 24;
      expect(svg, hub).toContain(byMonth ? 'Tháng' : 'Năm');
      expect(svg, hub).toContain('Số bài');
      const expected = new Map<string, number>();
      for (const d of dates) {
        const key = byMonth ? d.slice(0, 7) : d.slice(0, 4);
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(new Map(bars.map((b) => [b.key, b.count])), hub).toEqual(expected);
      const rows = [...html.matchAll(/<tr data-key="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]);
      expect(new Map(rows as Array<[string, number]>), `${hub}: table`).toEqual(expected);
    }
  });
});
