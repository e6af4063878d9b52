import { describe, expect, it } from 'vitest';
import { blendOnto } from '../../src/og/blend.ts';

const canvas = (width: number, height: number, rgb: [number, number, number]) => ({
  width,
  height,
  data: Uint8Array.from({ length: width * height * 3 }, (_, i) => rgb[i % 3]!),
});

describe('blendOnto', () => {
  it('covers with opaque ink, leaves transparent ink out, mixes half-transparent ink', () => {
    const picture = canvas(3, 1, [200, 100, 0]);
    const ink = { width: 3, height: 1, data: Uint8Array.from([10, 20, 30, 255, 10, 20, 30, 0, 0, 0, 0, 128]) };
    blendOnto(picture, ink, 0, 0);
    expect([...picture.data]).toEqual([10, 20, 30, 200, 100, 0, 100, 50, 0]);
  });

  it('places ink at its offset and cuts what falls outside', () => {
    const picture = canvas(2, 2, [0, 0, 0]);
    const ink = { width: 2, height: 2, data: new Uint8Array(16).fill(255) };
    blendOnto(picture, ink, 1, 1);
    expect([...picture.data]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 255]);
  });
});
