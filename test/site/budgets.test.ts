/**
 * Weight budget of article pages: the HTML plus every stylesheet and script it loads, each gzipped as
 * a host would send it, stays under 60 KB. Pictures and fonts are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles, urlOf } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const BUDGET = 60 * 1024;
const dist = join(PROJECT_ROOT, 'dist');
const articlePages = listFiles(dist, '.html').filter((file) => /^\/bai-viet\/[^/]+\/$/.test(urlOf(dist, file)));

/** URLs of the stylesheets and scripts a page loads (fonts and pictures excluded). */
function loadedAssets(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const links = (html.match(/<link\b[^>]*>/g) ?? [])
    .filter((tag) => /\srel="(?:stylesheet|modulepreload)"/.test(tag))
    .map((tag) => /\shref="([^"]+)"/.exec(tag)![1]!);
  return [...scripts, ...links];
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;

describe('article page weight', () => {
  const weights = articlePages.map((file) => {
    const html = readFileSync(file);
    const assets = loadedAssets(html.toString('utf8'));
    const total = gzipped(html) + assets.reduce((sum, url) => sum + gzipped(readFileSync(join(dist, url))), 0);
    return { page: urlOf(dist, file), assets, total };
  });

  it('counts the stylesheet every page links', () => {
    expect(weights.length).toBeGreaterThanOrEqual(5);
    for (const { page, assets } of weights)
      expect(
        assets.some((url) => url.endsWith('.css')),
        page,
      ).toBe(true);
  });

  it(`keeps the front page (lead story, latest, documents, regions) within ${BUDGET / 1024} KB compressed too`, () => {
    const file = join(dist, 'index.html');
    const html = readFileSync(file);
    const total =
      gzipped(html) +
      loadedAssets(html.toString('utf8')).reduce((sum, url) => sum + gzipped(readFileSync(join(dist, url))), 0);
    expect(total, `/: ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET);
  });

  it(`stays within ${BUDGET / 1024} KB compressed (HTML + CSS + JS) on every article page`, () => {
    const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
    expect(heaviest.total, `${heaviest.page}: ${(heaviest.total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET);
  });
});
