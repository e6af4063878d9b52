/**
 * Province maps: the two tile-map shapes (63 units until 30/6/2025, 34 from 1/7/2025), drawn once per
 * build, and the per-province figures of /dia-phuong/, computed once from the corpus.
 */
import {
  currentProvince,
  PROVINCES_FROM_2025,
  PROVINCES_UNTIL_2025,
  predecessorsOf,
  type Province,
} from '../lib/places/localities.ts';
import { tileLabel, tileMapShape, type TileMapShape } from '../lib/visuals/tile-map.ts';
import { shadeScale, type ShadeClass } from '../lib/visuals/scale.ts';
import { provinceUrl } from '../lib/publishing/urls.ts';
import { getCorpus } from './corpus.ts';
import { oncePerBuild } from './once-per-build.ts';

/** What a map shows of one unit: its figure, its shade class and where it links. */
export interface MapFigure {
  name: string;
  count: number;
  /** Shade class 0..4 of the legend, or a highlight on a province page. */
  shade: number | 'focus' | 'context';
  /** Its province page, when it has one. */
  href?: string;
}

export interface ProvinceMap {
  shape: TileMapShape;
  /** Units in the map's order (GSO code), with their figures. */
  units: Array<{ province: Province; figure: MapFigure }>;
  legend: ShadeClass[];
}

/** The unit from 1/7/2025 with its constituents; its label sits on the square of its administrative centre. */
function unionOf(p: Province): { id: string; cells: string[]; labelCell: string; lines: string[] } {
  const parts = [p, ...predecessorsOf(p)];
  const centre = parts.find((part) => part.adminCentre) ?? p;
  return { id: p.id, cells: parts.map((part) => part.id), labelCell: centre.id, lines: tileLabel(p.id, p.name) };
}

export const MAP_63: TileMapShape = tileMapShape(
  PROVINCES_UNTIL_2025.map((p) => ({ id: p.id, cells: [p.id], labelCell: p.id, lines: tileLabel(p.id, p.name) })),
);
export const MAP_34: TileMapShape = tileMapShape(PROVINCES_FROM_2025.map(unionOf));
/** Boundaries of the units from 1/7/2025, drawn over the 63 squares to show the merger. */
export const OUTLINES_34: string[] = MAP_34.units.map((u) => u.outline);

/** Figures of a map from counts by province id; units with a page link to it. */
export function provinceMap(
  shape: TileMapShape,
  provinces: readonly Province[],
  counts: ReadonlyMap<string, number>,
  pages: ReadonlySet<string>,
): ProvinceMap {
  const max = Math.max(0, ...counts.values());
  const scale = shadeScale(max);
  const units = provinces.map((province) => {
    const count = counts.get(province.id) ?? 0;
    const figure: MapFigure = { name: province.name, count, shade: scale.shadeOf(count) };
    if (pages.has(province.id)) figure.href = provinceUrl(province.id);
    return { province, figure };
  });
  return { shape, units, legend: scale.legend };
}

export interface ProvinceMaps {
  /** From 1/7/2025: each unit's articles with those of the units merged into it (its page's list). */
  from2025: ProvinceMap;
  /** Until 30/6/2025: articles by the province they were published under. */
  until2025: ProvinceMap;
}

async function buildProvinceMaps(): Promise<ProvinceMaps> {
  const { provinceListings, byProvince } = await getCorpus();
  const pages = new Set(provinceListings.keys());
  const listed = new Map([...provinceListings].map(([id, l]) => [id, l.articles.length]));
  const own = new Map([...byProvince].map(([id, list]) => [id, list.length]));
  return {
    from2025: provinceMap(MAP_34, PROVINCES_FROM_2025, listed, pages),
    until2025: provinceMap(MAP_63, PROVINCES_UNTIL_2025, own, pages),
  };
}

/** The maps of /dia-phuong/, computed once per build. */
export const getProvinceMaps: () => Promise<ProvinceMaps> = oncePerBuild(buildProvinceMaps);

/** A province page's locator: the province's square, and the other squares of the unit it is part of from 1/7/2025. */
export interface Locator {
  figures: Map<string, MapFigure>;
  /** The province as it was until 30/6/2025 (or itself). */
  focus: string;
  /** The unit from 1/7/2025 and its other constituents, when it merged or absorbed others. */
  context?: { unit: Province; others: Province[] };
}

export function provinceLocator(province: Province): Locator {
  const unit = currentProvince(province);
  const others = [unit, ...predecessorsOf(unit)].filter((p) => p.id !== province.id);
  const figures = new Map<string, MapFigure>([[province.id, { name: province.name, count: 0, shade: 'focus' }]]);
  for (const p of others) figures.set(p.id, { name: p.name, count: 0, shade: 'context' });
  return { figures, focus: province.name, ...(others.length > 0 ? { context: { unit, others } } : {}) };
}
