/** The self-hosted font and the theme script, as built into dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, read } from '../helpers/dist.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const dist = join(PROJECT_ROOT, 'dist');
const pages = listFiles(dist, '.html');
const css = listFiles(join(dist, '_astro'), '.css')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const fontFaces = css.match(/@font-face\{[^}]*\}/g) ?? [];

describe('Be Vietnam Pro, self-hosted', () => {
  it('declares regular and bold in the Vietnamese and Latin subsets only, shown with font-display: swap', () => {
    const faces = fontFaces.map((face) => ({
      family: /font-family:([^;]+)/.exec(face)?.[1],
      weight: /font-weight:(\d+)/.exec(face)?.[1],
      display: /font-display:(\w+)/.exec(face)?.[1],
      file: /src:url\(([^)]+)\)/.exec(face)?.[1] ?? '',
    }));
    expect(faces.map((f) => `${f.weight} ${/be-vietnam-pro-([a-z-]+)-\d+-normal/.exec(f.file)?.[1]}`).sort()).toEqual([
      '400 latin',
      '400 vietnamese',
      '700 latin',
      '700 vietnamese',
    ]);
    for (const face of faces) {
      expect(face.family).toMatch(/^["']?Be Vietnam Pro["']?$/);
      expect(face.display).toBe('swap');
      expect(face.file, 'served by the site itself, under a content hash').toMatch(
        /^\/_astro\/[^/]+\.[\w-]{8}\.woff2$/,
      );
      expect(existsSync(join(dist, face.file))).toBe(true);
    }
  });

  it('makes no page load anything from another host', () => {
    for (const file of pages) {
      const html = read(file);
      const loaded = [
        ...html.matchAll(/<(?:link|script|img|source)\b[^>]*\s(?:src|srcset)="([^"]+)"/g),
        ...html.matchAll(/<link\b[^>]*\shref="([^"]+)"/g),
      ]
        .map((m) => m[1]!)
        .filter((url) => /^(?:https?:)?\/\//.test(url) && !url.startsWith('https://sotayxaydungdang.vn/'));
      expect(loaded, file).toEqual([]);
    }
    expect(css).not.toMatch(/url\((?:["']?)(?:https?:)?\/\//);
    expect(css).not.toMatch(/@import/);
  });
});

describe('theme', () => {
  it('sets the saved theme from a static script in <head>, before any content', () => {
    for (const file of pages) {
      const html = read(file);
      const head = /<head>(.*?)<\/head>/s.exec(html)?.[1] ?? '';
      expect(head, file).toMatch(/<script data-theme-script>/);
      expect(head.indexOf('data-theme-script'), file).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
    }
    const scripts = new Set(pages.map((file) => /<script data-theme-script>(.*?)<\/script>/s.exec(read(file))?.[1]));
    expect(scripts.size, 'the same script on every page, so that one CSP hash allows it').toBe(1);
  });

  it('puts a theme toggle in every header, hidden until the script wires it', () => {
    for (const file of pages) {
      expect(read(file), file).toMatch(
        /<header class="site-header">.*<button type="button" class="theme-toggle" aria-pressed="false"[^>]*data-theme-toggle hidden>/s,
      );
    }
  });
});
