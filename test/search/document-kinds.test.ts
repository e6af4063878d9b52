/**
 * Document numbers of every kind, searched the ways readers type them (`cv 215`, `công văn 215`,
 * `hd 12`, `qđ 213`, `tt 06`…), through siteSearch as the search page runs it, on a built site: each
 * article below cites one document, in its frontmatter and its text, and a distractor has the same
 * words and numbers loose ("215 hộ", "công văn", "12 chi bộ").
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchBuiltSite, type SiteSearcher } from '../helpers/pagefind-node.ts';
import { createSite, runAstro } from '../helpers/site.ts';

interface Cited {
  slug: string;
  /** As written in `resolutions` and in the text. */
  number: string;
  kindWord: string;
  queries: string[];
}

const CITED: Cited[] = [
  { slug: 'cong-van', number: '215-CV/TU', kindWord: 'Công văn', queries: ['cv 215', 'CV215', 'công văn 215'] },
  { slug: 'huong-dan', number: '12-HD/BTCTW', kindWord: 'Hướng dẫn', queries: ['hd 12', 'hướng dẫn số 12'] },
  { slug: 'quyet-dinh', number: '213-QĐ/TW', kindWord: 'Quyết định', queries: ['qd 213', 'qđ 213', 'quyết định 213'] },
  { slug: 'ke-hoach', number: '15-KH/TU', kindWord: 'Kế hoạch', queries: ['kh 15', 'ke hoach 15'] },
  { slug: 'thong-bao', number: '12-TB/TW', kindWord: 'Thông báo', queries: ['tb 12', 'thông báo 12'] },
  { slug: 'bao-cao', number: '45-BC/TU', kindWord: 'Báo cáo', queries: ['bc 45', 'báo cáo 45'] },
  { slug: 'chuong-trinh', number: '24-CTr/TU', kindWord: 'Chương trình', queries: ['ctr 24'] },
  { slug: 'thong-tu', number: '06/2023/TT-BNV', kindWord: 'Thông tư', queries: ['tt 06', 'thông tư 6'] },
  { slug: 'nghi-dinh', number: '33/2023/NĐ-CP', kindWord: 'Nghị định', queries: ['nd 33', 'nđ 33', 'nghị định 33'] },
];

const article = (title: string, resolutions: string[], body: string) => `---
title: "${title}"
date: 2024-03-0${resolutions.length + 1}
locality: Lào Cai
resolutions:
${resolutions.map((r) => `  - ${r}`).join('\n') || '  []'}
topics:
  - Tổ chức cơ sở đảng
source: Báo Lào Cai
---

${body}
`;

const articles: Record<string, string> = Object.fromEntries(
  CITED.map((c) => [
    `${c.slug}.md`,
    article(
      `Đảng bộ xã triển khai ${c.kindWord.toLowerCase()} của cấp trên`,
      [c.number],
      `Đảng ủy xã đã quán triệt ${c.kindWord} số ${c.number} tới toàn thể cán bộ, đảng viên. ` +
        'Các chi bộ thôn tổ chức sinh hoạt chuyên đề, phân công nhiệm vụ cụ thể cho từng đảng viên và báo cáo kết quả hằng quý.',
    ),
  ]),
);
articles['nhieu-con-so.md'] = article(
  'Xã vùng cao hoàn thành nhiều chỉ tiêu trong năm',
  [],
  'Năm qua, xã nhận 215 công văn, hướng dẫn và kế hoạch của cấp trên; 12 chi bộ thôn, 213 hộ thoát nghèo, 15 công trình, ' +
    '45 đảng viên mới, 24 lớp học, 6 thông báo và 33 nghị định, thông tư được phổ biến. Báo cáo cuối năm nêu rõ 12 kết quả nổi bật.',
);

let searcher: SiteSearcher | undefined;

beforeAll(async () => {
  const site = createSite('document-kinds', { articles });
  const build = await runAstro('build', site);
  expect(build.ok, build.output).toBe(true);
  searcher = await searchBuiltSite(join(site, 'dist'));
}, 180_000);

afterAll(async () => {
  await searcher?.close();
});

describe('a document number of every kind', () => {
  const cases = CITED.flatMap((c) => c.queries.map((query) => ({ ...c, query })));

  it.each(cases)(
    '"$query" names $number and finds the article citing it, and only it',
    async ({ query, slug, number }) => {
      const { documents: named, pages } = await searcher!.search(query);
      expect(named.map((d) => d.label)).toEqual([expect.stringContaining(number)]);
      const urls = await Promise.all((pages?.results ?? []).map(async (hit) => (await hit.data()).url));
      expect(urls).toEqual([`/bai-viet/${slug}/`]);
    },
  );

  it('searches the keyword of the number, not the loose words', async () => {
    const { pages } = await searcher!.search('công văn 215');
    expect(pages?.query).toBe('zzcv215z');
  });
});
