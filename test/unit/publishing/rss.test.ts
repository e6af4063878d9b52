import { describe, expect, it } from 'vitest';
import { escapeXml, renderRss, type RssItem } from '../../../src/lib/publishing/rss.ts';
import { parseVnDateTime } from '../../../src/lib/dates/vn-date.ts';
import { child, childrenNamed, parseXml, textOf } from '../../helpers/xml.ts';

function vn(raw: string): Date {
  const parsed = parseVnDateTime(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.date;
}

const item = (title: string, date: string, categories: string[] = []): RssItem => ({
  title,
  link: `https://example.vn/bai-viet/${date}/`,
  description: `Tóm tắt ${title}`,
  pubDate: vn(date),
  categories,
});

const channel = (items: RssItem[]) => ({
  title: 'Hậu Giang | Sổ tay',
  link: 'https://example.vn/dia-phuong/hau-giang/',
  selfUrl: 'https://example.vn/dia-phuong/hau-giang/rss.xml',
  description: 'Tin ở tỉnh Hậu Giang.',
  items,
});

describe('escapeXml', () => {
  it('escapes markup characters and keeps Vietnamese text as it is', () => {
    expect(escapeXml(`"Đảng & Dân" <b>'x'</b>`)).toBe('&quot;Đảng &amp; Dân&quot; &lt;b&gt;&apos;x&apos;&lt;/b&gt;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops characters XML 1.0 cannot carry, keeping tabs, newlines and emoji', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('a\tb\nc\rd 🇻🇳')).toBe('a\tb\nc\rd 🇻🇳');
  });
});

describe('renderRss', () => {
  const tricky = `Hội nghị "Đảng & Dân" <trực tuyến> 'mở rộng'\u0007`;
  const xml = renderRss(
    channel([
      item('Cũ', '2013-06-15'),
      item(tricky, '2021-12-06T08:09', ['Hậu Giang', 'Nghị quyết 22-NQ/TW']),
      item('Giữa', '2020-01-01T23:30'),
    ]),
  );
  const rss = parseXml(xml);
  const ch = child(rss, 'channel')!;
  const items = childrenNamed(ch, 'item');

  it('writes a well-formed RSS 2.0 channel in Vietnamese that names its own address', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(rss.name).toBe('rss');
    expect(rss.attributes).toEqual({ version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' });
    expect(textOf(ch, 'title')).toBe('Hậu Giang | Sổ tay');
    expect(textOf(ch, 'link')).toBe('https://example.vn/dia-phuong/hau-giang/');
    expect(textOf(ch, 'description')).toBe('Tin ở tỉnh Hậu Giang.');
    expect(textOf(ch, 'language')).toBe('vi');
    expect(child(ch, 'atom:link')?.attributes).toEqual({
      href: 'https://example.vn/dia-phuong/hau-giang/rss.xml',
      rel: 'self',
      type: 'application/rss+xml',
    });
  });

  it('lists items newest first, dated in Vietnam time, and dates the channel by its newest item', () => {
    expect(items.map((i) => textOf(i, 'pubDate'))).toEqual([
      'Mon, 06 Dec 2021 08:09:00 +0700',
      'Wed, 01 Jan 2020 23:30:00 +0700',
      'Sat, 15 Jun 2013 00:00:00 +0700',
    ]);
    expect(textOf(ch, 'lastBuildDate')).toBe('Mon, 06 Dec 2021 08:09:00 +0700');
  });

  it('gives each item its permalink as link and guid, its summary and its categories', () => {
    const first = items[0]!;
    expect(textOf(first, 'link')).toBe('https://example.vn/bai-viet/2021-12-06T08:09/');
    expect(child(first, 'guid')).toMatchObject({
      attributes: { isPermaLink: 'true' },
      text: 'https://example.vn/bai-viet/2021-12-06T08:09/',
    });
    expect(childrenNamed(first, 'category').map((c) => c.text)).toEqual(['Hậu Giang', 'Nghị quyết 22-NQ/TW']);
    expect(childrenNamed(items[1]!, 'category')).toEqual([]);
  });

  it('carries titles with quotes, ampersands and angle brackets through unchanged', () => {
    expect(textOf(items[0]!, 'title')).toBe(`Hội nghị "Đảng & Dân" <trực tuyến> 'mở rộng'`);
    expect(textOf(items[0]!, 'description')).toBe(`Tóm tắt Hội nghị "Đảng & Dân" <trực tuyến> 'mở rộng'`);
  });

  it('writes an empty feed without a build date rather than inventing one', () => {
    const empty = child(parseXml(renderRss(channel([]))), 'channel')!;
    expect(child(empty, 'lastBuildDate')).toBeUndefined();
    expect(childrenNamed(empty, 'item')).toEqual([]);
  });
});
