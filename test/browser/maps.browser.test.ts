/**
 * The maps as a reader sees them, at desktop and phone widths: a screenshot of /dia-phuong/ and of a
 * document page, compared with the layout the page declares. Every square lies inside the viewport, no
 * two units overlap, each square shows its shade's colour in the screenshot (nothing covers it), and every
 * label sits inside its square at a readable size. The archipelagos are drawn and named on screen.
 */
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../helpers/browser-suite.ts';
import { CHROMIUM_MISSING } from '../helpers/chromium.ts';

const TIMEOUT = 90_000;
/** Smallest label, in CSS pixels as rendered. */
const MIN_FONT_PX = 9;

const PAGES = [
  { name: '/dia-phuong/', path: '/dia-phuong/', maps: 2 },
  { name: 'document page', path: '/van-ban/22-nq-tw-2008/', maps: 1 },
];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Layout {
  viewport: number;
  squares: Array<Box & { unit: string; map: number; fill: string }>;
  labels: Array<Box & { unit: string; map: number; fontPx: number; text: string }>;
  islands: Array<{ map: number; text: string; box: Box }>;
}

/** Page coordinates (scroll included) of every square, label and archipelago of the page's labelled maps. */
function readLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const abs = (r: DOMRect) => ({
      x: r.x + window.scrollX,
      y: r.y + window.scrollY,
      width: r.width,
      height: r.height,
    });
    const maps = [...document.querySelectorAll<SVGSVGElement>('svg.tile-map__svg')].filter(
      (svg) => svg.querySelector('.tile__label') !== null,
    );
    const layout: Layout = { viewport: document.documentElement.clientWidth, squares: [], labels: [], islands: [] };
    maps.forEach((svg, map) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const unit of svg.querySelectorAll<SVGElement>('[data-unit]')) {
        const id = unit.dataset.unit!;
        for (const square of unit.querySelectorAll<SVGRectElement>('.tile__square')) {
          layout.squares.push({
            ...abs(square.getBoundingClientRect()),
            unit: id,
            map,
            fill: getComputedStyle(square).fill,
          });
        }
        const label = unit.querySelector<SVGTextElement>('.tile__label');
        if (label) {
          layout.labels.push({
            ...abs(label.getBoundingClientRect()),
            unit: id,
            map,
            fontPx: parseFloat(getComputedStyle(label).fontSize) * scale,
            text: label.textContent ?? '',
          });
        }
      }
      for (const group of svg.querySelectorAll<SVGGElement>('.tile-map__islands')) {
        layout.islands.push({ map, text: group.textContent ?? '', box: abs(group.getBoundingClientRect()) });
      }
    });
    return layout;
  });
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const inside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

function rgb(css: string): [number, number, number] {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r!, g!, b!];
}

const suite = useBrowserSuite();

describe('province maps on screen', () => {
  it('has Chromium installed', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
  });

  for (const { name, path, maps } of PAGES) {
    for (const size of WIDTHS) {
      for (const theme of ['light', 'dark'] as const) {
        it(
          `${name} at ${size.name} width, ${theme} theme`,
          async () => {
            const page = await suite.newPage();
            await page.setViewportSize({ width: size.width, height: size.height });
            await page.emulateMedia({ colorScheme: theme });
            await page.goto(`${suite.url}${path}`);
            await page.evaluate(() => document.fonts.ready);
            const layout = await readLayout(page);
            expect(new Set(layout.squares.map((s) => s.map)).size).toBe(maps);

            // Inside the viewport, no horizontal scrolling needed.
            for (const s of layout.squares) {
              expect(s.x, `${s.unit} left`).toBeGreaterThanOrEqual(0);
              expect(s.x + s.width, `${s.unit} right`).toBeLessThanOrEqual(layout.viewport + 0.5);
              expect(s.width, `${s.unit} size`).toBeGreaterThan(20);
            }
            // No two units share ground; no map overlaps another.
            for (let i = 0; i < layout.squares.length; i++) {
              for (let j = i + 1; j < layout.squares.length; j++) {
                const a = layout.squares[i]!;
                const b = layout.squares[j]!;
                if (a.map === b.map && a.unit === b.unit) continue;
                expect(overlap(a, b), `${a.unit} / ${b.unit}`).toBeLessThan(1);
              }
            }
            // Labels readable: big enough and within their unit's label square.
            expect(layout.labels.length).toBeGreaterThan(30);
            for (const label of layout.labels) {
              expect(label.fontPx, `${label.unit} font`).toBeGreaterThanOrEqual(MIN_FONT_PX);
              const home = layout.squares.filter((s) => s.map === label.map && s.unit === label.unit);
              expect(
                home.some((s) => inside(label, s)),
                `${label.unit} label "${label.text}" in its square`,
              ).toBe(true);
            }
            // The archipelagos, named, clear of the mainland squares.
            for (let map = 0; map < maps; map++) {
              const islands = layout.islands.filter((i) => i.map === map);
              expect(islands.map((i) => i.text.replace(/\s+/g, ' ').trim())).toEqual([
                'Quần đảo Hoàng Sa',
                'Quần đảo Trường Sa',
              ]);
              for (const i of islands) {
                for (const s of layout.squares.filter((sq) => sq.map === map))
                  expect(overlap(i.box, s)).toBeLessThan(1);
              }
            }

            // The screenshot: each square shows its own colour a few pixels in from its corner.
            const png = await page.screenshot({ fullPage: true });
            const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
            const ratio = info.width / (await page.evaluate(() => document.documentElement.scrollWidth));
            const wrong: string[] = [];
            for (const s of layout.squares) {
              const px = Math.round((s.x + 5) * ratio);
              const py = Math.round((s.y + 5) * ratio);
              const at = (py * info.width + px) * info.channels;
              const seen = [data[at]!, data[at + 1]!, data[at + 2]!];
              const want = rgb(s.fill);
              if (seen.some((v, k) => Math.abs(v - want[k]!) > 12)) {
                wrong.push(`${s.unit}: rgb(${seen.join(',')}) instead of ${s.fill}`);
              }
            }
            expect(wrong).toEqual([]);
          },
          TIMEOUT,
        );
      }
    }
  }
});
