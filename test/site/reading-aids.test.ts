/**
 * Reading aids on article pages: a table of contents from three subheadings (linking to the headings'
 * ids), "N phút đọc", and share links that load nothing from other hosts: a plain Facebook link, a copy
 * button and the Web Share API behind an inline script the CSP allows by hash.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, read, urlOf } from '../helpers/dist.ts';
import { createSite, PROJECT_ROOT, runAstro } from '../helpers/site.ts';

const article = (title: string, sections: number, paragraphsEach: number) => {
  const paragraph = 'Chi bộ sinh hoạt định kỳ, đảng viên phát huy vai trò tiên phong gương mẫu trong công tác. '.repeat(
    4,
  );
  const body = Array.from(
    { length: sections },
    (_, i) => `## Phần ${i + 1} của bài\n\n${Array.from({ length: paragraphsEach }, () => paragraph).join('\n\n')}\n`,
  ).join('\n');
  return `---\ntitle: "${title}"\ndate: 2024-03-04\nlocality:\n  province: Hậu Giang\n---\n\n${body}`;
};

describe('reading aids', { timeout: 240_000 }, () => {
  it('on the seed site: reading time, share links and no contents under three subheadings', () => {
    const dist = join(PROJECT_ROOT, 'dist');
    const pages = listFiles(dist, '.html').filter((f) => /^\/bai-viet\/[^/]+\/$/.test(urlOf(dist, f)));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const file of pages) {
      const html = read(file);
      expect(html, file).toMatch(/<span data-reading-time>\d+ phút đọc<\/span>/);
      const url = `https://sotayxaydungdang.vn${urlOf(dist, file)}`;
      expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}"`);
      expect(html).toContain('Sao chép liên kết');
      expect(html).toContain('navigator.share');
      // Nothing loaded from Facebook or any other host: no script, frame or picture from outside.
      expect(html).not.toMatch(/<(script|iframe|img)[^>]*\ssrc="https?:/);
      const subheadings = (html.slice(html.indexOf('<div class="prose">')).match(/<h2 id=/g) ?? []).length;
      if (subheadings < 3) expect(html).not.toContain('class="toc"');
    }
  });

  it('gives an article with three subheadings a table of contents, and its reading time', async () => {
    const site = createSite('reading-aids', {
      articles: { 'ba-phan.md': article('Bài có ba phần', 3, 6), 'hai-phan.md': article('Bài có hai phần', 2, 1) },
    });
    const { ok, output } = await runAstro('build', site);
    expect(ok, output).toBe(true);
    const three = read(join(site, 'dist/bai-viet/ba-phan/index.html'));
    const toc = three.slice(three.indexOf('<nav class="toc"'), three.indexOf('</nav>', three.indexOf('class="toc"')));
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!));
    expect(targets).toHaveLength(3);
    for (const id of targets) expect(three).toContain(`<h2 id="${id}"`);
    expect(toc).toContain('Nội dung bài');
    // 3 × 6 paragraphs of 4 × 19 syllables: 1,368 syllables, about 6 minutes at 230 a minute.
    expect(three).toContain('<span data-reading-time>6 phút đọc</span>');
    const two = read(join(site, 'dist/bai-viet/hai-phan/index.html'));
    expect(two).not.toContain('class="toc"');
    expect(two).toContain('<span data-reading-time>1 phút đọc</span>');
  });
});
