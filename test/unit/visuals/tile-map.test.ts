import { describe, expect, it } from 'vitest';
import { labelLines, outlinePath, tileLabel, tileMapShape } from '../../../src/lib/visuals/tile-map.ts';
import { GRID_COLUMNS, GRID_ROWS } from '../../../src/lib/visuals/tile-layout.ts';

describe('tile map geometry', () => {
  it('outlines a single square with its four sides', () => {
    expect(outlinePath([[1, 2]], 10)).toBe('M10 20h10M20 20v10M10 30h10M10 20v10');
  });

  it('leaves out the sides shared inside a group', () => {
    const d = outlinePath(
      [
        [0, 0],
        [1, 0],
      ],
      10,
    );
    expect(d.match(/M/g)).toHaveLength(6);
    expect(d).not.toContain('M10 0v10');
  });

  it('splits names over two lines where they balance best', () => {
    expect(labelLines('Huế')).toEqual(['Huế']);
    expect(labelLines('Hà Nội')).toEqual(['Hà', 'Nội']);
    expect(labelLines('Bà Rịa - Vũng Tàu')).toEqual(['Bà Rịa -', 'Vũng Tàu']);
    expect(tileLabel('ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu')).toEqual(['BR–VT']);
  });

  it('places units, labels and archipelagos in the grid’s coordinates', () => {
    const shape = tileMapShape(
      [{ id: 'can-tho', cells: ['can-tho', 'hau-giang', 'soc-trang'], labelCell: 'can-tho', lines: ['Cần', 'Thơ'] }],
      10,
    );
    expect(shape.width).toBe(GRID_COLUMNS * 10);
    expect(shape.height).toBe(GRID_ROWS * 10);
    expect(shape.units[0]!.squares).toEqual([
      { x: 10, y: 190 },
      { x: 10, y: 200 },
      { x: 20, y: 200 },
    ]);
    expect(shape.units[0]!.label).toEqual({ x: 10, y: 190 });
    expect(shape.archipelagos).toHaveLength(2);
    for (const a of shape.archipelagos) {
      for (const i of a.islands) {
        expect(i.x).toBeGreaterThan(a.x);
        expect(i.x).toBeLessThan(a.x + a.width);
        expect(i.y).toBeGreaterThan(a.y);
        expect(i.y).toBeLessThan(a.y + a.height);
      }
    }
  });

  it('refuses a unit the layout does not know', () => {
    expect(() => tileMapShape([{ id: 'x', cells: ['x'], labelCell: 'x', lines: [] }])).toThrow(/"x"/);
  });
});
