/**
 * Incremental builds (astro.config.mjs `experimental.incrementalBuild`, src/lib/publishing/page-cache-key.ts): after
 * a change, a second build re-renders the pages whose data changed and copies the rest. Whatever it
 * copies, its output must be the output of a cold build of the same content, byte for byte: each change
 * below (an edited title, an added article, a deleted article, a changed document registry) is built
 * incrementally in one site copy and from nothing in another, and the two dist/ folders are compared.
 */
import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/generate-articles.ts';
import { articleSlug } from '../../src/lib/articles/article-files.ts';
import { differingFiles, fileDigests, listFiles, urlOf } from '../helpers/dist.ts';
import { createSite, runAstro } from '../helpers/site.ts';

const OLD_TITLE = /\(bài 7\)/;
const NEW_TITLE = 'Tiêu đề đã sửa của bài bảy';
const BUILD_TIMEOUT = 240_000;

const generated = generateArticles(61);
const initial = generated.slice(0, 60);
let site = '';
let dist = '';

function pages(): Map<string, string> {
  return new Map(listFiles(dist, '.html').map((file) => [urlOf(dist, file), readFileSync(file, 'utf8')]));
}

/** Builds the site copy again (reusing its previous build) and returns the build output. */
async function rebuild(): Promise<string> {
  const result = await runAstro('build', site);
  expect(result.ok, result.output).toBe(true);
  return result.output;
}

/** Files whose bytes differ between the rebuilt site and a cold build of the same content in a fresh copy. */
async function differencesFromColdBuild(): Promise<string[]> {
  const cold = createSite('incremental-cold');
  rmSync(join(cold, 'content'), { recursive: true, force: true });
  cpSync(join(site, 'content'), join(cold, 'content'), { recursive: true });
  const result = await runAstro('build', cold);
  expect(result.ok, result.output).toBe(true);
  return differingFiles(fileDigests(dist), fileDigests(join(cold, 'dist')));
}

beforeAll(async () => {
  site = createSite('incremental', {
    articles: Object.fromEntries(initial.map(({ path, content }) => [path, content])),
  });
  dist = join(site, 'dist');
  const first = await runAstro('build', site);
  expect(first.ok, first.output).toBe(true);
}, BUILD_TIMEOUT);

describe('a rebuild after editing one article', () => {
  let before = new Map<string, string>();
  let output = '';
  const edited = initial[6]!;
  const editedUrl = `/bai-viet/${articleSlug(edited.path)}/`;

  beforeAll(async () => {
    before = pages();
    const file = join(site, 'content/articles', edited.path);
    const source = readFileSync(file, 'utf8');
    const title = /^title: (.*)$/m.exec(source)![1]!;
    expect(title).toMatch(OLD_TITLE);
    writeFileSync(file, source.replace(`title: ${title}`, `title: "${NEW_TITLE}"`));
    output = await rebuild();
  }, BUILD_TIMEOUT);

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
    const routes = output.split('\n').filter((line) => /[├└]─ \//.test(line));
    const copied = routes.filter((line) => /\((cached|restored)\)/.test(line));
    expect(routes.length).toBeGreaterThan(100);
    expect(copied.length / routes.length).toBeGreaterThan(0.5);
  });

  it(
    'writes exactly what a cold build writes',
    async () => {
      expect(await differencesFromColdBuild()).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});

describe('the rebuilt site equals a cold build', () => {
  it(
    'after an article is added',
    async () => {
      const added = generated[60]!;
      writeFileSync(join(site, 'content/articles', added.path), added.content);
      await rebuild();
      expect(pages().has(`/bai-viet/${articleSlug(added.path)}/`)).toBe(true);
      expect(await differencesFromColdBuild()).toEqual([]);
    },
    2 * BUILD_TIMEOUT,
  );

  it(
    'after an article is deleted',
    async () => {
      const deleted = initial[10]!;
      unlinkSync(join(site, 'content/articles', deleted.path));
      await rebuild();
      expect(pages().has(`/bai-viet/${articleSlug(deleted.path)}/`)).toBe(false);
      expect(await differencesFromColdBuild()).toEqual([]);
    },
    2 * BUILD_TIMEOUT,
  );

  it(
    'after a document of the registry is renamed',
    async () => {
      const registry = join(site, 'content/documents.json');
      const text = readFileSync(registry, 'utf8');
      const title = 'Về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng';
      expect(text).toContain(title);
      writeFileSync(registry, text.replace(title, 'Về nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng (tên đã sửa)'));
      await rebuild();
      expect(pages().get('/van-ban/22-nq-tw-2008/') ?? '').toContain('(tên đã sửa)');
      expect(await differencesFromColdBuild()).toEqual([]);
    },
    2 * BUILD_TIMEOUT,
  );
});
