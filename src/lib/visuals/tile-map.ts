/**
 * Geometry of a tile map: units drawn as groups of grid squares, their outlines, where their labels go,
 * and the archipelagos. Pure numbers and SVG path strings; the drawing is src/components/TileMap.astro.
 */
import { ARCHIPELAGOS, GRID_COLUMNS, GRID_ROWS, TILE_CELLS, TILE_LABELS } from './tile-layout.ts';

/** Side of a square in SVG user units. */
export const TILE_SIZE = 56;

export interface MapUnitInput {
  id: string;
  /** Ids of the squares (units until 30/6/2025) the unit covers. */
  cells: readonly string[];
  /** The square that carries the label. */
  labelCell: string;
  /** Label text, one entry a line. */
  lines: readonly string[];
}

export interface MapUnitShape {
  id: string;
  squares: Array<{ x: number; y: number }>;
  /** The unit's boundary: only the sides of its squares that face another unit or the sea. */
  outline: string;
  /** Top-left corner of the labelled square. */
  label: { x: number; y: number };
  lines: string[];
}

export interface ArchipelagoShape {
  lines: string[];
  provinceId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  islands: Array<{ x: number; y: number }>;
}

export interface TileMapShape {
  width: number;
  height: number;
  size: number;
  units: MapUnitShape[];
  archipelagos: ArchipelagoShape[];
}

function cellOf(id: string): readonly [number, number] {
  const cell = TILE_CELLS[id];
  if (cell === undefined) throw new Error(`Tile layout has no square for "${id}"`);
  return cell;
}

/** Boundary sides of a set of squares, as one SVG path of straight segments. */
export function outlinePath(cells: ReadonlyArray<readonly [number, number]>, size: number): string {
  const taken = new Set(cells.map(([c, r]) => `${c},${r}`));
  const has = (c: number, r: number) => taken.has(`${c},${r}`);
  const parts: string[] = [];
  for (const [c, r] of cells) {
    const x = c * size;
    const y = r * size;
    if (!has(c, r - 1)) parts.push(`M${x} ${y}h${size}`);
    if (!has(c + 1, r)) parts.push(`M${x + size} ${y}v${size}`);
    if (!has(c, r + 1)) parts.push(`M${x} ${y + size}h${size}`);
    if (!has(c - 1, r)) parts.push(`M${x} ${y}v${size}`);
  }
  return parts.join('');
}

/** A name on at most two lines, split between words where the lines come out most even. */
export function labelLines(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  if (words.length <= 1) return words;
  let best = [name];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map((l) => l.length));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}

/** The label of a unit's square: an authored short form, or its name on up to two lines. */
export function tileLabel(id: string, name: string): string[] {
  return [...(TILE_LABELS[id] ?? labelLines(name))];
}

/** Every square, outline and label position of a map of the given units. */
export function tileMapShape(units: readonly MapUnitInput[], size = TILE_SIZE): TileMapShape {
  const shapes = units.map((unit): MapUnitShape => {
    const cells = unit.cells.map(cellOf);
    const [lc, lr] = cellOf(unit.labelCell);
    return {
      id: unit.id,
      squares: cells.map(([c, r]) => ({ x: c * size, y: r * size })),
      outline: outlinePath(cells, size),
      label: { x: lc * size, y: lr * size },
      lines: [...unit.lines],
    };
  });
  const archipelagos = ARCHIPELAGOS.map((a): ArchipelagoShape => {
    const [c, r, w, h] = a.box;
    const x = c * size;
    const y = r * size;
    const width = w * size;
    const height = h * size;
    return {
      lines: [...a.lines],
      provinceId: a.provinceId,
      x,
      y,
      width,
      height,
      islands: a.islands.map(([fx, fy]) => ({ x: x + fx * width, y: y + fy * height })),
    };
  });
  return { width: GRID_COLUMNS * size, height: GRID_ROWS * size, size, units: shapes, archipelagos };
}
