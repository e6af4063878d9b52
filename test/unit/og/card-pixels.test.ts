import { describe, expect, it } from 'vitest';
import { cardPalette, hexColour, RAMP_LEVELS, stampInk, toIndices } from '../../../src/og/card-pixels.ts';

const palette = cardPalette([
  { ink: [0, 0, 0], under: [255, 255, 255] },
  { ink: [255, 255, 255], under: [164, 22, 26] },
]);
const colourOf = (index: number) => [...palette.colours.subarray(index * 3, index * 3 + 3)];

describe('card palette', () => {
  it('reads #rrggbb colours', () => {
    expect(hexColour('#a4161a')).toEqual([164, 22, 26]);
    expect(() => hexColour('red')).toThrow();
  });

  it('runs each ramp from its background to its ink', () => {
    expect(colourOf(palette.ramps[0]![0]!)).toEqual([255, 255, 255]);
    expect(colourOf(palette.ramps[0]![RAMP_LEVELS - 1]!)).toEqual([0, 0, 0]);
    expect(colourOf(palette.ramps[1]![RAMP_LEVELS - 1]!)).toEqual([255, 255, 255]);
    expect(palette.colours.length).toBe(2 * RAMP_LEVELS * 3);
  });

  it('maps pixels to the nearest palette colour', () => {
    const indices = toIndices(Uint8Array.from([250, 250, 250, 165, 20, 27, 3, 3, 3]), palette);
    expect([...indices].map(colourOf)).toEqual([
      [255, 255, 255],
      [164, 22, 26],
      [0, 0, 0],
    ]);
  });
});

describe('stampInk', () => {
  it('writes the ramp level of each covered pixel, leaves uncovered ones, cuts what falls outside', () => {
    const indices = new Uint8Array(4).fill(palette.ramps[0]![0]!);
    const ink = { width: 2, height: 2, data: Uint8Array.from([0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 255]) };
    stampInk(indices, 2, 2, ink, 1, 0, palette.ramps[0]!);
    expect([...indices]).toEqual([
      palette.ramps[0]![0],
      palette.ramps[0]![RAMP_LEVELS - 1],
      palette.ramps[0]![0],
      palette.ramps[0]![8],
    ]);
  });
});
