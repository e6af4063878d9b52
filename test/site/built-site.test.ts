/** The real site, built by test/global-setup.ts: every article has its page and every link resolves. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSlug, frontmatterText, isArticleFile, rawScalar } from '../../src/lib/articles/article-files.ts';
import { internalLinks, listFiles, read, resolves, urlOf } from '../helpers/dist.ts';
import { jsonLdBlocks } from '../helpers/head.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const pages = listFiles(dist, '.html');
const articleFiles = readdirSync(join(PROJECT_ROOT, 'content/articles'), { recursive: true })
  .map(String)
  .filter(isArticleFile)
  .filter((file) => rawScalar(frontmatterText(read(join(PROJECT_ROOT, 'content/articles', file))), 'draft') !== 'true');
const page = (url: string) => read(join(dist, url, 'index.html'));

describe('built site', () => {
  it('has exactly one page per published article file', () => {
    const built = pages
      .map((file) => urlOf(dist, file))
      .filter((url) => /^\/bai-viet\/[^/]+\/$/.test(url))
      .sort();
    const expected = articleFiles.map((file) => `/bai-viet/${articleSlug(file)}/`).sort();
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(built).toEqual(expected);
  });

  it('declares Vietnamese on every page', () => {
    for (const file of pages) expect(read(file), file).toMatch(/<html lang="vi"/);
  });

  it('has no internal link or asset that leads nowhere', () => {
    const broken = pages.flatMap((file) =>
      internalLinks(read(file))
        .filter((url) => !resolves(dist, url))
        .map((url) => `${urlOf(dist, file)} → ${url}`),
    );
    expect(broken).toEqual([]);
  });

  it('sends no JavaScript with article pages beyond the theme script, the header search shortcut and sharing', () => {
    const allowed = ['type="application/ld+json"', 'data-theme-script', 'data-header-search', 'data-share-script'];
    for (const file of pages.filter((f) => urlOf(dist, f).startsWith('/bai-viet/'))) {
      const scripts = [...read(file).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!.trim());
      expect(
        scripts.filter((attrs) => !allowed.includes(attrs)),
        file,
      ).toEqual([]);
      expect(read(file), file).not.toMatch(/<script[^>]*\ssrc=/);
    }
  });
});

describe('article page', () => {
  const html = page('/bai-viet/chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu/');

  it('dates the article the Vietnamese way, in Vietnam time', () => {
    expect(html).toContain('Thứ Hai, 06/12/2021 08:09');
    expect(html).toContain('datetime="2021-12-06T08:09:00+07:00"');
  });

  it('offers no "Sửa bài này" link while the site config names no git host', () => {
    expect(html).not.toContain('Sửa bài này');
  });

  it('links the province, names district, commune, source and byline', () => {
    expect(html).toMatch(/<a href="\/dia-phuong\/hau-giang\/">Hậu Giang<\/a>/);
    expect(html).toContain('thị trấn Nàng Mau, huyện Vị Thủy');
    expect(html).toContain('Báo Hậu Giang');
    expect(html).toContain('Bài, ảnh: TRƯỜNG SƠN');
    expect(html).toMatch(
      /<p class="photo-caption"[^>]*>Đảng ủy thị trấn Nàng Mau thực hiện tốt quy chế làm việc đã đề ra\. \(Ảnh tư liệu\)<\/p>/,
    );
  });

  it('turns document references in the body into links, including short back-references', () => {
    const hg = page('/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/');
    expect(hg).toMatch(/<a href="\/van-ban\/22-nq-tw-2008\/"[^>]*>Nghị quyết số 22-NQ\/TW<\/a>/);
    expect(hg).toMatch(/<a href="\/van-ban\/29-ct-tu-hau-giang-2013\/"[^>]*>Chỉ thị số 29<\/a>/);
    expect(hg).toMatch(/<a href="\/van-ban\/12-nq-tw-2012\/"[^>]*>Nghị quyết Trung ương 4 \(khóa XI\)<\/a>/);
  });

  it('carries breadcrumbs as a list and as JSON-LD', () => {
    const crumbs = jsonLdBlocks(html).find((block) => block['@type'] === 'BreadcrumbList') as
      { itemListElement: Array<{ name: string }> } | undefined;
    expect(crumbs?.itemListElement.map((i) => i.name)).toEqual([
      'Trang chủ',
      'Địa phương',
      'Hậu Giang',
      'Chỉ đạo tổ chức cơ sở đảng thực hiện tốt chức năng, nhiệm vụ',
    ]);
  });

  it('links every cited document to its page, keyed by year and, for local bodies, province', () => {
    const hg = page('/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/');
    expect(hg).toContain('href="/van-ban/22-nq-tw-2008/"');
    expect(hg).toContain('href="/van-ban/29-ct-tu-hau-giang-2013/"');
    expect(hg).toContain('Ngày đăng ước tính');
  });
});

describe('related articles and navigation', () => {
  it('relates the two articles citing 22-NQ/TW first, saying why', () => {
    const hg = page('/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/');
    const related = /<section class="related".*?<\/section>/s.exec(hg)?.[0] ?? '';
    const first = /<li>(.*?)<\/li>/s.exec(related)?.[1] ?? '';
    expect(first).toContain(
      '/bai-viet/huyen-thuong-xuan-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
    );
    expect(first).toContain('cùng trích dẫn Nghị quyết 22-NQ/TW');
    expect(related).toContain('cùng địa phương Hậu Giang');
  });

  it('links to the previous article of the same province', () => {
    const html = page('/bai-viet/chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu/');
    expect(html).toMatch(/<a href="\/bai-viet\/dang-bo-hau-giang-[^"]*" rel="prev">/);
  });
});

describe('archives', () => {
  it('groups articles by year and month in Vietnam time', () => {
    expect(page('/luu-tru/2021/thang-12/')).toContain(
      '/bai-viet/chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu/',
    );
    expect(page('/luu-tru/2013/')).toContain(
      '/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
    );
    expect(page('/luu-tru/')).toContain('href="/luu-tru/2023/thang-11/"');
  });
});

describe('province and document pages', () => {
  it('lists Hậu Giang articles on its own page and on Cần Thơ, its unit since 1/7/2025', () => {
    const ids = [
      'dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang',
      'chi-dao-to-chuc-co-so-dang-thuc-hien-tot-chuc-nang-nhiem-vu',
    ];
    const hauGiang = page('/dia-phuong/hau-giang/');
    const canTho = page('/dia-phuong/can-tho/');
    for (const id of ids) {
      expect(hauGiang).toContain(`/bai-viet/${id}/`);
      expect(canTho).toContain(`/bai-viet/${id}/`);
    }
    expect(hauGiang).toContain('từ 1/7/2025 thuộc thành phố Cần Thơ');
    expect(canTho).toContain('bài của Hậu Giang (trước 1/7/2025)');
  });

  it('lists both seed articles citing 22-NQ/TW on its page', () => {
    const html = page('/van-ban/22-nq-tw-2008/');
    expect(html).toContain(
      '/bai-viet/dang-bo-hau-giang-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
    );
    expect(html).toContain(
      '/bai-viet/huyen-thuong-xuan-nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chuc-co-so-dang/',
    );
    expect(html).toContain('02/02/2008');
  });

  it('separates documents that share a number and offers a disambiguation page', () => {
    const html = page('/van-ban/21-nq-tw/');
    for (const key of ['21-nq-tw-2008', '21-nq-tw-2017', '21-nq-tw-2022']) expect(html).toContain(`/van-ban/${key}/`);
  });
});
