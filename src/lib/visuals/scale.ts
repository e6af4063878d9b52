/**
 * Shading scales: counts grouped into a few classes, the way a choropleth legend reads them. Class 0 is
 * "no article"; classes 1..steps split 1..max into equal ranges of whole numbers, empty ranges dropped.
 */

export interface ShadeClass {
  shade: number;
  from: number;
  to: number;
}

export interface ShadeScale {
  shadeOf: (count: number) => number;
  /** The classes in use, lowest first, class 0 included. */
  legend: ShadeClass[];
}

export function shadeScale(max: number, steps = 4): ShadeScale {
  const top = Math.max(0, Math.floor(max));
  const upper = (k: number) => Math.floor((top * k) / steps);
  const shadeOf = (count: number): number => {
    if (count <= 0 || top === 0) return 0;
    for (let k = 1; k <= steps; k++) if (count <= upper(k)) return k;
    return steps;
  };
  const legend: ShadeClass[] = [{ shade: 0, from: 0, to: 0 }];
  for (let k = 1; k <= steps; k++) {
    const from = upper(k - 1) + 1;
    const to = upper(k);
    if (from <= to) legend.push({ shade: k, from, to });
  }
  return { shadeOf, legend };
}

/** Legend text of a class: "0", "3", "4–6". */
export function classLabel({ from, to }: ShadeClass): string {
  return from === to ? String(from) : `${from}–${to}`;
}
