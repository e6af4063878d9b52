/**
 * Card pixels as palette indices. A card is flat colours and text of one colour over one background,
 * so its palette is a few ramps (ink over background at 16 levels of coverage); text is stamped onto
 * the indices by its coverage, at a fraction of the cost of compositing the whole 1200×630 canvas.
 */
export type Rgb = readonly [number, number, number];

export interface RgbaImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export const RAMP_LEVELS = 16;

export interface CardPalette {
  /** RGB triples. */
  colours: Uint8Array;
  /** For each ramp, the palette index of each coverage level (0: the background alone). */
  ramps: Uint8Array[];
}

export function hexColour(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Ramps from each background to its ink; at most 256 colours in all. */
export function cardPalette(ramps: ReadonlyArray<{ ink: Rgb; under: Rgb }>): CardPalette {
  if (ramps.length * RAMP_LEVELS > 256) throw new Error('too many ramps for one palette');
  const colours = new Uint8Array(ramps.length * RAMP_LEVELS * 3);
  const indices = ramps.map(({ ink, under }, r) =>
    Uint8Array.from({ length: RAMP_LEVELS }, (_, level) => {
      const index = r * RAMP_LEVELS + level;
      const coverage = level / (RAMP_LEVELS - 1);
      for (let c = 0; c < 3; c++) colours[index * 3 + c] = Math.round(ink[c]! * coverage + under[c]! * (1 - coverage));
      return index;
    }),
  );
  return { colours, ramps: indices };
}

/** Each RGB pixel as the index of the nearest palette colour (used once per build, on the card's fixed part). */
export function toIndices(rgb: Uint8Array, palette: CardPalette): Uint8Array {
  const count = palette.colours.length / 3;
  const nearest = new Map<number, number>();
  const indices = new Uint8Array(rgb.length / 3);
  for (let p = 0; p < indices.length; p++) {
    const [r, g, b] = [rgb[p * 3]!, rgb[p * 3 + 1]!, rgb[p * 3 + 2]!];
    const key = (r << 16) | (g << 8) | b;
    let best = nearest.get(key);
    if (best === undefined) {
      let bestDistance = Infinity;
      for (let i = 0; i < count; i++) {
        const d =
          (palette.colours[i * 3]! - r) ** 2 +
          (palette.colours[i * 3 + 1]! - g) ** 2 +
          (palette.colours[i * 3 + 2]! - b) ** 2;
        if (d < bestDistance) [best, bestDistance] = [i, d];
      }
      nearest.set(key, best!);
    }
    indices[p] = best!;
  }
  return indices;
}

/** Stamps text (its alpha is the coverage) at `left`/`top` with a ramp; parts outside are cut. */
export function stampInk(
  indices: Uint8Array,
  width: number,
  height: number,
  ink: RgbaImage,
  left: number,
  top: number,
  ramp: Uint8Array,
): void {
  const rows = Math.min(ink.height, height - top);
  const columns = Math.min(ink.width, width - left);
  for (let y = Math.max(0, -top); y < rows; y++) {
    for (let x = Math.max(0, -left); x < columns; x++) {
      const level = Math.round((ink.data[(y * ink.width + x) * 4 + 3]! * (RAMP_LEVELS - 1)) / 255);
      if (level > 0) indices[(top + y) * width + left + x] = ramp[level]!;
    }
  }
}
