import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaces, OUTPUT_FILES, readSources, renderPlaces, splitUnit } from '../../../scripts/generate-places.ts';
import { PROJECT_ROOT } from '../../helpers/site.ts';

describe('place registry generator', () => {
  it('gives back the committed files, identically on every run', async () => {
    const sources = await readSources();
    const first = renderPlaces(buildPlaces(sources));
    const second = renderPlaces(buildPlaces(structuredClone(sources)));
    expect(second).toEqual(first);
    for (const [key, path] of Object.entries(OUTPUT_FILES) as [keyof typeof OUTPUT_FILES, string][]) {
      // A failure here means the committed file was edited by hand or the packages changed:
      // run `npm run generate:places` and review the diff.
      expect(readFileSync(join(PROJECT_ROOT, path), 'utf8') === first[key], path).toBe(true);
    }
  }, 60_000);

  it('splits a unit word off a GSO name and sets the tone placement of the registries', () => {
    expect(splitUnit('Huyện Vị Thuỷ')).toEqual({ type: 'huyện', name: 'Vị Thủy' });
    expect(splitUnit('Thị Xã Buôn Hồ')).toEqual({ type: 'thị xã', name: 'Buôn Hồ' });
    expect(splitUnit('Quận 1')).toEqual({ type: 'quận', name: 'Quận 1' });
    expect(splitUnit('Phường 12')).toEqual({ type: 'phường', name: 'Phường 12' });
    expect(splitUnit('Đặc khu Phú Quốc')).toEqual({ type: 'đặc khu', name: 'Phú Quốc' });
    expect(splitUnit('Xa\u0303 Hoà Bình')).toEqual({ type: 'xã', name: 'Hòa Bình' });
    expect(() => splitUnit('Ấp Một')).toThrow(/không rõ loại đơn vị/);
  });
});
