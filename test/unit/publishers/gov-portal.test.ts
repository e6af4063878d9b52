import { describe, expect, it } from 'vitest';
import { compactName, govPortal, portalName } from '../../../src/lib/publishers/gov-portal.ts';

describe('govPortal', () => {
  it('reads the province of a provincial portal', () => {
    const portal = govPortal('https://thanhhoa.gov.vn/tin-tuc/abc');
    expect(portal?.province.id).toBe('thanh-hoa');
    expect(portal && portalName(portal)).toBe('Cổng Thông tin điện tử tỉnh Thanh Hóa');
    expect(govPortal('http://www.hanoi.gov.vn:80/')?.province.id).toBe('ha-noi');
    expect(govPortal('thuathienhue.gov.vn')?.province.id).toBe('hue');
  });

  it('reads a district from its subdomain before 1/7/2025', () => {
    const portal = govPortal('http://vithuy.haugiang.gov.vn/Pages/tin.aspx', '2023-05-01');
    expect(portal?.province.id).toBe('hau-giang');
    expect(portal?.districts.map((d) => d.name)).toEqual(['Vị Thủy']);
    expect(portal && portalName(portal)).toBe('Cổng Thông tin điện tử huyện Vị Thủy, tỉnh Hậu Giang');
  });

  it('reads a commune from its subdomain from 1/7/2025, in the province it then belongs to', () => {
    const saoVang = govPortal('https://SaoVang.ThanhHoa.gov.vn/tin-tuc', '2025-09-01');
    expect(saoVang?.communes.map((c) => `${c.type} ${c.name}`)).toEqual(['xã Sao Vàng']);
    expect(saoVang && portalName(saoVang)).toBe('Cổng Thông tin điện tử xã Sao Vàng, tỉnh Thanh Hóa');
    const viThuy = govPortal('vithuy.haugiang.gov.vn', '2025-08-01');
    expect(viThuy?.communes.map((c) => c.province.id)).toEqual(['can-tho']);
  });

  it('reads the Party committees’ portals', () => {
    expect(govPortal('https://haugiang.dcs.vn/x')?.owner).toBe('party');
    const portal = govPortal('tinhuythanhhoa.dcs.vn');
    expect(portal?.province.id).toBe('thanh-hoa');
    expect(portal && portalName(portal)).toBe('Trang thông tin điện tử Đảng bộ tỉnh Thanh Hóa');
  });

  it('gives the province but no name for a department’s portal', () => {
    const portal = govPortal('https://sonoivu.thanhhoa.gov.vn/', '2024-01-01');
    expect(portal?.province.id).toBe('thanh-hoa');
    expect(portal?.districts).toEqual([]);
    expect(portal?.communes).toEqual([]);
    expect(portal && portalName(portal)).toBeUndefined();
  });

  it('is not a provincial portal elsewhere', () => {
    expect(govPortal('https://moh.gov.vn/')).toBeUndefined();
    expect(govPortal('https://baogialai.com.vn/')).toBeUndefined();
    expect(govPortal('not an address')).toBeUndefined();
  });
});

describe('compactName', () => {
  it('spells a name as addresses do', () => {
    expect(compactName('Sao Vàng')).toBe('saovang');
    expect(compactName('Bà Rịa - Vũng Tàu')).toBe('bariavungtau');
    expect(compactName('Đắk Lắk')).toBe('daklak');
  });
});
