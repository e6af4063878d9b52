import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../../src/lib/documents/document-number.ts';
import { documentKeywords, searchKeywords } from '../../../src/lib/search/search-keywords.ts';

const doc = (text: string) => {
  const parsed = parseDocumentNumber(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe('documentKeywords', () => {
  it('covers the ways readers type a Party number', () => {
    const words = documentKeywords(doc('22-NQ/TW'));
    for (const w of ['22nqtw', 'nq22', 'nqtw22', 'nghi quyet 22', 'nghi quyet so 22', 'nqtw'])
      expect(words).toContain(w);
    // The exact keywords the search page sends for a recognised number.
    expect(words).toEqual(expect.arrayContaining(['zznq22z', 'zz22nqtwz']));
  });

  it('adds the number without its leading zero', () => {
    const words = documentKeywords(doc('05-CT/TW'));
    expect(words).toEqual(expect.arrayContaining(['05cttw', '5cttw', 'ct5', 'chi thi 5', 'zzct5z', 'zz5cttwz']));
  });

  it('folds đ in codes and labels', () => {
    expect(documentKeywords(doc('Quy định 37-QĐ/TW'))).toEqual(expect.arrayContaining(['37qdtw', 'quy dinh 37']));
  });

  it('has nothing for a number-less congress resolution and no duplicates overall', () => {
    expect(documentKeywords(doc('Nghị quyết Đại hội XIII'))).toEqual([]);
    const field = searchKeywords([doc('22-NQ/TW'), doc('22-NQ/TW'), doc('29-CT/TU')]).split(' ');
    expect(field.filter((w) => w === 'nq22')).toHaveLength(1);
    expect(field).toContain('29cttu');
  });
});
