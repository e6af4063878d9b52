/**
 * A clean built site: every page is valid HTML, ids are unique, every picture has alt text, and every
 * internal link and #anchor leads somewhere. Feeds and the sitemap are parsed in seo.test.ts.
 */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listFiles, read, resolves, urlOf } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const pages = listFiles(dist, '.html').map((file) => ({ file, url: urlOf(dist, file), html: read(file) }));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Article titles are the newspapers' own, often longer than this search-snippet heuristic allows.
    'long-title': 'off',
  },
});

const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

/** The file serving a root-relative URL path. */
function fileFor(path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

describe('a clean built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('is valid HTML on every page', async () => {
    const problems: string[] = [];
    for (const { url, html } of pages) {
      const report = await validator.validateString(html, url);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${url}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never gives two elements of a page the same id', () => {
    for (const { url, html } of pages) {
      const ids = idsOf(html);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        url,
      ).toEqual([]);
    }
  });

  it('gives every picture a text alternative', () => {
    for (const { url, html } of pages) {
      for (const [img] of html.matchAll(/<img\b[^>]*>/g)) expect(img, url).toMatch(/\salt="[^"]*"/);
    }
  });

  it('leads every internal link and anchor somewhere', () => {
    const broken: string[] = [];
    for (const { url, html } of pages) {
      for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
        const href = raw!.replace(/&amp;/g, '&');
        if (/^[a-z]+:|^\/\//i.test(href)) continue;
        const target = new URL(href, `http://site${url}`);
        const path = decodeURI(target.pathname);
        if (!resolves(dist, path)) {
          broken.push(`${url} → ${href}`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && !idsOf(path === url ? html : read(fileFor(path))).includes(id))
          broken.push(`${url} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
