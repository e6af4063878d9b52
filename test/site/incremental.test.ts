/**
 * Incremental builds (astro.config.mjs `experimental.incrementalBuild`, src/lib/publishing/page-cache-key.ts): after
 * one article is edited, a second build re-renders the pages that show it (its own page, the pages that
 * list it among related articles, its province, archive, topic and document lists) and copies the rest.
 * A cache key that missed some data would leave a page showing the old title: this checks them all.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/generate-articles.ts';
import { articleSlug } from '../../src/lib/articles/article-files.ts';
import { listFiles, urlOf } from '../helpers/dist.ts';
import { createSite, runAstro } from '../helpers/site.ts';

const OLD_TITLE = /\(bài 7\)/;
const NEW_TITLE = 'Tiêu đề đã sửa của bài bảy';

let dist = '';
let before = new Map<string, string>();
let rebuildOutput = '';
let editedUrl = '';

function pages(): Map<string, string> {
  return new Map(listFiles(dist, '.html').map((file) => [urlOf(dist, file), readFileSync(file, 'utf8')]));
}

beforeAll(async () => {
  const generated = generateArticles(60);
  const site = createSite('incremental', {
    articles: Object.fromEntries(generated.map(({ path, content }) => [path, content])),
  });
  dist = join(site, 'dist');
  const first = await runAstro('build', site);
  expect(first.ok, first.output).toBe(true);
  before = pages();

  const edited = generated[6]!;
  editedUrl = `/bai-viet/${articleSlug(edited.path)}/`;
  const file = join(site, 'content/articles', edited.path);
  const source = readFileSync(file, 'utf8');
  const title = /^title: (.*)$/m.exec(source)![1]!;
  expect(title).toMatch(OLD_TITLE);
  writeFileSync(file, source.replace(`title: ${title}`, `title: "${NEW_TITLE}"`));
  const second = await runAstro('build', site);
  expect(second.ok, second.output).toBe(true);
  rebuildOutput = second.output;
}, 240_000);

describe('a rebuild after editing one article', () => {
  it('shows the new title on every page that showed the old one, and the old one nowhere', () => {
    const showing = [...before].filter(([, html]) => OLD_TITLE.test(html)).map(([url]) => url);
    // The article itself, pages listing it as related, and its province, archive, topic and home lists.
    expect(showing).toContain(editedUrl);
    expect(showing.length).toBeGreaterThan(5);
    const after = pages();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const url of showing) expect(after.get(url), url).toContain(NEW_TITLE);
    for (const [url, html] of after) expect(html, url).not.toMatch(OLD_TITLE);
  });

  it('copies most pages from the previous build instead of rendering them', () => {
    const routes = rebuildOutput.split('\n').filter((line) => /[├└]─ \//.test(line));
    const copied = routes.filter((line) => /\((cached|restored)\)/.test(line));
    expect(routes.length).toBeGreaterThan(100);
    expect(copied.length / routes.length).toBeGreaterThan(0.5);
  });
});
