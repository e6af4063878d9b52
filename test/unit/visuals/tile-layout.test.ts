import { describe, expect, it } from 'vitest';
import {
  ARCHIPELAGOS,
  GRID_COLUMNS,
  GRID_ROWS,
  TILE_CELLS,
  TILE_LABELS,
} from '../../../src/lib/visuals/tile-layout.ts';
import {
  PROVINCES_FROM_2025,
  PROVINCES_UNTIL_2025,
  predecessorsOf,
  provinceById,
} from '../../../src/lib/places/localities.ts';

const key = ([c, r]: readonly [number, number]) => `${c},${r}`;

describe('tile layout of the provinces', () => {
  it('has one square for each of the 63 units until 30/6/2025, and nothing else', () => {
    expect(Object.keys(TILE_CELLS).sort()).toEqual(PROVINCES_UNTIL_2025.map((p) => p.id).sort());
  });

  it('puts every square on the grid, no two on one place', () => {
    const cells = Object.values(TILE_CELLS);
    for (const [c, r] of cells) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThan(GRID_COLUMNS);
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(GRID_ROWS);
    }
    expect(new Set(cells.map(key)).size).toBe(63);
  });

  it('draws each of the 34 units from 1/7/2025 as one connected group of its constituents’ squares', () => {
    expect(PROVINCES_FROM_2025).toHaveLength(34);
    for (const unit of PROVINCES_FROM_2025) {
      const cells = [unit, ...predecessorsOf(unit)].map((p) => TILE_CELLS[p.id]!);
      const taken = new Set(cells.map(key));
      const seen = new Set([key(cells[0]!)]);
      const queue = [cells[0]!];
      while (queue.length > 0) {
        const [c, r] = queue.pop()!;
        for (const next of [
          [c + 1, r],
          [c - 1, r],
          [c, r + 1],
          [c, r - 1],
        ] as const) {
          if (taken.has(key(next)) && !seen.has(key(next))) {
            seen.add(key(next));
            queue.push(next);
          }
        }
      }
      expect(seen.size, unit.id).toBe(cells.length);
    }
  });

  it('keeps known neighbours side by side', () => {
    const touching = (a: string, b: string) => {
      const [ac, ar] = TILE_CELLS[a]!;
      const [bc, br] = TILE_CELLS[b]!;
      return Math.abs(ac - bc) + Math.abs(ar - br) === 1;
    };
    for (const [a, b] of [
      ['ha-noi', 'vinh-phuc'],
      ['ha-noi', 'hoa-binh'],
      ['thanh-hoa', 'nghe-an'],
      ['quang-tri', 'hue'],
      ['da-nang', 'quang-nam'],
      ['ho-chi-minh', 'long-an'],
      ['ho-chi-minh', 'dong-nai'],
      ['can-tho', 'hau-giang'],
      ['ca-mau', 'bac-lieu'],
      ['lang-son', 'bac-giang'],
    ] as const) {
      expect(touching(a, b), `${a} – ${b}`).toBe(true);
    }
  });

  it('keeps the S shape: the north wider than the centre, the Mekong delta south-west of the centre', () => {
    const columns = (row: number) => Object.values(TILE_CELLS).filter(([, r]) => r === row).length;
    expect(columns(1)).toBeGreaterThanOrEqual(5);
    expect(columns(8)).toBe(1);
    expect(TILE_CELLS['ca-mau']![0]).toBeLessThan(TILE_CELLS.hue![0]);
    expect(TILE_CELLS['ha-giang']![1]).toBe(0);
    expect(TILE_CELLS['ca-mau']![1]).toBe(GRID_ROWS - 1);
  });

  it('draws Hoàng Sa and Trường Sa in the sea, clear of every square, under their provinces', () => {
    expect(ARCHIPELAGOS.map((a) => a.lines.join(' '))).toEqual(['Quần đảo Hoàng Sa', 'Quần đảo Trường Sa']);
    expect(ARCHIPELAGOS.map((a) => a.provinceId)).toEqual(['da-nang', 'khanh-hoa']);
    for (const { box } of ARCHIPELAGOS) {
      const [x, y, w, h] = box;
      expect(x + w).toBeLessThanOrEqual(GRID_COLUMNS);
      for (const [c, r] of Object.values(TILE_CELLS)) {
        const apart = c + 1 <= x || c >= x + w || r + 1 <= y || r >= y + h;
        expect(apart, `square ${c},${r}`).toBe(true);
      }
    }
  });

  it('has short labels only for known units', () => {
    for (const id of Object.keys(TILE_LABELS)) expect(provinceById(id), id).toBeDefined();
  });
});
