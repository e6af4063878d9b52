import { describe, expect, it } from 'vitest';
import { documentSearch, parseDocumentQuery, type DocumentIndexEntry } from '../../../src/lib/search/document-query.ts';

const entry = (key: string, n: string, type: string, issuer: string, kind: string): DocumentIndexEntry => ({
  key,
  url: `/van-ban/${key}/`,
  label: key,
  n,
  type,
  issuer,
  kind,
});
const entries = [
  entry('22-nq-tw-2008', '22', 'nq', 'tw', 'nghi quyet'),
  entry('22-nq-tu-lao-cai-2019', '22', 'nq', 'tu', 'nghi quyet'),
  entry('21-nq-tw-2022', '21', 'nq', 'tw', 'nghi quyet'),
  entry('21-kl-tw-2021', '21', 'kl', 'tw', 'ket luan'),
  entry('29-ct-tu-hau-giang-2013', '29', 'ct', 'tu', 'chi thi'),
  entry('05-ct-tw-2016', '5', 'ct', 'tw', 'chi thi'),
];
const keys = (q: string) => documentSearch(q, entries).documents.map((e) => e.key);
const term = (q: string) => documentSearch(q, entries).term;

describe('documentSearch: the documents a query names', () => {
  it.each(['22-NQ/TW', '22/NQ-TW', '22 NQ TW', '22 - NQ / TW', 'Nghị quyết số 22-NQ/TW', 'nghi quyet so 22-nq/tw'])(
    '%s names 22-NQ/TW',
    (q) => {
      expect(keys(q)).toEqual(['22-nq-tw-2008']);
    },
  );

  it.each(['NQ22', 'nq 22', 'nghị quyết 22', 'nghi quyet so 22', 'Nghị quyết số: 22'])(
    '%s names every resolution numbered 22',
    (q) => {
      expect(keys(q)).toEqual(['22-nq-tw-2008', '22-nq-tu-lao-cai-2019']);
    },
  );

  it('tells kinds apart and ignores leading zeros', () => {
    expect(keys('kết luận 21')).toEqual(['21-kl-tw-2021']);
    expect(keys('chỉ thị 29')).toEqual(['29-ct-tu-hau-giang-2013']);
    expect(keys('5-CT/TW')).toEqual(['05-ct-tw-2016']);
    expect(keys('CHỈ THỊ 05')).toEqual(['05-ct-tw-2016']);
  });

  it.each(['đảng viên', 'sinh hoạt chi bộ', '22', 'nhiệm kỳ 2020-2025', '19/19', 'Thanh Hóa', ''])(
    '%s is not a document number',
    (q) => {
      expect(keys(q)).toEqual([]);
    },
  );

  it('reads NFD input', () => {
    expect(parseDocumentQuery('Kết luận 21'.normalize('NFD'), ['ket luan'])).toEqual({ n: '21', kind: 'ket luan' });
  });
});

describe('documentSearch: what the pages are searched for', () => {
  it.each([
    ['22-NQ/TW', 'zz22nqtwz'],
    ['Nghị quyết số 22-NQ/TW', 'zz22nqtwz'],
    ['NQ22', 'zznq22z'],
    ['nq 22', 'zznq22z'],
    ['nghị quyết 22', 'zznq22z'],
    ['nghi quyet so 22', 'zznq22z'],
    ['chỉ thị 05', 'zzct5z'],
    ['5-CT/TW', 'zz5cttwz'],
  ])('%s → the keyword %s', (q, keyword) => {
    expect(term(q)).toBe(keyword);
  });

  it('searches the query as typed when it names no document or documents of several kind codes', () => {
    expect(term('nghị quyết 99')).toBe('nghị quyết 99');
    expect(term('sinh hoạt chi bộ')).toBe('sinh hoạt chi bộ');
    const both = [...entries, entry('22-qd-tw-2020', '22', 'qd', 'tw', 'nghi quyet')];
    expect(documentSearch('nghị quyết 22', both).term).toBe('nghị quyết 22');
  });
});
