import { describe, expect, it } from 'vitest';
import { article, findings, lintFixture } from '../../helpers/lint.ts';

const lintOne = (text: string) => findings(lintFixture({ files: { 'bai.md': text } }));

describe('citation findings: the build warnings, with lines', () => {
  it('warns about a body citation missing from resolutions, at its first mention', () => {
    const body = 'Mở đầu.\n\nThực hiện Chỉ thị 05-CT/TW và Nghị quyết 22-NQ/TW.\n\nNhắc lại Chỉ thị 05-CT/TW.';
    expect(lintOne(article({ resolutions: '[22-NQ/TW]' }, body))).toEqual([
      '10 [resolutions] warning: thân bài nhắc Chỉ thị 05-CT/TW nhưng trường resolutions chưa có: thêm "05-CT/TW" vào resolutions',
    ]);
  });

  it('counts lines of a body pasted in NFD as in the file', () => {
    const body = 'Đảng bộ tỉnh.\n\nThực hiện Chỉ thị 05-CT/TW.'.normalize('NFD');
    expect(
      lintOne(article({ resolutions: '[05-CT/TW]' }, `${body}\n\nVà Kết luận 21-KL/TW.`)).filter((f) =>
        f.includes('[resolutions]'),
      ),
    ).toEqual([
      '12 [resolutions] warning: thân bài nhắc Kết luận 21-KL/TW nhưng trường resolutions chưa có: thêm "21-KL/TW" vào resolutions',
    ]);
  });

  it('names a number-less document by its title', () => {
    const [finding] = lintOne(article({}, 'Quán triệt Nghị quyết Đại hội XIII của Đảng.'));
    expect(finding).toMatch(
      /^7 \[resolutions\] warning: thân bài nhắc .*Đại hội.* nhưng trường resolutions chưa có: thêm ".*Đại hội.*" vào resolutions$/,
    );
  });

  it('warns once about a listed document missing from the registry, on its list item', () => {
    expect(lintOne(article({ resolutions: '\n  - 22-NQ/TW\n  - 99-NQ/TW\n  - 99-NQ/TW' }))).toEqual([
      '7 [resolutions] warning: 99-NQ/TW chưa có trong content/documents.json (trang /van-ban/99-nq-tw/ dùng số hiệu làm tiêu đề): kiểm tra lại số hiệu; nếu đúng, thêm văn bản vào content/documents.json',
    ]);
  });

  it('resolves a local document in the article province, as the build does', () => {
    expect(lintOne(article({ resolutions: '[29-CT/TU]' }, 'Chỉ thị 29-CT/TU của Tỉnh ủy.'))).toEqual([]);
    expect(lintOne(article({ locality: 'Bắc Giang', resolutions: '[29-CT/TU]' }))).toEqual([
      '5 [resolutions] warning: 29-CT/TU chưa có trong content/documents.json (trang /van-ban/29-ct-tu-bac-giang/ dùng số hiệu làm tiêu đề): kiểm tra lại số hiệu; nếu đúng, thêm văn bản vào content/documents.json',
    ]);
  });
});
