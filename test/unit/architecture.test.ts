/**
 * The import rules of docs/architecture.md, checked on the source: src/lib is pure domain code whose
 * domains depend on each other in one direction only, and no module imports itself round a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/site.ts';

/** What each domain of src/lib may import besides itself (`content` is the registries in content/). */
const ALLOWED: Record<string, readonly string[]> = {
  text: [],
  dates: [],
  places: ['text', 'content'],
  documents: ['text', 'dates', 'places', 'content'],
  articles: ['text', 'dates', 'places'],
  related: ['text'],
  search: ['text', 'dates', 'documents'],
  publishing: ['text', 'dates'],
  visuals: [],
  publishers: ['text', 'places', 'content'],
  import: ['text', 'dates', 'places', 'documents', 'publishers', 'content'],
  'content-lint': ['text', 'dates', 'places', 'documents', 'articles', 'publishing', 'schema', 'site-config'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)));
}

/** Relative imports of a file, as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(PROJECT_ROOT, resolve(PROJECT_ROOT, dirname(file), s)));
}

/** The domain of src/lib a path belongs to, or what else it is. */
function areaOf(path: string): string {
  const lib = /^src\/lib\/([^/]+)\//.exec(path);
  if (lib) return lib[1]!;
  if (path.startsWith('content/')) return 'content';
  if (path.startsWith('src/schema/')) return 'schema';
  if (path === 'src/site.config.ts') return 'site-config';
  return path;
}

const graph = new Map([...sourceFiles('src'), ...sourceFiles('scripts')].map((file) => [file, importsOf(file)]));

describe('architecture', () => {
  it('puts every module of src/lib in a domain folder', () => {
    const loose = sourceFiles('src/lib').filter((file) => !/^src\/lib\/[^/]+\//.test(file));
    expect(loose).toEqual([]);
    const domains = new Set(sourceFiles('src/lib').map(areaOf));
    expect([...domains].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('lets a domain of src/lib import only the domains below it', () => {
    const broken: string[] = [];
    for (const [file, imports] of graph) {
      if (!file.startsWith('src/lib/')) continue;
      const domain = areaOf(file);
      for (const target of imports) {
        const area = areaOf(target);
        if (area !== domain && !ALLOWED[domain]!.includes(area)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no import cycle in src/ or scripts/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(graph.get('src/lib/documents/document-number.ts')).toContain('src/lib/text/vi-text.ts');
  });
});
