/**
 * Hostile and broken input: each case ends either in a build failure whose message names the file and
 * the field (or line), or in a correct page. Never a silent loss, never an unsafe page. The policy for
 * each case is written down in docs/huong-dan-bien-tap.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite, runAstro } from '../helpers/site.ts';

const article = (frontmatter: string, body = 'Nội dung bài viết.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const basic = (extra = '', body?: string) =>
  article(`title: "Bài kiểm tra"\ndate: 2024-05-20\nlocality: Thanh Hóa${extra ? `\n${extra}` : ''}`, body);

interface FailureCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** What the message must name: the file, then each field or place. */
  mentions: string[];
  message: RegExp;
}

const tinyPng = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#a4161a' } })
  .png()
  .toBuffer();

const failures: FailureCase[] = [
  {
    name: 'malformed YAML',
    files: {
      'yaml-hong.md': '---\ntitle: "Chưa đóng ngoặc\ndate: 2024-05-20\nlocality: [Thanh Hóa\n---\n\nNội dung.\n',
    },
    mentions: ['yaml-hong.md'],
    message: /YAML|yaml/,
  },
  {
    name: 'every field with the wrong type',
    files: {
      'sai-kieu.md': article(
        [
          'title: 2024',
          'sapo: [một, hai]',
          'date: [2024]',
          'dateNote: 12',
          'updated: true',
          'locality: 42',
          'resolutions: 22-NQ/TW',
          'topics: Đảng viên',
          'source: 5',
          'author: [Nguyễn Văn A]',
          'coverAlt: 3',
          'draft: "có"',
        ].join('\n'),
      ),
    },
    mentions: [
      'sai-kieu.md',
      'title',
      'sapo',
      'date',
      'dateNote',
      'updated',
      'locality',
      'resolutions',
      'topics',
      'source',
      'author',
      'coverAlt',
      'draft',
    ],
    message: /phải là/,
  },
  {
    name: 'empty body',
    files: { 'than-bai-trong.md': basic('', '') },
    mentions: ['than-bai-trong.md'],
    message: /thân bài trống/,
  },
  {
    name: 'binary file named .md',
    files: { 'nhi-phan.md': Buffer.concat([tinyPng, Buffer.from([0, 0, 0])]) },
    mentions: ['nhi-phan.md'],
    message: /nhị phân/,
  },
  {
    name: 'legacy TCVN3 text',
    files: {
      'tcvn3.md': article(
        'title: "Thanh Ho¸ tæ chøc héi nghÞ"\ndate: 2024-05-20\nlocality: Thanh Hóa',
        'Ban Th­êng vô TØnh ñy Thanh Ho¸ tæ chøc héi nghÞ s¬ kÕt c«ng t¸c x©y dùng §¶ng.',
      ),
    },
    mentions: ['tcvn3.md'],
    message: /bảng mã cũ/,
  },
  {
    name: 'missing cover image',
    files: { 'thieu-anh-bia/index.md': basic('cover: ./khong-co.jpg\ncoverAlt: "Ảnh"') },
    mentions: ['thieu-anh-bia/index.md', 'cover', 'khong-co.jpg'],
    message: /không tìm thấy ảnh bìa/,
  },
  {
    name: 'missing image in the body',
    files: { 'thieu-anh/index.md': basic('', 'Mở đầu.\n\n![Quang cảnh hội nghị](./khong-co.png)') },
    mentions: ['content/articles/thieu-anh/index.md:9', 'khong-co.png'],
    message: /không tìm thấy ảnh/,
  },
  {
    name: 'picture without a description',
    files: { 'anh-khong-mo-ta/index.md': basic('', 'Mở đầu.\n\n![](./anh.png)'), 'anh-khong-mo-ta/anh.png': tinyPng },
    mentions: ['content/articles/anh-khong-mo-ta/index.md:9', 'anh.png'],
    message: /cần có mô tả/,
  },
  {
    name: 'script in the body',
    files: { 'chen-ma.md': basic('', 'Đoạn một.\n\n<script>alert("x")</script>\n\nĐoạn hai.') },
    mentions: ['content/articles/chen-ma.md:9', '<script>'],
    message: /không dùng mã HTML/,
  },
  {
    name: 'markup copied from a web page',
    files: { 'the-html.md': basic('', 'Đoạn một <span onclick="steal()">bấm</span> tiếp.') },
    mentions: ['content/articles/the-html.md'],
    message: /không dùng mã HTML/,
  },
  {
    name: 'link to an article that does not exist',
    files: {
      'lien-ket-hong.md': basic('', 'Đoạn một.\n\nXem [bài trước](/bai-viet/khong-co-bai-nay/).'),
      'ban-nhap.md': basic('draft: true'),
      'lien-ket-nhap.md': basic('', '[Bài nháp](/bai-viet/ban-nhap/)'),
    },
    mentions: [
      'content/articles/lien-ket-hong.md:9',
      '/bai-viet/khong-co-bai-nay/',
      'content/articles/lien-ket-nhap.md:7',
      'bản nháp',
    ],
    message: /Lỗi liên kết giữa các bài \(2\)/,
  },
  {
    name: 'link that runs a script',
    files: { 'lien-ket-ma.md': basic('', '[Bấm vào đây](javascript:alert(1))') },
    mentions: ['content/articles/lien-ket-ma.md:7'],
    message: /chạy mã/,
  },
];

