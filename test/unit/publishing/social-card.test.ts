import { describe, expect, it } from 'vitest';
import {
  TITLE_MAX_HEIGHT,
  TITLE_SIZES,
  articleCard,
  cardKey,
  escapeMarkup,
  estimatedTitleHeight,
  lineMarkup,
  shortenTitle,
  titleMarkup,
  titleSizesToTry,
} from '../../../src/lib/publishing/social-card.ts';

const LONG =
  'Đắk Lắk tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII và Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh';

describe('card text', () => {
  it('says the province and the date in Vietnam time', () => {
    // 17:30 UTC on 5/12 is 00:30 on Monday 6/12 in Vietnam.
    expect(articleCard('Tiêu đề', 'Hậu Giang', new Date('2021-12-05T17:30:00Z'))).toEqual({
      title: 'Tiêu đề',
      footer: 'Hậu Giang · Thứ Hai, 06/12/2021',
    });
  });
});

describe('Pango markup', () => {
  it('escapes the characters Pango reads as markup', () => {
    expect(escapeMarkup('A & B <i>x</i> > 1')).toBe('A &amp; B &lt;i&gt;x&lt;/i&gt; &gt; 1');
  });

  it('keeps a title that looks like markup as text', () => {
    const markup = titleMarkup('Kết luận <span> & "Đảng"', 52);
    expect(markup).toMatch(/^<span foreground="#[0-9a-f]{6}" size="52pt" line_height="[\d.]+">/);
    expect(markup).toContain('Kết luận &lt;span&gt; &amp;\u00a0"Đảng"');
    expect(markup.match(/<span/g)).toHaveLength(1);
  });

  it('composes decomposed input, so marks are set as single glyphs', () => {
    const decomposed = 'Ưởng'.normalize('NFD');
    expect(decomposed).not.toBe('Ưởng');
    expect(titleMarkup(decomposed, 52)).toContain('>Ưởng<');
  });

  it('never leaves one word alone on the last line and never breaks after a hyphen in a word', () => {
    const markup = titleMarkup('  Triển khai  Kết luận 21-KL/TW ở Bà Rịa-Vũng Tàu ', 52);
    expect(markup).toContain('Triển khai Kết luận 21-\u2060KL/TW ở Bà Rịa-\u2060Vũng\u00a0Tàu<');
    expect(titleMarkup('Cán bộ - đảng viên', 52)).toContain('Cán bộ - đảng\u00a0viên');
  });

  it('pads one-line texts with an invisible strut on the side away from the alignment edge', () => {
    const end = lineMarkup('Hà Nội', '#ffffff', 24, 'end');
    const start = lineMarkup('sotay.vn', '#ffffff', 24, 'start');
    expect(end).toMatch(/^<span foreground="#ffffff" size="24pt">Hà Nội<span fgalpha="1">[^<]+<\/span><\/span>$/);
    expect(start).toMatch(/^<span foreground="#ffffff" size="24pt"><span fgalpha="1">[^<]+<\/span>sotay\.vn<\/span>$/);
  });
});

describe('title size', () => {
  it('tries the largest size first for a short title', () => {
    expect(titleSizesToTry('Ở')).toEqual([...TITLE_SIZES]);
  });

  it('starts lower for a longer title, always ending at the smallest size', () => {
    const medium = titleSizesToTry(
      'Lào Cai: 6 giải pháp nâng cao năng lực lãnh đạo, sức chiến đấu tổ chức cơ sở Đảng ở Mường Khương',
    );
    const long = titleSizesToTry(LONG);
    expect(long[0]!).toBeLessThan(medium[0]!);
    expect(medium.at(-1)).toBe(TITLE_SIZES.at(-1));
    expect(long.at(-1)).toBe(TITLE_SIZES.at(-1));
    expect(estimatedTitleHeight(LONG, long[0]!)).toBeLessThanOrEqual(TITLE_MAX_HEIGHT);
  });

  it('still offers the smallest size for a title too long for any', () => {
    expect(titleSizesToTry(LONG.repeat(4))).toEqual([TITLE_SIZES.at(-1)]);
  });
});

describe('shortened titles', () => {
  it('cuts at a word and ends with an ellipsis, without trailing punctuation', () => {
    expect(shortenTitle('Xây dựng, chỉnh đốn Đảng', 2)).toBe('Xây dựng…');
    expect(shortenTitle('Xây dựng, chỉnh đốn Đảng', 9)).toBe('Xây dựng, chỉnh đốn Đảng');
  });
});

describe('cache key', () => {
  const card = { title: 'Đắk Lắk', footer: 'Đắk Lắk · Thứ Hai, 06/12/2021' };

  it('is stable for the same card and fonts, whatever the Unicode form', () => {
    expect(cardKey(card, 'fonts-a')).toBe(cardKey({ ...card }, 'fonts-a'));
    expect(cardKey({ title: card.title.normalize('NFD'), footer: card.footer.normalize('NFD') }, 'fonts-a')).toBe(
      cardKey(card, 'fonts-a'),
    );
  });

  it('changes with the title, the footer and the fonts', () => {
    const keys = new Set([
      cardKey(card, 'fonts-a'),
      cardKey({ ...card, title: 'Đắk Nông' }, 'fonts-a'),
      cardKey({ ...card, footer: 'Đắk Lắk · Thứ Ba, 07/12/2021' }, 'fonts-a'),
      cardKey(card, 'fonts-b'),
    ]);
    expect(keys.size).toBe(4);
  });
});
