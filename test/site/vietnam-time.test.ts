/** An article published at 06:00 on 1 January in Vietnam is still 31 December in UTC. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSite, runAstro } from '../helpers/site.ts';

describe('dates in a build that runs in UTC', { timeout: 120_000 }, () => {
  it('files a 06:00 New Year article under the new year and dates it the Vietnamese way', async () => {
    const site = createSite('vietnam-time', {
      articles: {
        'nam-moi.md': '---\ntitle: "Chúc mừng năm mới"\ndate: 2024-01-01T06:00\nlocality: Hà Nội\n---\n\nNội dung.\n',
      },
    });
    const { ok, output } = await runAstro('build', site, { TZ: 'UTC' });
    expect(ok, output).toBe(true);
    const dist = join(site, 'dist');
    expect(readFileSync(join(dist, 'luu-tru/2024/thang-01/index.html'), 'utf8')).toContain('/bai-viet/nam-moi/');
    const article = readFileSync(join(dist, 'bai-viet/nam-moi/index.html'), 'utf8');
    expect(article).toContain('Thứ Hai, 01/01/2024 06:00');
    expect(article).toContain('datetime="2024-01-01T06:00:00+07:00"');
  });
});
