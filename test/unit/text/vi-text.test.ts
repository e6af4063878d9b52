import { describe, expect, it } from 'vitest';
import {
  cleanSpaces,
  compareVi,
  fold,
  matchKey,
  nfc,
  normalizeTonePlacement,
  slugify,
} from '../../../src/lib/text/vi-text.ts';

describe('fold', () => {
  it('removes every mark and folds đ, which has no Unicode decomposition', () => {
    expect(fold('Đảng ủy xã Vị Tân')).toBe('dang uy xa vi tan');
    expect(fold('ĐẢNG VIÊN')).toBe('dang vien');
    expect(fold('Mường Khương'.normalize('NFD'))).toBe('muong khuong');
  });
});

describe('slugify', () => {
  it.each([
    ['Hậu Giang', 'hau-giang'],
    ['Thanh Hóa', 'thanh-hoa'],
    ['Thanh Hoá', 'thanh-hoa'],
    ['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
    ['Huyện ủy Vị Thủy (Hậu Giang)', 'huyen-uy-vi-thuy-hau-giang'],
    ['Lào Cai: 6 giải pháp', 'lao-cai-6-giai-phap'],
    ['  Đắk Lắk  ', 'dak-lak'],
    ['22-NQ/TW', '22-nq-tw'],
    ['08-QĐi/TW', '08-qdi-tw'],
    ['100/2019/NĐ-CP', '100-2019-nd-cp'],
    ['“Chìa khóa”…', 'chia-khoa'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(slugify(input.normalize('NFD'))).toBe(slug);
  });

  it('gives only ASCII letters, digits and single inner dashes', () => {
    expect(slugify('Ở Ỹ Ặ ư ơ — !!')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('normalizeTonePlacement', () => {
  const oldStyle: Array<[string, string]> = [
    ['hoà', 'hòa'],
    ['khoá', 'khóa'],
    ['uỷ', 'ủy'],
    ['thuý', 'thúy'],
    ['hoè', 'hòe'],
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Vị Thuỷ', 'Vị Thủy'],
    ['tuỳ', 'tùy'],
    ['HOÀ', 'HÒA'],
    ['qúy', 'quý'],
    ['xoá', 'xóa'],
    ['luỹ', 'lũy'],
  ];
  it.each(oldStyle)('old style: %s → %s', (input, expected) => {
    expect(normalizeTonePlacement(input)).toBe(expected);
    expect(normalizeTonePlacement(input.normalize('NFD'))).toBe(expected);
  });

  it.each([
    'quý',
    'hoàng',
    'huỳnh',
    'thuyết',
    'của',
    'giữa',
    'người',
    'nghĩa',
    'già',
    'gìn',
    'ngoài',
    'tuổi',
    'mùa',
    'khuỷu',
    'Nguyễn',
    'COVID-19',
  ])('leaves %s alone', (word) => expect(normalizeTonePlacement(word)).toBe(word));

  it('writes the new style on request', () => {
    expect(normalizeTonePlacement('hòa thúy ủy khóa', 'new')).toBe('hoà thuý uỷ khoá');
  });
});

describe('keys and order', () => {
  it('gives the two spellings of a name one match key', () => {
    expect(matchKey('Tỉnh Uỷ Thanh Hoá')).toBe(matchKey('tỉnh ủy thanh hóa'));
    expect(matchKey('  Thanh   Hóa ')).toBe('thanh hóa');
  });

  it('normalises to NFC and plain spaces', () => {
    expect(nfc('Đảng'.normalize('NFD'))).toHaveLength(4);
    expect(cleanSpaces('a\u00a0\u00a0b\tc')).toBe('a b c');
  });

  it('sorts in Vietnamese alphabetical order, d before đ', () => {
    const names = ['Đà Nẵng', 'Bến Tre', 'Bắc Giang', 'Bạc Liêu', 'Dak Lak', 'Bắc Kạn'];
    expect([...names].sort(compareVi)).toEqual(['Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bến Tre', 'Dak Lak', 'Đà Nẵng']);
  });
});
