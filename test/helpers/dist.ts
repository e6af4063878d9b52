/** Reading the built site in dist/. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The URL path a built HTML file is served at: dist/a/b/index.html → /a/b/. */
export function urlOf(dist: string, file: string): string {
  return `/${relative(dist, file).split('\\').join('/')}`.replace(/index\.html$/, '');
}

/** Whether a root-relative URL (path, query and fragment allowed) is served by a file in dist/. */
export function resolves(dist: string, url: string): boolean {
  const path = decodeURI(url.split('#')[0]!.split('?')[0]!);
  const target = join(dist, path);
  if (path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** Every root-relative href and src in a page (external links and fragments excluded). */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((u) => !u.startsWith('//'));
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** SHA-1 of every file of a built site, by path relative to it. */
export function fileDigests(dist: string): Map<string, string> {
  return new Map(
    listFiles(dist, '').map((file) => [
      relative(dist, file),
      createHash('sha1').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

/** Paths present in one output only or with other bytes, sorted. */
export function differingFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
}
