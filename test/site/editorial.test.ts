/**
 * What editors control through git: drafts and scheduled articles stay out of production, the last
 * edit date comes from the file's history, and "Sửa bài này" points at the file when configured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite, runAstro } from '../helpers/site.ts';
import { vnIsoDateTime, vnParts } from '../../src/lib/dates/vn-date.ts';

const article = (title: string, date: string, extra = '') =>
  `---\ntitle: "${title}"\ndate: ${date}\nlocality: Hà Nội\n${extra}---\n\nNội dung bài ${title}.\n`;

/** `YYYY-MM-DDTHH:mm` in Vietnam time, `minutes` from now. */
function vnStamp(minutesFromNow: number): string {
  const p = vnParts(new Date(Date.now() + minutesFromNow * 60_000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

function git(site: string, args: string[], date?: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Biên tập',
    GIT_AUTHOR_EMAIL: 'bt@example.vn',
    GIT_COMMITTER_NAME: 'Biên tập',
    GIT_COMMITTER_EMAIL: 'bt@example.vn',
  };
  execFileSync('git', args, {
    cwd: site,
    env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env,
    stdio: 'ignore',
  });
}

let dist: string;
const page = (slug: string) => readFileSync(join(dist, 'bai-viet', slug, 'index.html'), 'utf8');
const EDITED_AT = '2024-06-01T23:30:00+07:00';

beforeAll(async () => {
  const site = createSite('editorial', {
    articles: {
      'da-dang.md': article('Bài đã đăng', '2024-01-10T08:00'),
      'dang-mot-lan.md': article('Bài chưa sửa', '2024-01-11T08:00'),
      'co-ngay-cap-nhat.md': article('Bài có ngày cập nhật', '2024-01-12T08:00', 'updated: 2024-02-01T09:15\n'),
      'ban-nhap.md': article('Bài nháp', '2024-01-13T08:00', 'draft: true\n'),
      'hen-gio.md': article('Bài hẹn giờ', vnStamp(24 * 60)),
      'vua-den-gio.md': article('Bài vừa đến giờ', vnStamp(-1)),
    },
  });
  const config = join(site, 'src/site.config.ts');
  writeFileSync(
    config,
    readFileSync(config, 'utf8').replace(
      'editBaseUrl: null',
      "editBaseUrl: 'https://git.example.vn/toa-soan/so-tay/edit/main/content/articles/'",
    ),
  );
  git(site, ['init', '-q']);
  git(site, ['add', 'content/articles/da-dang.md', 'content/articles/dang-mot-lan.md'], '2024-01-10T08:05:00+07:00');
  git(site, ['commit', '-q', '-m', 'Add articles'], '2024-01-10T08:05:00+07:00');
  writeFileSync(
    join(site, 'content/articles/da-dang.md'),
    article('Bài đã đăng', '2024-01-10T08:00').replace('Nội dung', 'Nội dung đã sửa'),
  );
  git(site, ['commit', '-q', '-am', 'Fix a typo'], EDITED_AT);
  const { ok, output } = await runAstro('build', site, { TZ: 'America/Los_Angeles' });
  expect(ok, output).toBe(true);
  dist = join(site, 'dist');
}, 180_000);

describe('drafts and scheduled articles', () => {
  it('leaves drafts and articles dated later than the build out of every page', () => {
    expect(existsSync(join(dist, 'bai-viet/ban-nhap'))).toBe(false);
    expect(existsSync(join(dist, 'bai-viet/hen-gio'))).toBe(false);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).not.toContain('/bai-viet/hen-gio/');
    expect(home).not.toContain('/bai-viet/ban-nhap/');
    expect(readFileSync(join(dist, 'dia-phuong/ha-noi/index.html'), 'utf8')).not.toContain('hen-gio');
  });

  it('publishes an article whose time has come', () => {
    expect(existsSync(join(dist, 'bai-viet/vua-den-gio/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('/bai-viet/vua-den-gio/');
  });
});

describe('last edit dates', () => {
  it('shows the last commit of a file edited after it was added, in Vietnam time', () => {
    const html = page('da-dang');
    expect(html).toContain('Cập nhật lần cuối');
    expect(html).toContain(`datetime="${vnIsoDateTime(new Date(EDITED_AT))}"`);
    expect(html).toContain('01/06/2024 23:30');
  });

  it('shows nothing for a file committed once, and never the build date', () => {
    expect(page('dang-mot-lan')).not.toContain('Cập nhật lần cuối');
    expect(page('vua-den-gio')).not.toContain('Cập nhật lần cuối');
  });

  it('falls back to the frontmatter updated date outside the history', () => {
    const html = page('co-ngay-cap-nhat');
    expect(html).toContain('Cập nhật lần cuối');
    expect(html).toContain('datetime="2024-02-01T09:15:00+07:00"');
  });
});

describe('"Sửa bài này"', () => {
  it('links each article to its file on the git host', () => {
    expect(page('dang-mot-lan')).toContain(
      'href="https://git.example.vn/toa-soan/so-tay/edit/main/content/articles/dang-mot-lan.md"',
    );
  });
});
