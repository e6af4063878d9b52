import { describe, expect, it } from 'vitest';
import {
  hostOf,
  publisherByHost,
  publisherByMarker,
  publisherByName,
  successorOn,
} from '../../../src/lib/publishers/lookup.ts';
import { publisherById } from '../../../src/lib/publishers/registry.ts';

describe('hostOf', () => {
  it.each([
    ['https://baogialai.com.vn/bai-viet-123.html', 'baogialai.com.vn'],
    ['http://WWW.BaoGiaLai.com.vn:8080/a?b=c#d', 'baogialai.com.vn'],
    ['m.baothanhhoa.vn/tin', 'baothanhhoa.vn'],
    ['https://amp.nhandan.vn/x', 'nhandan.vn'],
    ['baogialai.com.vn.', 'baogialai.com.vn'],
  ])('%s → %s', (address, host) => expect(hostOf(address)).toBe(host));

  it('refuses what is not an address', () => {
    expect(hostOf('Báo Gia Lai')).toBeUndefined();
    expect(hostOf('')).toBeUndefined();
  });
});

describe('publisherByHost', () => {
  it.each([
    ['https://baogialai.com.vn/chu-prong-123.html', 'bao-gia-lai'],
    ['http://www.baogialai.com.vn', 'bao-gia-lai'],
    ['HTTPS://BAOGIALAI.COM.VN:443/', 'bao-gia-lai'],
    ['https://m.baophutho.vn/tin-tuc', 'bao-phu-tho'],
    ['https://thainguyentv.vn/a/b/c', 'ptth-thai-nguyen'],
    ['https://nhandan.vn/xay-dung-dang/', 'nhan-dan'],
    ['https://baomoi.com/tin.epi', 'bao-moi'],
    // A registered sub-site wins over its parent; an unregistered one falls back to it.
    ['https://dongkhoi.baovinhlong.vn/x', 'bao-dong-khoi'],
    ['https://baovinhlong.vn/x', 'bao-ptth-vinh-long'],
    ['https://tinhuy.baogialai.com.vn/x', 'bao-gia-lai'],
  ])('%s → %s', (address, id) => expect(publisherByHost(address)?.id).toBe(id));

  it('knows no unregistered host', () => {
    expect(publisherByHost('https://vi.wikipedia.org/wiki/Gia_Lai')).toBeUndefined();
    expect(publisherByHost('https://com.vn')).toBeUndefined();
  });
});

describe('publisherByMarker', () => {
  it.each([
    ['(GLO)', 'bao-gia-lai'],
    ['GLO', 'bao-gia-lai'],
    ['glo', 'bao-gia-lai'],
    ['ĐTO', 'bao-dong-thap'],
    ['QBĐT', 'bao-quang-binh'],
    ['HYTV', 'ptth-hung-yen'],
    ['(TTV)', 'ptth-thai-nguyen'],
    ['YênBái', 'cong-ttdt-yen-bai'],
    ['TTYB', 'cong-ttdt-yen-bai'],
    ['(Baothanhhoa.vn)', 'bao-thanh-hoa'],
    ['(Baoyenbai.com.vn)', 'bao-yen-bai'],
    ['NDO', 'nhan-dan'],
    ['(ĐCSVN)', 'dang-cong-san'],
  ])('%s → %s', (marker, id) => expect(publisherByMarker(marker)?.id).toBe(id));

  it('knows no invented marker', () => {
    expect(publisherByMarker('(XYZ)')).toBeUndefined();
    expect(publisherByMarker('()')).toBeUndefined();
  });
});

describe('publisherByName', () => {
  it.each([
    ['Báo Nhân Dân', 'nhan-dan'],
    ['Nhân Dân', 'nhan-dan'],
    ['nhân dân', 'nhan-dan'],
    ['TTXVN', 'ttxvn'],
    ['VOV1', 'vov'],
    ['Dân Trí', 'dan-tri'],
    ['VnExpress', 'vnexpress'],
    ['VNE', 'vnexpress'],
    ['Báo Gia Lai', 'bao-gia-lai'],
    ['baogialai.com.vn', 'bao-gia-lai'],
  ])('%s → %s', (name, id) => expect(publisherByName(name)?.id).toBe(id));

  it('knows no person or foreign agency', () => {
    expect(publisherByName('Nguyễn Văn A')).toBeUndefined();
    expect(publisherByName('Reuters')).toBeUndefined();
  });
});

describe('successorOn', () => {
  const giaLai = publisherById('bao-gia-lai')!;

  it('keeps a merged paper until its last day, then follows mergedInto', () => {
    expect(successorOn(giaLai).id).toBe('bao-gia-lai');
    expect(successorOn(giaLai, '2025-06-30').id).toBe('bao-gia-lai');
    expect(successorOn(giaLai, '2025-07-01T08:00').id).toBe('bao-ptth-gia-lai');
  });

  it('follows a chain of mergers as far as the date requires', () => {
    const thaiBinhTv = publisherById('ptth-thai-binh')!;
    expect(successorOn(thaiBinhTv, '2025-03-01').id).toBe('ptth-thai-binh');
    expect(successorOn(thaiBinhTv, '2025-04-01').id).toBe('bao-thai-binh');
    expect(successorOn(thaiBinhTv, '2025-08-01').id).toBe('bao-ptth-hung-yen');
  });

  it('ends a merged publisher without a last day on its successor’s first day', () => {
    const hanoimoi = publisherById('hanoimoi')!;
    expect(successorOn(hanoimoi, '2025-12-31').id).toBe('hanoimoi');
    expect(successorOn(hanoimoi, '2026-02-05').id).toBe('bao-ptth-ha-noi');
  });
});
