/**
 * `npm run import` on a saved page and on a page's address: the CLI in a child process on a fixture
 * .html, and on the same file served by a local HTTP server on 127.0.0.1, must write the same article;
 * an address that cannot be fetched, or that is not a page, writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';
import { serveDirectory, type StaticServer } from '../helpers/static-server.ts';
import { useTempDirs } from '../helpers/temp-dirs.ts';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/import/html');
const PAGE = 'bao-gia-lai-jsonld.html';
const tempDir = useTempDirs('import-html-');
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(FIXTURES);
});
afterAll(async () => {
  await server.close();
});

const runImport = (...args: string[]) => runScript('import.ts', args, PROJECT_ROOT);

/** The one article a run wrote into a folder. */
function writtenArticle(dir: string): { name: string; text: string } {
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return { name: files[0]!, text: readFileSync(join(dir, files[0]!), 'utf8') };
}

/** A port on 127.0.0.1 that nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

// Each run starts Node and loads the registries: seconds, not milliseconds.
describe('npm run import on a web page', { timeout: 60_000 }, () => {
  it('writes the same article from the saved page and from its address', async () => {
    const fromFile = tempDir();
    const fromLink = tempDir();
    const saved = await runImport(join(FIXTURES, PAGE), '--out', fromFile);
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    const fetched = await runImport(`${server.url}/${PAGE}`, '--out', fromLink);
    expect(fetched.stderr).toBe('');
    expect(fetched.code).toBe(0);
    const a = writtenArticle(fromFile);
    const b = writtenArticle(fromLink);
    expect(b).toEqual(a);
    expect(a.name).toBe('chu-se-chi-bo-thon-sinh-hoat-chuyen-de-ve-chuyen-doi-so.md');
    // The page's own metadata, not the local address, gives the source.
    expect(a.text).toContain(
      'url: https://baogialai.com.vn/chu-se-chi-bo-thon-sinh-hoat-chuyen-de-ve-chuyen-doi-so-post290117.html',
    );
    expect(a.text).toContain('date: 2024-09-12T08:30');
    expect(a.text).not.toContain('Tin liên quan');
    // The report says where each field came from.
    expect(fetched.stdout).toContain('Ngày đăng: 2024-09-12T08:30 — siêu dữ liệu của trang (JSON-LD datePublished)');
    expect(fetched.stdout).toContain(
      'Tiêu đề: Chư Sê: Chi bộ thôn sinh hoạt chuyên đề về chuyển đổi số — cấu trúc trang',
    );
  });

  it('takes the same options as text input', async () => {
    const out = tempDir();
    const run = await runImport(
      `${server.url}/${PAGE}`,
      '--dry-run',
      '--date',
      '2024-09-13',
      '--source',
      'Báo Gia Lai điện tử',
      '--province',
      'Gia Lai',
      '--out',
      out,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('date: 2024-09-13\n');
    expect(run.stdout).toContain('name: Báo Gia Lai điện tử');
    expect(run.stdout).toContain('Ngày đăng: 2024-09-13 — tùy chọn --date');
    expect(readdirSync(out)).toEqual([]);
  });

  it('says in Vietnamese that an address cannot be reached, and writes nothing', async () => {
    const out = join(tempDir(), 'articles');
    const run = await runImport(`http://127.0.0.1:${await closedPort()}/bai.html`, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/không tải được http:\/\/127\.0\.0\.1:\d+\/bai\.html: máy chủ từ chối kết nối/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an address that is not an HTML page, or that the server does not have', async () => {
    const out = join(tempDir(), 'articles');
    const json = await runImport(`${server.url}/bao-gia-lai-jsonld.expected.json`, '--out', out);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('không phải trang HTML (máy chủ gửi “application/json”)');
    const missing = await runImport(`${server.url}/khong-co.html`, '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('máy chủ trả lời 404');
    expect(existsSync(out)).toBe(false);
  });
});