describe('bad input fails the build, naming the file and the field', { concurrent: true, timeout: 120_000 }, () => {
  it.each(failures)('$name', async ({ name, files, mentions, message }) => {
    const site = createSite(`bad-${name.replace(/\W+/g, '-')}`, { articles: files });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(false);
    for (const mention of mentions) expect(output, output).toContain(mention);
    expect(output).toMatch(message);
  });
});

const ONE_MB_PARAGRAPHS = Array.from(
  { length: 2600 },
  (_, i) =>
    `Đoạn ${i + 1}: Đảng bộ tỉnh tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng, chất lượng đội ngũ đảng viên, đổi mới nội dung sinh hoạt chi bộ theo tinh thần các nghị quyết.`,
);

describe('odd but acceptable input gives a correct page', { timeout: 180_000 }, () => {
  let dist = '';
  const page = (slug: string) => readFileSync(join(dist, 'bai-viet', slug, 'index.html'), 'utf8');

  beforeAll(async () => {
    const site = createSite('bad-input-pages', {
      articles: {
        'rat-dai.md': basic('', ONE_MB_PARAGRAPHS.join('\n\n')),
        'Hội Nghị Đảng Bộ Tỉnh Lần 2.md': basic(),
        'nfd.md': article(
          `title: "${'Đảng bộ Thanh Hóa tổng kết'.normalize('NFD')}"\ndate: 2024-05-20\nlocality: ${'Thanh Hóa'.normalize('NFD')}`,
          'Hội nghị tổng kết công tác xây dựng Đảng.'.normalize('NFD'),
        ),
        'cach-bo-dau-cu.md': article(
          'title: "Thanh Hoá hoà giải ở cơ sở"\ndate: 2024-05-20\nlocality: Thanh Hoá',
          'Công tác hoà giải ở Thanh Hoá.',
        ),
        'tieu-de-co-ma.md': article(
          'title: "<script>alert(1)</script> Hội nghị & \\"tổng kết\\" </script>"\nsapo: "<img src=x onerror=alert(1)>"\ndate: 2024-05-20\nlocality: Thanh Hóa\nauthor: "</script><script>alert(2)</script>"',
        ),
        'ghi-chu.md': basic('', 'Đoạn một.\n\n<!-- ghi chú: chờ ảnh của phóng viên -->\n\nĐoạn hai.'),
        'van-ban-trung-so.md': basic(
          'resolutions:\n  - 21-NQ/TW',
          'Thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.',
        ),
        'van-ban-la.md': basic('resolutions:\n  - 99-NQ/TW'),
      },
    });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    dist = join(site, 'dist');
  }, 180_000);

  it('publishes a 1 MB article whole', () => {
    const html = page('rat-dai');
    expect(html).toContain('Đoạn 1:');
    expect(html).toContain('Đoạn 2600:');
  });

  it('gives a file named with spaces, capitals and tone marks a folded address', () => {
    expect(existsSync(join(dist, 'bai-viet/hoi-nghi-dang-bo-tinh-lan-2/index.html'))).toBe(true);
  });

  it('turns NFD text into NFC in title, province and body', () => {
    const html = page('nfd');
    expect(html).toContain('<h1>Đảng bộ Thanh Hóa tổng kết</h1>');
    expect(html).toContain('Hội nghị tổng kết công tác xây dựng Đảng.');
    expect(html).toContain('/dia-phuong/thanh-hoa/');
    expect(html.normalize('NFC')).toBe(html);
  });

  it('keeps the other tone-mark placement as written and files it under the right province', () => {
    const html = page('cach-bo-dau-cu');
    expect(html).toContain('Công tác hoà giải ở Thanh Hoá.');
    expect(readFileSync(join(dist, 'dia-phuong/thanh-hoa/index.html'), 'utf8')).toContain('/bai-viet/cach-bo-dau-cu/');
  });

  it('shows markup in frontmatter as text, everywhere it appears', () => {
    const html = page('tieu-de-co-ma');
    // Inside a quoted attribute value `<` is text; outside one it would be markup.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hội nghị &amp;');
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      expect(json).not.toMatch(/<\/script|<script/i);
      expect(() => {
        JSON.parse(json!);
      }).not.toThrow();
    }
    expect(readFileSync(join(dist, 'index.html'), 'utf8').replace(/="[^"]*"/g, '=""')).not.toMatch(
      /<script>alert|<img src=x/,
    );
  });

  it('drops HTML comments from the page', () => {
    expect(page('ghi-chu')).not.toContain('chờ ảnh của phóng viên');
  });

  it('resolves a number shared by several documents with the article date', () => {
    expect(page('van-ban-trung-so')).toContain('href="/van-ban/21-nq-tw-2022/"');
  });

  it('gives a document missing from the registry a page titled by its number', () => {
    expect(page('van-ban-la')).toContain('/van-ban/99-nq-tw/');
    expect(existsSync(join(dist, 'van-ban/99-nq-tw/index.html'))).toBe(true);
  });
});
