/**
 * Knowledge pages on a generated corpus: document references link only in prose (never inside links,
 * headings or code), MDX articles work like Markdown ones, and long lists paginate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite, runAstro } from '../helpers/site.ts';

const PROSE = [
  '---',
  'title: "Bài kiểm tra liên kết văn bản"',
  'date: 2024-03-10',
  'locality: Hà Nội',
  'resolutions: [22-NQ/TW]',
  '---',
  '',
  '## Thực hiện Nghị quyết số 22-NQ/TW ở cơ sở',
  '',
  'Các chi bộ quán triệt Nghị quyết số 22-NQ/TW ngày 2-2-2008. Xem thêm [Nghị quyết 22-NQ/TW trên báo](https://baohanoi.example/nq22) và mã `22-NQ/TW`.',
  '',
  '```',
  'Nghị quyết số 22-NQ/TW',
  '```',
  '',
].join('\n');

const MDX = [
  '---',
  'title: "Bài viết MDX"',
  'date: 2024-03-11',
  'locality: Hà Nội',
  'resolutions: ["Kết luận 21-KL/TW"]',
  '---',
  '',
  'Triển khai Kết luận số 21-KL/TW ngày 25/10/2021, năm thứ {2024 - 2021}.',
  '',
].join('\n');

function many(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    files[`nhieu/bai-${i}.md`] =
      `---\ntitle: "Bài số ${i} về Kết luận 21"\ndate: 2023-0${1 + (i % 9)}-${day}\nlocality: Sóc Trăng\nresolutions: [21-KL/TW]\n---\n\nĐảng bộ triển khai Kết luận số 21-KL/TW, lần ${i}.\n`;
  }
  return files;
}

let dist = '';
const page = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');

const COVER =
  '---\ntitle: "Bài có ảnh bìa"\ndate: 2024-03-12\nlocality: Hà Nội\ncover: ./anh-bia.png\ncoverAlt: "Hội nghị chi bộ"\n---\n\nNội dung.\n\n![Đảng viên phát biểu tại hội nghị](./anh-bia.png)\n';

beforeAll(async () => {
  const picture = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#a4161a' } })
    .png()
    .toBuffer();
  const site = createSite('knowledge-pages', {
    articles: {
      'lien-ket.md': PROSE,
      'bai-mdx.mdx': MDX,
      'bai-co-anh/index.md': COVER,
      'bai-co-anh/anh-bia.png': picture,
      ...many(25),
    },
  });
  const { ok, output } = await runAstro('build', site);
  if (!ok) throw new Error(output);
  dist = join(site, 'dist');
}, 180_000);

describe('document links in article bodies', () => {
  it('link prose mentions only, never inside headings, existing links or code', () => {
    const html = page('/bai-viet/lien-ket/');
    const body = /<div class="prose">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
    const links = [...body.matchAll(/<a href="\/van-ban\/[^"]*"[^>]*>(.*?)<\/a>/g)].map((m) => m[1]);
    expect(links).toEqual(['Nghị quyết số 22-NQ/TW']);
    expect(body).toMatch(/<h2[^>]*>Thực hiện Nghị quyết số 22-NQ\/TW ở cơ sở<\/h2>/);
    expect(body).toContain('<a href="https://baohanoi.example/nq22">Nghị quyết 22-NQ/TW trên báo</a>');
    expect(body).toContain('<code>22-NQ/TW</code>');
  });

  it('work in MDX articles too', () => {
    const html = page('/bai-viet/bai-mdx/');
    expect(html).toMatch(/<a href="\/van-ban\/21-kl-tw-2021\/"[^>]*>Kết luận số 21-KL\/TW<\/a>/);
    expect(html).toContain('năm thứ 3');
  });
});

describe('cover images', () => {
  it('become responsive AVIF and WebP pictures with their alt text and size', () => {
    const html = page('/bai-viet/bai-co-anh/');
    expect(html).toMatch(/<source[^>]*type="image\/avif"/);
    expect(html).toMatch(/<source[^>]*type="image\/webp"/);
    expect(html).toMatch(/<img[^>]*alt="Hội nghị chi bộ"[^>]*>/);
    expect(html).toMatch(/<img[^>]*width="\d+"[^>]*height="\d+"|<img[^>]*height="\d+"[^>]*width="\d+"/);
  });
});

describe('pictures in article bodies', () => {
  it('become responsive WebP images with alt text, width and height', () => {
    const prose = /<div class="prose">(.*?)<\/div>/s.exec(page('/bai-viet/bai-co-anh/'))?.[1] ?? '';
    const img = /<img[^>]*>/.exec(prose)?.[0] ?? '';
    expect(img).toContain('alt="Đảng viên phát biểu tại hội nghị"');
    expect(img).toMatch(/\swidth="1600"/);
    expect(img).toMatch(/\sheight="900"/);
    expect(img).toMatch(/srcset="[^"]*\.webp 640w[^"]*\.webp 1600w"/);
  });
});

describe('pagination of long lists', () => {
  it('splits a document page and a province page, newest first', () => {
    const first = page('/van-ban/21-kl-tw-2021/');
    expect(first).toContain('Bài viết trích dẫn (26)');
    expect(first).toContain('href="/van-ban/21-kl-tw-2021/2/"');
    expect(existsSync(join(dist, 'van-ban/21-kl-tw-2021/2/index.html'))).toBe(true);
    expect(page('/dia-phuong/soc-trang/')).toContain('href="/dia-phuong/soc-trang/2/"');
    const dates = [...first.matchAll(/datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('continues the home list at /trang/2/, linking back to the home page', () => {
    expect(page('/')).toContain('href="/trang/2/"');
    const second = page('/trang/2/');
    expect(second).toMatch(/<a href="\/" rel="prev">/);
    expect(second).toContain('href="/trang/3/"');
  });

  it('lists merged provinces’ articles on the page of their unit since 1/7/2025', () => {
    expect(page('/dia-phuong/can-tho/')).toContain('bài của Sóc Trăng (trước 1/7/2025)');
    expect(page('/dia-phuong/soc-trang/')).toContain('từ 1/7/2025 thuộc thành phố Cần Thơ');
  });
});
