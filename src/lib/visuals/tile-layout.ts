/**
 * The authored tile layout of Vietnam's 63 province-level units until 30/6/2025: one square per unit on a
 * grid of 8 columns and 22 rows, north at the top. Neighbours stay neighbours where a grid allows it, the
 * country keeps its S shape (the wide north, the narrow centre, the Mekong delta reaching south-west), and
 * every unit formed on 1/7/2025 is a 4-connected group of its constituents' squares, so that the 34 units
 * are drawn as unions of the same squares.
 */

export const GRID_COLUMNS = 8;
export const GRID_ROWS = 22;

/** [column, row] of each unit until 30/6/2025, by province id. */
export const TILE_CELLS: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  'lao-cai': [3, 0],
  'ha-giang': [4, 0],
  'cao-bang': [5, 0],
  'dien-bien': [1, 1],
  'lai-chau': [2, 1],
  'yen-bai': [3, 1],
  'tuyen-quang': [4, 1],
  'bac-kan': [5, 1],
  'lang-son': [6, 1],
  'son-la': [2, 2],
  'phu-tho': [3, 2],
  'vinh-phuc': [4, 2],
  'thai-nguyen': [5, 2],
  'bac-giang': [6, 2],
  'quang-ninh': [7, 2],
  'hoa-binh': [3, 3],
  'ha-noi': [4, 3],
  'hung-yen': [5, 3],
  'bac-ninh': [6, 3],
  'ninh-binh': [3, 4],
  'ha-nam': [4, 4],
  'thai-binh': [5, 4],
  'hai-duong': [6, 4],
  'hai-phong': [7, 4],
  'thanh-hoa': [3, 5],
  'nam-dinh': [4, 5],
  'nghe-an': [3, 6],
  'ha-tinh': [4, 6],
  'quang-binh': [4, 7],
  'quang-tri': [4, 8],
  hue: [4, 9],
  'quang-nam': [4, 10],
  'da-nang': [5, 10],
  'kon-tum': [4, 11],
  'quang-ngai': [5, 11],
  'gia-lai': [4, 12],
  'binh-dinh': [5, 12],
  'dak-lak': [4, 13],
  'phu-yen': [5, 13],
  'dak-nong': [3, 14],
  'lam-dong': [4, 14],
  'khanh-hoa': [5, 14],
  'binh-phuoc': [3, 15],
  'binh-thuan': [4, 15],
  'ninh-thuan': [5, 15],
  'tay-ninh': [2, 16],
  'dong-nai': [3, 16],
  'ba-ria-vung-tau': [4, 16],
  'long-an': [2, 17],
  'ho-chi-minh': [3, 17],
  'binh-duong': [4, 17],
  'an-giang': [0, 18],
  'dong-thap': [1, 18],
  'tien-giang': [2, 18],
  'ben-tre': [3, 18],
  'kien-giang': [0, 19],
  'can-tho': [1, 19],
  'vinh-long': [2, 19],
  'tra-vinh': [3, 19],
  'hau-giang': [1, 20],
  'soc-trang': [2, 20],
  'ca-mau': [0, 21],
  'bac-lieu': [1, 21],
});

/** Tile text where the name does not fit a square on two lines. */
export const TILE_LABELS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'ba-ria-vung-tau': ['BR–VT'],
  'ho-chi-minh': ['TP.HCM'],
});

export interface Archipelago {
  /** How the map names it, on its lines. */
  readonly lines: readonly string[];
  /** The unit it belongs to (province id). */
  readonly provinceId: string;
  /** Box on the grid, in cells: column, row, width, height. */
  readonly box: readonly [number, number, number, number];
  /** Islands drawn in the box, as fractions of it: x, y. */
  readonly islands: ReadonlyArray<readonly [number, number]>;
}

/** Vietnam's archipelagos in the East Sea: always drawn and named on every map. */
export const ARCHIPELAGOS: readonly Archipelago[] = Object.freeze([
  {
    lines: ['Quần đảo', 'Hoàng Sa'],
    provinceId: 'da-nang',
    box: [6, 7.6, 2, 2],
    islands: [
      [0.2, 0.72],
      [0.32, 0.84],
      [0.5, 0.76],
      [0.66, 0.86],
      [0.8, 0.74],
    ],
  },
  {
    lines: ['Quần đảo', 'Trường Sa'],
    provinceId: 'khanh-hoa',
    box: [6, 15.4, 2, 2.4],
    islands: [
      [0.18, 0.66],
      [0.34, 0.76],
      [0.52, 0.68],
      [0.7, 0.8],
      [0.84, 0.7],
      [0.4, 0.9],
      [0.62, 0.92],
    ],
  },
]);
