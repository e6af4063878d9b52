/**
 * `npm run build [-- astro build options]`: `astro build`, then the search index (scripts/lib/search-index.ts)
 * once Astro's process has exited, so the two never hold their memory at the same time.
 *
 *   npm run build                 # the site in dist/
 *   npm run build -- --force      # render every page instead of reusing the previous build's
 *   node scripts/build.ts --root DIR [--outDir OUT]   # another copy of the site (tests, benchmark)
 */
import { spawn } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroHeapMb } from './lib/astro-heap.ts';
import { argValue } from './lib/report.ts';
import { indexSite } from './lib/search-index.ts';

const ASTRO_BIN = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

const args = process.argv.slice(2);
const root = resolve(argValue(args, '--root') ?? process.cwd());
const outDir = argValue(args, '--outDir') ?? 'dist';
const dist = isAbsolute(outDir) ? outDir : join(root, outDir);

// Unless NODE_OPTIONS sets a heap limit of its own.
const heap = process.env.NODE_OPTIONS?.includes('--max-old-space-size')
  ? []
  : [`--max-old-space-size=${astroHeapMb()}`];

const code = await new Promise<number>((done, fail) => {
  const astro = spawn(process.execPath, [...heap, ASTRO_BIN, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  astro.on('error', fail);
  astro.on('close', (exit) => done(exit ?? 1));
});
if (code !== 0) process.exit(code);

const started = performance.now();
const pages = await indexSite(dist);
const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
console.log(`${time} [pagefind-index] indexed ${pages} pages in ${Math.round(performance.now() - started)} ms`);
