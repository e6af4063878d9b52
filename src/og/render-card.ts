/**
 * Draws a social card with sharp: texts are set by Pango with the Be Vietnam Pro TTF files (which
 * stack Vietnamese marks such as Ở, Ặ, Ưởng correctly) and composited onto the brand background.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp, { type Create, type OverlayOptions } from 'sharp';
import { cardPalette, hexColour, stampInk, toIndices, type RgbaImage } from './card-pixels.ts';
import { encodeIndexedPng } from './indexed-png.ts';
import {
  CARD_COLOURS,
  CARD_LAYOUT,
  lineMarkup,
  TITLE_MAX_HEIGHT,
  TITLE_WIDTH,
  shortenTitle,
  siteNameMarkup,
  titleMarkup,
  titleSizesToTry,
  wordCount,
  type SocialCard,
} from '../lib/publishing/social-card.ts';

const require = createRequire(import.meta.url);

const FONTS = {
  bold: {
    name: 'Be Vietnam Pro Bold',
    file: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
  },
  medium: {
    name: 'Be Vietnam Pro Medium',
    file: require.resolve('@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf'),
  },
} as const;

let digest: string | undefined;

/** A digest of the font files, part of every cache key: a font update redraws the cards. */
export function fontDigest(): string {
  digest ??= createHash('sha256')
    .update(readFileSync(FONTS.bold.file))
    .update(readFileSync(FONTS.medium.file))
    .digest('hex');
  return digest;
}

/** A transparent image of a text's ink, as wide as the text needs up to `width`. */
type TextImage = RgbaImage;

async function setText(markup: string, font: keyof typeof FONTS, width: number): Promise<TextImage> {
  const { data, info } = await sharp({
    text: { text: markup, font: FONTS[font].name, fontfile: FONTS[font].file, width, rgba: true, wrap: 'word' },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The title at the largest size that fits the title area; shortened with … if none does. */
async function setTitle(title: string): Promise<TextImage> {
  const sizes = titleSizesToTry(title);
  for (const size of sizes) {
    const image = await setText(titleMarkup(title, size), 'bold', TITLE_WIDTH);
    if (image.height <= TITLE_MAX_HEIGHT) return image;
  }
  // Too long even at the smallest size: keep as many words as fit (found by bisection, as each try is a render).
  const smallest = sizes[sizes.length - 1]!;
  const attempt = (words: number) => setText(titleMarkup(shortenTitle(title, words), smallest), 'bold', TITLE_WIDTH);
  let [fits, tooMany] = [1, wordCount(title)];
  let best = await attempt(fits);
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    const image = await attempt(middle);
    if (image.height <= TITLE_MAX_HEIGHT) [fits, best] = [middle, image];
    else tooMany = middle;
  }
  return best;
}

function box(width: number, height: number, colour: string): Create {
  return { width, height, channels: 4, background: colour };
}

/** Every colour a card uses: each text's ink over the background it sits on. */
const PALETTE = (() => {
  const [background, brand, title, accent, white] = [
    CARD_COLOURS.background,
    CARD_COLOURS.brand,
    CARD_COLOURS.title,
    CARD_COLOURS.accent,
    CARD_COLOURS.footerText,
  ].map(hexColour);
  return cardPalette([
    { ink: title!, under: background! },
    { ink: brand!, under: background! },
    { ink: accent!, under: background! },
    { ink: white!, under: brand! },
  ]);
})();
const TITLE_RAMP = PALETTE.ramps[0]!;
const FOOTER_RAMP = PALETTE.ramps[3]!;

/**
 * Everything that is the same on every card (background, bands, site name, accent, address), drawn
 * once per build and turned into palette indices: each card then costs its own texts and an encoding.
 */
const bases = new Map<string, Promise<Uint8Array>>();

function baseCard(siteName: string, host: string): Promise<Uint8Array> {
  const key = `${siteName} ${host}`;
  let base = bases.get(key);
  if (!base) bases.set(key, (base = drawBase(siteName, host)));
  return base;
}

async function drawBase(siteName: string, host: string): Promise<Uint8Array> {
  const { width, height, margin, topBand, siteNameTop, footerTop } = CARD_LAYOUT;
  const footerHeight = height - footerTop;
  const [name, domain] = await Promise.all([
    setText(siteNameMarkup(siteName), 'bold', TITLE_WIDTH),
    setText(lineMarkup(host, CARD_COLOURS.footerText, 24, 'start'), 'medium', 360),
  ]);
  const ink = (image: TextImage, top: number, left: number): OverlayOptions => ({
    input: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    raw: { width: image.width, height: image.height, channels: 4 },
    top,
    left,
  });
  const rgb = await sharp({ create: { width, height, channels: 3, background: CARD_COLOURS.background } })
    .composite([
      { input: { create: box(width, topBand, CARD_COLOURS.brand) }, top: 0, left: 0 },
      ink(name, siteNameTop, margin),
      { input: { create: box(96, 6, CARD_COLOURS.accent) }, top: siteNameTop + name.height + 16, left: margin },
      { input: { create: box(width, footerHeight, CARD_COLOURS.brand) }, top: footerTop, left: 0 },
      ink(domain, Math.round(footerTop + (footerHeight - domain.height) / 2), width - margin - domain.width),
    ])
    .removeAlpha()
    .raw()
    .toBuffer();
  return toIndices(rgb, PALETTE);
}

export async function renderCard(card: SocialCard, siteName: string, host: string): Promise<Buffer> {
  const { width, height, margin, titleTop, footerTop } = CARD_LAYOUT;
  const footerHeight = height - footerTop;
  const [base, title, footer] = await Promise.all([
    baseCard(siteName, host),
    setTitle(card.title),
    card.footer ? setText(lineMarkup(card.footer, CARD_COLOURS.footerText, 24, 'end'), 'medium', 760) : undefined,
  ]);
  const indices = new Uint8Array(base);
  stampInk(
    indices,
    width,
    height,
    title,
    margin,
    Math.round(titleTop + (TITLE_MAX_HEIGHT - title.height) / 2),
    TITLE_RAMP,
  );
  if (footer)
    stampInk(
      indices,
      width,
      height,
      footer,
      margin,
      Math.round(footerTop + (footerHeight - footer.height) / 2),
      FOOTER_RAMP,
    );
  return encodeIndexedPng(indices, width, height, PALETTE.colours);
}
