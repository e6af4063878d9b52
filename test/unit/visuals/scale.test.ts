import { describe, expect, it } from 'vitest';
import { classLabel, shadeScale } from '../../../src/lib/visuals/scale.ts';

describe('shade scale', () => {
  it('keeps 0 for "no article" and splits 1..max into equal ranges', () => {
    const scale = shadeScale(8);
    expect(scale.legend.map(classLabel)).toEqual(['0', '1–2', '3–4', '5–6', '7–8']);
    expect([0, 1, 2, 3, 6, 7, 8, 9].map((n) => scale.shadeOf(n))).toEqual([0, 1, 1, 2, 3, 4, 4, 4]);
  });

  it('drops empty ranges when there are few articles, and gives the most the darkest class', () => {
    const scale = shadeScale(2);
    expect(scale.legend).toEqual([
      { shade: 0, from: 0, to: 0 },
      { shade: 2, from: 1, to: 1 },
      { shade: 4, from: 2, to: 2 },
    ]);
    expect(scale.shadeOf(2)).toBe(4);
    expect(scale.shadeOf(1)).toBe(2);
  });

  it('puts every count in the class whose range holds it', () => {
    for (const max of [1, 3, 5, 13, 100]) {
      const scale = shadeScale(max);
      for (let n = 1; n <= max; n++) {
        const c = scale.legend.find((k) => k.shade === scale.shadeOf(n))!;
        expect(n).toBeGreaterThanOrEqual(c.from);
        expect(n).toBeLessThanOrEqual(c.to);
      }
    }
  });

  it('shades nothing on an empty map', () => {
    expect(shadeScale(0).legend).toEqual([{ shade: 0, from: 0, to: 0 }]);
    expect(shadeScale(0).shadeOf(0)).toBe(0);
  });
});
