/**
 * Alpha-blends text ink onto an RGB picture in place. Compositing with sharp costs about ten times
 * more per card because it works on the whole 1200×630 canvas; the ink covers a fraction of it.
 */
export interface RgbaImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface RgbCanvas {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Blends `ink` (straight, not premultiplied, alpha) at `left`/`top` onto `canvas`; parts outside are cut. */
export function blendOnto(canvas: RgbCanvas, ink: RgbaImage, left: number, top: number): void {
  const rows = Math.min(ink.height, canvas.height - top);
  const columns = Math.min(ink.width, canvas.width - left);
  for (let y = Math.max(0, -top); y < rows; y++) {
    for (let x = Math.max(0, -left); x < columns; x++) {
      const from = (y * ink.width + x) * 4;
      const alpha = ink.data[from + 3]!;
      if (alpha === 0) continue;
      const to = ((top + y) * canvas.width + left + x) * 3;
      for (let c = 0; c < 3; c++) {
        const under = canvas.data[to + c]!;
        canvas.data[to + c] = Math.round((ink.data[from + c]! * alpha + under * (255 - alpha)) / 255);
      }
    }
  }
}
