/**
 * Social cards drawn by the real renderer (sharp, Pango, the Be Vietnam Pro TTF): Vietnamese stacked
 * marks are drawn, every title stays inside its area, and the cache draws a card only once.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_COLOURS, CARD_LAYOUT, type SocialCard } from '../../src/lib/publishing/social-card.ts';
import { cachedCard, missingCards } from '../../src/og/card-cache.ts';
import { drawInWorkers } from '../../src/og/card-workers.ts';
import { fontDigest, renderCard } from '../../src/og/render-card.ts';

const FOOTER = 'Đắk Lắk · Thứ Hai, 06/12/2021';
const TIMEOUT = 30_000;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  pixels: number;
}

function hexRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The bounding box of pixels in rows [top, bottom) that differ clearly from `background`. */
async function inkBox(png: Buffer, top: number, bottom: number, background: string): Promise<Box | undefined> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = hexRgb(background);
  let box: Box | undefined;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 96) continue;
      box ??= { left: x, top: y, right: x, bottom: y, pixels: 0 };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      box.pixels++;
    }
  }
  return box;
}

const draw = (title: string) => renderCard({ title, footer: FOOTER }, 'Sổ tay Xây dựng Đảng', 'sotayxaydungdang.vn');

/** The ink of the title: everything drawn between the site name's rule and the bottom band. */
async function titleInk(title: string): Promise<Box> {
  const png = await draw(title);
  const box = await inkBox(png, CARD_LAYOUT.titleTop - 20, CARD_LAYOUT.footerTop, CARD_COLOURS.background);
  if (!box) throw new Error(`no ink for the title "${title}"`);
  return box;
}

const height = (box: Box) => box.bottom - box.top + 1;

describe('card drawing', () => {
  it(
    'is a 1200×630 PNG',
    async () => {
      const meta = await sharp(await draw('Ở')).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    },
    TIMEOUT,
  );

  it(
    'draws each hard title inside the title area',
    async () => {
      const { margin, width, titleTop, titleBottom } = CARD_LAYOUT;
      for (const title of ['Ở', 'Ỹ', 'Ặ', 'Ưởng', 'Đắk Lắk']) {
        const box = await titleInk(title);
        expect(box.pixels, title).toBeGreaterThan(200);
        expect(box.left, title).toBeGreaterThanOrEqual(margin - 4);
        expect(box.right, title).toBeLessThan(width - margin);
        expect(box.top, title).toBeGreaterThanOrEqual(titleTop);
        expect(box.bottom, title).toBeLessThan(titleBottom);
      }
    },
    TIMEOUT,
  );

  it(
    'stacks the marks: a letter with marks has taller ink than the bare letter',
    async () => {
      const pairs = [
        ['Ở', 'O'],
        ['Ở', 'Ơ'],
        ['Ỹ', 'Y'],
        ['Ặ', 'Ă'],
        ['Ặ', 'Ạ'],
        ['Ưởng', 'Uong'],
        ['Đắk Lắk', 'Dak Lak'],
      ] as const;
      for (const [marked, bare] of pairs) {
        const [withMarks, without] = await Promise.all([titleInk(marked), titleInk(bare)]);
        expect(height(withMarks), `${marked} vs ${bare}`).toBeGreaterThan(height(without) + 4);
      }
    },
    TIMEOUT,
  );

  it(
    'draws a stacked letter as one glyph, as wide as its base letter',
    async () => {
      const [stacked, base] = await Promise.all([titleInk('Ặ'), titleInk('A')]);
      expect(Math.abs(stacked.right - stacked.left - (base.right - base.left))).toBeLessThanOrEqual(4);
    },
    TIMEOUT,
  );

  it(
    'shrinks and, if need be, shortens long titles so they stay inside the title area',
    async () => {
      const long =
        'Đắk Lắk tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII và Kết luận 21-KL/TW về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh';
      for (const title of [long, `${long}; ${long}; ${long}`]) {
        const box = await titleInk(title);
        expect(box.top).toBeGreaterThanOrEqual(CARD_LAYOUT.titleTop);
        expect(box.bottom).toBeLessThan(CARD_LAYOUT.titleBottom);
        expect(box.right).toBeLessThan(CARD_LAYOUT.width - CARD_LAYOUT.margin);
        expect(height(box)).toBeGreaterThan(200);
      }
    },
    TIMEOUT,
  );

  it(
    'writes the province and date in the bottom band',
    async () => {
      const [withFooter, without] = await Promise.all([
        draw('Ở'),
        renderCard({ title: 'Ở', footer: '' }, 'Sổ tay Xây dựng Đảng', 'sotayxaydungdang.vn'),
      ]);
      const band = (png: Buffer) => inkBox(png, CARD_LAYOUT.footerTop, CARD_LAYOUT.height, CARD_COLOURS.brand);
      const [text, domainOnly] = await Promise.all([band(withFooter), band(without)]);
      expect(text!.left).toBeLessThanOrEqual(CARD_LAYOUT.margin + 2);
      expect(domainOnly!.left).toBeGreaterThan(CARD_LAYOUT.width / 2);
    },
    TIMEOUT,
  );
});

describe('card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'social-cards-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let renders = 0;
  const options = (digest: string) => ({
    dir,
    fontDigest: digest,
    render: (card: SocialCard) => {
      renders++;
      return renderCard(card, 'Sổ tay Xây dựng Đảng', 'sotayxaydungdang.vn');
    },
  });
  const card: SocialCard = { title: 'Đắk Lắk: Ưởng', footer: FOOTER };

  it(
    'draws a card once, then reads it from disk',
    async () => {
      const first = await cachedCard(card, options(fontDigest()));
      expect(renders).toBe(1);
      const [file] = readdirSync(dir);
      expect(file).toMatch(/^[0-9a-f]{32}\.png$/);
      const written = statSync(join(dir, file!)).mtimeMs;

      const second = await cachedCard({ ...card }, options(fontDigest()));
      expect(renders).toBe(1);
      expect(second.equals(first)).toBe(true);
      expect(statSync(join(dir, file!)).mtimeMs).toBe(written);
    },
    TIMEOUT,
  );

  it(
    'draws a new card when the title or the fonts change',
    async () => {
      await cachedCard({ ...card, title: 'Đắk Lắk: Ưởng (sửa)' }, options(fontDigest()));
      expect(renders).toBe(2);
      await cachedCard(card, options('other-fonts'));
      expect(renders).toBe(3);
      expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(3);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('cards drawn on worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'card-workers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const siteName = 'Sổ tay Xây dựng Đảng';
  const host = 'sotayxaydungdang.vn';
  const cards: SocialCard[] = [
    { title: 'Đắk Lắk: Ưởng', footer: FOOTER },
    { title: 'Hậu Giang nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng', footer: FOOTER },
    { title: 'Ở Ỹ Ặ', footer: '' },
  ];

  it(
    'fills the cache with exactly the cards the build would draw itself, and leaves the drawn ones out',
    async () => {
      const settings = { dir, fontDigest: fontDigest(), siteName, host };
      expect(missingCards(cards, settings)).toEqual(cards);
      await drawInWorkers(cards, settings, 2);
      expect(missingCards(cards, settings)).toEqual([]);
      for (const card of cards) {
        const fromWorker = await cachedCard(card, { ...settings, render: () => Promise.reject(new Error('drawn')) });
        expect(fromWorker.equals(await renderCard(card, siteName, host)), card.title).toBe(true);
      }
    },
    TIMEOUT,
  );
});
