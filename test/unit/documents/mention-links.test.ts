import { describe, expect, it } from 'vitest';
import { createMentionLinker } from '../../../src/lib/documents/mention-links.ts';

const linker = () =>
  createMentionLinker((doc) =>
    doc.canonical === '99-NQ/TW' ? undefined : { url: `/van-ban/${doc.slug}/`, title: doc.canonical },
  );
const links = (parts: ReturnType<ReturnType<typeof linker>>) =>
  parts.filter((p) => p.type === 'link').map((p) => `${p.value} → ${p.type === 'link' ? p.url : ''}`);

describe('createMentionLinker', () => {
  it('links full citations with their type word and keeps the rest of the text', () => {
    const parts = linker()('Thực hiện Nghị quyết số 22-NQ/TW ngày 2-2-2008 của BCH Trung ương.');
    expect(links(parts)).toEqual(['Nghị quyết số 22-NQ/TW → /van-ban/22-nq-tw/']);
    expect(parts.map((p) => p.value).join('')).toBe(
      'Thực hiện Nghị quyết số 22-NQ/TW ngày 2-2-2008 của BCH Trung ương.',
    );
  });

  it('links a short back-reference in a later text node to the earlier full citation', () => {
    const link = linker();
    link('đồng thời ban hành Chỉ thị 29-CT/TU ngày 21-3-2013 của Tỉnh ủy');
    expect(links(link('triển khai Chỉ thị số 29 sâu rộng'))).toEqual(['Chỉ thị số 29 → /van-ban/29-ct-tu/']);
  });

  it('leaves a back-reference without an earlier citation, and unresolvable documents, as text', () => {
    const link = linker();
    expect(links(link('thực hiện Kết luận số 21 và Nghị quyết 99-NQ/TW'))).toEqual([]);
  });

  it('does not link numbers that only look like documents', () => {
    expect(links(linker()('nhiệm kỳ 2020-2025, 19/19 chi bộ, lớp K135 (K135-G1/23), 09:15 21/11/2024'))).toEqual([]);
  });
});
