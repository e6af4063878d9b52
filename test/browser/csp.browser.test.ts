/**
 * The Content-Security-Policy in Chromium: every kind of page works under it with no violation reported
 * (search with its WebAssembly and worker, the theme toggle, the header search shortcut), every page
 * carries it, no page asks another host for anything, and an injected inline script is refused.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { useBrowserSuite } from '../helpers/browser-suite.ts';
import { CHROMIUM_MISSING } from '../helpers/chromium.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { serveDirectory } from '../helpers/static-server.ts';

const TIMEOUT = 60_000;
const dist = join(PROJECT_ROOT, 'dist');
const ARTICLE = '/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/';
const PAGES = [
  '/',
  ARTICLE,
  '/dia-phuong/',
  '/dia-phuong/hau-giang/',
  '/van-ban/',
  '/van-ban/22-nq-tw-2008/',
  '/van-ban/21-nq-tw/',
  '/chu-de/',
  '/luu-tru/',
  '/luu-tru/2021/',
  '/khong-co-trang-nay/',
];

let injectedCopy: string | undefined;
const violations: string[] = [];
const foreignRequests: string[] = [];

/** Runs in every page before its scripts: reports each CSP violation to the test. */
function reportViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as { __reportViolation?: (text: string) => void }).__reportViolation;
    report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} on ${location.pathname}`);
  });
}

const suite = useBrowserSuite({
  prepare: async (context) => {
    await context.exposeFunction('__reportViolation', (text: string) => violations.push(text));
    await context.addInitScript(reportViolations);
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
        foreignRequests.push(request.url());
    });
  },
});

async function open(path: string, base = suite.url): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`${base}${path}`);
  return page;
}

afterAll(() => {
  if (injectedCopy) rmSync(injectedCopy, { recursive: true, force: true });
});

describe('Content-Security-Policy', () => {
  it('has Chromium installed', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
  });

  it('is on every built page, before any script', () => {
    for (const file of listFiles(dist, '.html')) {
      const html = readFileSync(file, 'utf8');
      const meta = html.indexOf('http-equiv="Content-Security-Policy"');
      expect(meta, file).toBeGreaterThan(0);
      const firstScript = html.indexOf('<script');
      if (firstScript >= 0) expect(meta, file).toBeLessThan(firstScript);
    }
  });

  it(
    'reports no violation on any kind of page, and nothing is fetched from another host',
    { timeout: TIMEOUT },
    async () => {
      for (const path of PAGES) {
        const page = await open(path);
        await page.waitForLoadState('networkidle');
      }
      const article = await open(ARTICLE);
      await article.getByRole('button', { name: 'Giao diện tối' }).click();
      await article.keyboard.press('/');
      expect(await article.evaluate(() => document.activeElement?.id)).toBe('header-q');
      expect(violations).toEqual([]);
      expect(foreignRequests).toEqual([]);
    },
  );

  it('lets search run under it: WebAssembly, worker and index files', { timeout: TIMEOUT }, async () => {
    const page = await open('/tim-kiem/?q=22-NQ%2FTW');
    await page.locator('[data-results] .result').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('refuses an inline script that was not built with the page', { timeout: TIMEOUT }, async () => {
    injectedCopy = mkdtempSync(join(tmpdir(), 'csp-injected-'));
    cpSync(join(dist, 'index.html'), join(injectedCopy, 'index.html'));
    const html = readFileSync(join(injectedCopy, 'index.html'), 'utf8');
    writeFileSync(
      join(injectedCopy, 'index.html'),
      html.replace('</main>', '<script>document.title = "bị chèn"</script></main>'),
    );
    const injected = await serveDirectory(injectedCopy);
    const page = await open('/', injected.url);
    try {
      await page.waitForLoadState('load');
      expect(await page.title()).not.toBe('bị chèn');
      expect(violations.some((v) => v.startsWith('script-src') && v.includes('inline'))).toBe(true);
    } finally {
      violations.length = 0;
      await injected.close();
    }
  });
});
