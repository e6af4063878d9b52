/**
 * Sharing on an article page, under the site's Content-Security-Policy: the copy button appears, copies
 * the article's address and says so; the Facebook link is a plain link; nothing is fetched from another host.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../helpers/browser-suite.ts';
import { CHROMIUM_MISSING } from '../helpers/chromium.ts';

const ARTICLE = '/bai-viet/chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu/';

const suite = useBrowserSuite({
  prepare: (context, url) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url }),
});

describe('share links', () => {
  it('has Chromium installed', () => {
    expect(suite.started, CHROMIUM_MISSING).toBe(true);
  });

  it('copies the article address with the button, within the CSP', async () => {
    const page = await suite.newPage();
    const violations: string[] = [];
    const outside: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(suite.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(`${suite.url}${ARTICLE}`);
    const copy = page.getByRole('button', { name: 'Sao chép liên kết' });
    await copy.click();
    await expect.poll(() => page.locator('[data-share-status]').textContent()).toBe('Đã sao chép liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`https://sotayxaydungdang.vn${ARTICLE}`);
    const facebook = page.getByRole('link', { name: 'Facebook' });
    expect(await facebook.getAttribute('href')).toMatch(/^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
  }, 60_000);
});
