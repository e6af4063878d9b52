/** Social cards in the built site, and their cache across builds. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { socialCardUrl } from '../../src/lib/publishing/urls.ts';
import { listFiles, urlOf } from '../helpers/dist.ts';
import { PROJECT_ROOT, createSite, runAstro } from '../helpers/site.ts';

const dist = join(PROJECT_ROOT, 'dist');

async function expectCard(file: string): Promise<void> {
  const meta = await sharp(readFileSync(file)).metadata();
  expect([meta.format, meta.width, meta.height], file).toEqual(['png', 1200, 630]);
}

describe('social cards in the built site', () => {
  it('has a 1200×630 PNG for every article page and a default one', async () => {
    const slugs = listFiles(dist, '.html')
      .map((file) => /^\/bai-viet\/([^/]+)\/$/.exec(urlOf(dist, file))?.[1])
      .filter((slug) => slug !== undefined);
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    for (const url of [socialCardUrl(), ...slugs.map(socialCardUrl)]) await expectCard(join(dist, url));
    expect(readdirSync(join(dist, 'anh-chia-se'))).toHaveLength(slugs.length + 1);
  });
});

describe('social card cache across builds', () => {
  const slug = 'chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu';
  let site = '';
  const cache = () => join(site, 'node_modules/.cache/social-cards');
  const cachedFiles = () => new Map(readdirSync(cache()).map((f) => [f, statSync(join(cache(), f)).mtimeMs]));
  let first = new Map<string, number>();

  beforeAll(async () => {
    site = createSite('social-card-cache', { withSeedArticles: true });
    const { ok, output } = await runAstro('build', site);
    if (!ok) throw new Error(output);
    first = cachedFiles();
  }, 120_000);

  it('draws one card per article plus the default on a fresh build', () => {
    expect(first.size).toBe(6);
  });

  it('reuses every unchanged card and draws only the one whose title changed', async () => {
    const article = join(site, `content/articles/${slug}.md`);
    const source = readFileSync(article, 'utf8');
    writeFileSync(
      article,
      source.replace(
        /^title: ".*"$/m,
        'title: "Chỉ đạo tổ chức cơ sở đảng thực hiện tốt chức năng, nhiệm vụ (cập nhật)"',
      ),
    );
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);

    const second = cachedFiles();
    const added = [...second.keys()].filter((f) => !first.has(f));
    expect(added).toHaveLength(1);
    for (const [file, mtime] of first) expect(second.get(file), file).toBe(mtime);
    const built = readFileSync(join(site, 'dist', socialCardUrl(slug)));
    expect(built.equals(readFileSync(join(cache(), added[0]!)))).toBe(true);
  }, 120_000);
});
