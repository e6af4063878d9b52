import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../../src/og/indexed-png.ts';

describe('encodeIndexedPng', () => {
  it('writes a PNG that decodes to the palette colours of each pixel', async () => {
    const palette = Uint8Array.from([251, 247, 240, 164, 22, 26, 255, 255, 255]);
    const indices = Uint8Array.from([0, 1, 2, 2, 1, 0]);
    const png = encodeIndexedPng(indices, 3, 2, palette);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
    const expected = [...indices].flatMap((i) => [...palette.subarray(i * 3, i * 3 + 3)]);
    expect([...data]).toEqual(expected);
  });

  it('refuses a pixel count that does not match the size, and an oversized palette', () => {
    expect(() => encodeIndexedPng(new Uint8Array(5), 3, 2, new Uint8Array(3))).toThrow(/pixels/);
    expect(() => encodeIndexedPng(new Uint8Array(6), 3, 2, new Uint8Array(257 * 3))).toThrow(/palette/);
  });
});
