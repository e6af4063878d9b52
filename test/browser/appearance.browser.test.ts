/**
 * How pages look and behave in Chromium: the self-hosted font, line length and text size, the skip
 * link and focus ring, the theme toggle (remembered, applied before the first paint) and printing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../helpers/browser-suite.ts';
import { CHROMIUM_MISSING } from '../helpers/chromium.ts';

const TIMEOUT = 60_000;
const ARTICLE = '/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/';

/** Every URL requested by any page of this file. */
const requests: string[] = [];

/**
 * Runs before the page's own scripts: records the theme on <html> at the moment <body> is parsed, i.e.
 * before anything can be painted.
 */
function recordThemeAtFirstBody(): void {
  const w = window as unknown as { __themeAtBody?: string };
  new MutationObserver((records, observer) => {
    if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'BODY'))) return;
    w.__themeAtBody = document.documentElement.dataset.theme ?? 'none';
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

const suite = useBrowserSuite({
  prepare: async (context) => {
    await context.addInitScript(recordThemeAtFirstBody);
    context.on('request', (request) => requests.push(request.url()));
  },
});

async function open(path: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await suite.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.goto(`${suite.url}${path}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const isDark = (rgb: string) =>
  (rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .reduce((a, b) => a + b, 0) /
    3 <
  128;

describe('appearance in Chromium', () => {
  it('has Chromium installed', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
  });

  describe('type', () => {
    it(
      'sets Vietnamese text in Be Vietnam Pro, loaded from the site itself',
      async () => {
        const page = await open(ARTICLE);
        const fonts = await page.evaluate(() =>
          [...document.fonts]
            .filter((f) => f.status === 'loaded')
            .map((f) => `${f.family.replace(/"/g, '')} ${f.weight}`),
        );
        expect(new Set(fonts)).toEqual(new Set(['Be Vietnam Pro 400', 'Be Vietnam Pro 700']));
        expect(await page.evaluate(() => document.fonts.check('17px "Be Vietnam Pro"', 'Ưởng Đắk Lắk Ặ Ỹ'))).toBe(true);
        const fontFiles = requests.filter((url) => url.endsWith('.woff2'));
        expect(fontFiles.length).toBeGreaterThanOrEqual(2);
        expect(requests.filter((url) => !url.startsWith(`${suite.url}/`))).toEqual([]);
      },
      TIMEOUT,
    );

    it(
      'keeps article lines at about 65–75 characters on a wide screen',
      async () => {
        const page = await open(ARTICLE);
        const perLine = await page.evaluate(() => {
          const paragraph = [...document.querySelectorAll('.prose p')].reduce((a, b) =>
            (b.textContent ?? '').length > (a.textContent ?? '').length ? b : a,
          );
          const text = paragraph.firstChild as Text;
          const range = document.createRange();
          const lines = new Map<number, number>();
          for (let i = 0; i < text.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? 0) + 1);
          }
          return [...lines.values()].slice(0, -1);
        });
        expect(perLine.length).toBeGreaterThanOrEqual(3);
        const average = perLine.reduce((a, b) => a + b, 0) / perLine.length;
        expect(average, `characters per line: ${perLine.join(', ')}`).toBeGreaterThanOrEqual(65);
        expect(average, `characters per line: ${perLine.join(', ')}`).toBeLessThanOrEqual(75);
      },
      TIMEOUT,
    );

    it(
      'reads on a phone: body text of at least 16px, roomy lines for stacked marks, no sideways scrolling',
      async () => {
        const page = await open(ARTICLE, { width: 360 });
        const metrics = await page.evaluate(() => {
          const style = getComputedStyle(document.querySelector('.prose p:not(.photo-caption)')!);
          return {
            size: parseFloat(style.fontSize),
            lineHeight: parseFloat(style.lineHeight),
            overflow: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        expect(metrics.size).toBeGreaterThanOrEqual(16);
        expect(metrics.lineHeight / metrics.size).toBeGreaterThanOrEqual(1.6);
        expect(metrics.overflow).toBeLessThanOrEqual(0);
      },
      TIMEOUT,
    );
  });

  describe('keyboard', () => {
    it(
      'shows the skip link on the first Tab and moves focus to the main content',
      async () => {
        const page = await open(ARTICLE);
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          return {
            text: el.textContent,
            visible: box.left >= 0 && box.top >= 0 && box.width > 0 && box.right <= window.innerWidth,
          };
        });
        expect(skip).toEqual({ text: 'Bỏ qua, đến nội dung chính', visible: true });
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      },
      TIMEOUT,
    );

    it(
      'draws a visible focus ring on links and buttons, in both themes',
      async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await open(ARTICLE, { colorScheme });
          await page.keyboard.press('Tab');
          await page.keyboard.press('Tab');
          const ring = await page.evaluate(() => {
            const style = getComputedStyle(document.activeElement!);
            return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
          });
          expect(ring.style, colorScheme).toBe('solid');
          expect(ring.width, colorScheme).toBeGreaterThanOrEqual(2);
        }
      },
      TIMEOUT,
    );
  });

  describe('theme', () => {
    it(
      'follows the system and offers a toggle named in Vietnamese',
      async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await open(ARTICLE, { colorScheme });
          await page.evaluate(() => localStorage.clear());
          await page.reload();
          const toggle = page.getByRole('button', { name: 'Giao diện tối' });
          expect(await toggle.isVisible(), colorScheme).toBe(true);
          expect(await toggle.getAttribute('aria-pressed'), colorScheme).toBe(String(colorScheme === 'dark'));
          expect(isDark(await pageBackground(page)), colorScheme).toBe(colorScheme === 'dark');
        }
      },
      TIMEOUT,
    );

    it(
      'switches with the toggle, remembers the choice and applies it before the first paint',
      async () => {
        const page = await open(ARTICLE, { colorScheme: 'light' });
        await page.evaluate(() => localStorage.clear());
        const toggle = page.getByRole('button', { name: 'Giao diện tối' });
        await toggle.click();
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(isDark(await pageBackground(page))).toBe(true);
        expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

        // Another page of the site, system still light: dark from the start.
        const next = await open('/dia-phuong/', { colorScheme: 'light' });
        expect(await next.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).toBe('dark');
        expect(isDark(await pageBackground(next))).toBe(true);
        const nextToggle = next.getByRole('button', { name: 'Giao diện tối' });
        expect(await nextToggle.getAttribute('aria-pressed')).toBe('true');

        // Back to light, with the keyboard this time.
        await nextToggle.focus();
        await next.keyboard.press('Enter');
        expect(await nextToggle.getAttribute('aria-pressed')).toBe('false');
        expect(isDark(await pageBackground(next))).toBe(false);
        await next.reload();
        expect(await next.evaluate(() => (window as unknown as { __themeAtBody?: string }).__themeAtBody)).toBe(
          'light',
        );
        await next.evaluate(() => localStorage.clear());
      },
      TIMEOUT,
    );
  });

  describe('print', () => {
    it(
      'prints the article alone, black on white, with outside link addresses, whatever the theme',
      async () => {
        const page = await open(ARTICLE, { colorScheme: 'dark' });
        await page.evaluate(() => {
          const link = Object.assign(document.createElement('a'), {
            href: 'https://baohaugiang.com.vn/bai-goc.html',
            textContent: 'bài gốc',
          });
          const figure = document.createElement('figure');
          document.querySelector('.prose p:not(.photo-caption)')!.append(' ', link);
          document.querySelector('.prose')!.append(figure);
        });
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        const printed = await page.evaluate(() => {
          const shown = (selector: string) =>
            [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
          const prose = getComputedStyle(document.querySelector('.prose p:not(.photo-caption)')!);
          return {
            hidden: [
              '.site-header',
              '.site-header nav',
              '.header-search',
              '.site-footer',
              '.related',
              '.neighbours',
              '.breadcrumbs',
            ].filter((s) => shown(s)),
            articleShown: shown('.article h1') && shown('.prose'),
            colour: prose.color,
            background: getComputedStyle(document.documentElement).backgroundColor,
            outside: getComputedStyle(document.querySelector('.prose a[href^="https://"]')!, '::after').content,
            inside: getComputedStyle(document.querySelector('.article__header a[href^="/"]')!, '::after').content,
            figure: getComputedStyle(document.querySelector('.prose figure')!).breakInside,
          };
        });
        expect(printed).toEqual({
          hidden: [],
          articleShown: true,
          colour: 'rgb(0, 0, 0)',
          background: 'rgb(255, 255, 255)',
          outside: '" (https://baohaugiang.com.vn/bai-goc.html)"',
          inside: 'none',
          figure: 'avoid',
        });
      },
      TIMEOUT,
    );
  });
});
