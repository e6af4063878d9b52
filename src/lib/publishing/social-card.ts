/**
 * Social cards (the 1200×630 picture a link preview shows): what a card says, its layout, the Pango
 * markup of its texts, the title size, and the cache key. Drawing is in src/og/render-card.ts.
 */
import { createHash } from 'node:crypto';
import { formatVnLongDate } from '../dates/vn-date.ts';

/** Bump when the drawing changes, so cached cards of the old design are not reused. */
export const CARD_DESIGN_VERSION = 2;

export const CARD_LAYOUT = {
  width: 1200,
  height: 630,
  /** Left and right margin of every text. */
  margin: 80,
  /** Red band along the top edge. */
  topBand: 14,
  /** Baseline area of the site name, below the top band. */
  siteNameTop: 62,
  /** The title is centred vertically between these two lines. */
  titleTop: 150,
  titleBottom: 500,
  /** Red band along the bottom edge, holding the province and date. */
  footerTop: 530,
} as const;

export const CARD_COLOURS = {
  background: '#fbf7f0',
  brand: '#a4161a',
  title: '#1d1d1f',
  accent: '#d4a017',
  footerText: '#ffffff',
} as const;

/** Title sizes in points (pixels at 72 dpi), largest first; the largest that fits is used. */
export const TITLE_SIZES = [64, 58, 52, 46, 42] as const;
export const TITLE_LINE_HEIGHT = 1.22;
export const TITLE_WIDTH = CARD_LAYOUT.width - 2 * CARD_LAYOUT.margin;
export const TITLE_MAX_HEIGHT = CARD_LAYOUT.titleBottom - CARD_LAYOUT.titleTop;
/** Be Vietnam Pro Bold: an average Vietnamese title glyph is about half an em wide. */
const AVERAGE_GLYPH_EM = 0.52;
/** Word wrapping leaves part of each line empty. */
const WRAP_SLACK = 1.1;

export interface SocialCard {
  title: string;
  /** The line in the bottom band, e.g. `Hậu Giang · Thứ Hai, 06/12/2021`; empty for none. */
  footer: string;
}

export function articleCard(title: string, provinceName: string, date: Date): SocialCard {
  return { title, footer: `${provinceName} · ${formatVnLongDate(date)}` };
}

/** Pango markup treats `&`, `<` and `>` as syntax. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An invisible glyph pair that reaches above a stacked capital mark and below a descender. sharp
 * crops a text to its ink, so two texts meant to share a baseline get the same ink height only if
 * both carry it.
 */
const STRUT = '<span fgalpha="1">Ẫ|</span>';

/** One line of text whose crop always has the same height and baseline; `strutAt` is the side left free. */
export function lineMarkup(text: string, colour: string, sizePt: number, strutAt: 'start' | 'end'): string {
  const escaped = escapeMarkup(text.normalize('NFC'));
  const content = strutAt === 'start' ? `${STRUT}${escaped}` : `${escaped}${STRUT}`;
  return `<span foreground="${colour}" size="${sizePt}pt">${content}</span>`;
}

/** The site name above the title, in spaced capitals. */
export function siteNameMarkup(name: string): string {
  return `<span foreground="${CARD_COLOURS.brand}" size="26pt" letter_spacing="1536">${escapeMarkup(name.normalize('NFC').toLocaleUpperCase('vi'))}</span>`;
}

/**
 * The title, its last two words joined by a no-break space so that the last line is never one short
 * word, and no line break after a hyphen inside a word (`21-KL/TW`, `Bà Rịa-Vũng Tàu`).
 */
export function titleMarkup(title: string, sizePt: number): string {
  const text = escapeMarkup(title.normalize('NFC').trim().replace(/\s+/g, ' '))
    .replace(/(?<=\S)-(?=\S)/g, '-\u2060')
    .replace(/ (\S+)$/, '\u00a0$1');
  return `<span foreground="${CARD_COLOURS.title}" size="${sizePt}pt" line_height="${TITLE_LINE_HEIGHT}">${text}</span>`;
}

/** Estimated height in pixels of a title set at a size, wrapped to the title width. */
export function estimatedTitleHeight(title: string, sizePt: number): number {
  const perLine = Math.floor(TITLE_WIDTH / (sizePt * AVERAGE_GLYPH_EM));
  const lines = Math.max(1, Math.ceil((title.length * WRAP_SLACK) / perLine));
  return lines * sizePt * TITLE_LINE_HEIGHT;
}

/**
 * The title sizes worth trying, largest first: from the largest the estimate says fits down to the
 * smallest. The renderer measures each and keeps the first that really fits, so the estimate only
 * saves renders and never decides alone.
 */
export function titleSizesToTry(title: string): number[] {
  const first = TITLE_SIZES.findIndex((size) => estimatedTitleHeight(title, size) <= TITLE_MAX_HEIGHT);
  return TITLE_SIZES.slice(first === -1 ? TITLE_SIZES.length - 1 : first);
}

/** The title cut to its first `words` words, with an ellipsis: for titles too long even at the smallest size. */
export function shortenTitle(title: string, words: number): string {
  const all = title.trim().split(/\s+/);
  if (words >= all.length) return title;
  return `${all
    .slice(0, Math.max(1, words))
    .join(' ')
    .replace(/[,;:.\s–-]+$/, '')}…`;
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** The cache key of a card: its content, the design version and the fonts it is drawn with. */
export function cardKey(card: SocialCard, fontDigest: string): string {
  return createHash('sha256')
    .update(
      JSON.stringify([CARD_DESIGN_VERSION, fontDigest, card.title.normalize('NFC'), card.footer.normalize('NFC')]),
    )
    .digest('hex')
    .slice(0, 32);
}
