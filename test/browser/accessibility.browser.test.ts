/**
 * axe-core in Chromium on the main kinds of page, in the light and the dark theme: no violation of
 * WCAG 2.1 A or AA. Pages come from the real build (test/global-setup.ts) served from dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../helpers/browser-suite.ts';
import { CHROMIUM_MISSING } from '../helpers/chromium.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const TIMEOUT = 60_000;
const AXE_SOURCE = readFileSync(join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const PAGES: Array<{ name: string; path: string; ready?: (page: Page) => Promise<unknown> }> = [
  { name: 'home', path: '/' },
  {
    name: 'article',
    path: '/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
  },
  { name: 'provinces (maps)', path: '/dia-phuong/' },
  { name: 'archive (timeline)', path: '/luu-tru/' },
  { name: 'province', path: '/dia-phuong/hau-giang/' },
  { name: 'document hub', path: '/van-ban/22-nq-tw-2008/' },
  {
    name: 'search with results',
    path: `/tim-kiem/?q=${encodeURIComponent('đảng viên')}`,
    ready: (page) =>
      page.waitForFunction(
        () => /^\d+ kết quả/.test(document.querySelector('[data-status]')?.textContent?.trim() ?? ''),
        null,
        { timeout: 30_000 },
      ),
  },
  { name: '404', path: '/trang-khong-co/' },
];

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** axe's violations, one block per rule with the failing elements and why, for a readable failure. */
function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`);
      if (v.nodes.length > 5) nodes.push(`    … and ${v.nodes.length - 5} more elements`);
      return [`[${v.id}] (${v.impact}) ${v.help}`, ...nodes].join('\n');
    })
    .join('\n');
}

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, WCAG_21_AA);
}

// axe is the test's own script, injected inline: the site's Content-Security-Policy would block it.
const suite = useBrowserSuite({ bypassCSP: true });

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('has Chromium installed', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      for (const { name, path, ready } of PAGES) {
        it(
          name,
          async () => {
            const page = await suite.newPage();
            await page.emulateMedia({ colorScheme: theme });
            await page.goto(`${suite.url}${path}`);
            await ready?.(page);
            await page.evaluate(() => document.fonts.ready);
            const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
            const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
            expect((r! + g! + b!) / 3 > 128 ? 'light' : 'dark', `page background ${background}`).toBe(theme);

            const violations = await axeViolations(page);
            expect(violations.length, `${path} (${theme}):\n${describeViolations(violations)}`).toBe(0);
          },
          TIMEOUT,
        );
      }
    });
  }
});
