import { describe, expect, it } from 'vitest';
import { isPublished } from '../../../src/lib/articles/publication.ts';
import { GIT_LOG_ARGS, lastModified, parseGitLog } from '../../../src/lib/articles/git-history.ts';

const now = new Date('2026-03-01T00:30:00+07:00');

describe('isPublished', () => {
  it('leaves drafts out of production builds and shows them in dev', () => {
    const draft = { draft: true, date: new Date('2020-01-01T00:00:00+07:00') };
    expect(isPublished(draft, { dev: false, now })).toBe(false);
    expect(isPublished(draft, { dev: true, now })).toBe(true);
  });

  it('publishes a scheduled article only once its Vietnam time has come', () => {
    // 1 March 00:30 in Vietnam is still 28 February in UTC: an article of 1 March 00:00 is due.
    expect(isPublished({ draft: false, date: new Date('2026-03-01T00:00:00+07:00') }, { dev: false, now })).toBe(true);
    expect(isPublished({ draft: false, date: new Date('2026-03-01T00:31:00+07:00') }, { dev: false, now })).toBe(false);
    expect(isPublished({ draft: false, date: new Date('2026-03-02T00:00:00+07:00') }, { dev: true, now })).toBe(true);
  });
});

describe('parseGitLog', () => {
  const log = [
    '\u00002024-05-02T10:00:00+07:00',
    '',
    'content/articles/a.md',
    'content/articles/Lào Cai.md',
    '',
    '\u00002024-04-01T09:00:00+07:00',
    '',
    'content/articles/a.md',
    '',
  ].join('\n');

  it('counts commits per file and keeps the newest date', () => {
    const files = parseGitLog(log);
    expect(files.get('content/articles/a.md')).toEqual({ commits: 2, last: new Date('2024-05-02T10:00:00+07:00') });
    expect(files.get('content/articles/Lào Cai.md')?.commits).toBe(1);
  });

  it('asks git for unquoted names relative to the site', () => {
    expect(GIT_LOG_ARGS).toContain('core.quotePath=false');
    expect(GIT_LOG_ARGS).toContain('--relative');
  });
});

describe('lastModified', () => {
  const published = new Date('2024-01-10T08:00:00+07:00');
  const edited = new Date('2024-06-01T08:00:00+07:00');
  const updated = new Date('2024-03-01T08:00:00+07:00');

  it('takes the last commit when the file was edited after it was added', () => {
    expect(lastModified({ commits: 3, last: edited }, published, updated)).toEqual(edited);
  });

  it('does not count the commit that added the file as an update', () => {
    expect(lastModified({ commits: 1, last: edited }, published, undefined)).toBeUndefined();
    expect(lastModified({ commits: 1, last: edited }, published, updated)).toEqual(updated);
  });

  it('falls back to the frontmatter date, then nothing', () => {
    expect(lastModified(undefined, published, updated)).toEqual(updated);
    expect(lastModified(undefined, published, undefined)).toBeUndefined();
  });

  it('ignores edits made before the article went out (a scheduled article revised before its date)', () => {
    expect(
      lastModified({ commits: 2, last: new Date('2023-01-01T00:00:00+07:00') }, published, undefined),
    ).toBeUndefined();
  });
});
