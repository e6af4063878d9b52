/**
 * Throwaway copies of the site for tests that build it with other content. They live in
 * .test-sites/ inside the project so that packages resolve from the project's node_modules while each
 * copy keeps its own Astro cache.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SITES_DIR = join(PROJECT_ROOT, '.test-sites');
export const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** `npm run build`: astro build, then the search index. */
export const BUILD_SCRIPT = join(PROJECT_ROOT, 'scripts/build.ts');
const COPIED = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'content/documents.json',
  'content/localities.json',
];

export interface SiteOptions {
  /** Copy the committed articles too. */
  withSeedArticles?: boolean;
  /** Extra files under content/articles, by relative path. */
  articles?: Record<string, string | Buffer>;
}

export function createSite(name: string, options: SiteOptions = {}): string {
  const dir = join(SITES_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  for (const item of COPIED) cpSync(join(PROJECT_ROOT, item), join(dir, item), { recursive: true });
  const articlesDir = join(dir, 'content/articles');
  if (options.withSeedArticles) cpSync(join(PROJECT_ROOT, 'content/articles'), articlesDir, { recursive: true });
  mkdirSync(articlesDir, { recursive: true });
  for (const [path, body] of Object.entries(options.articles ?? {})) {
    mkdirSync(dirname(join(articlesDir, path)), { recursive: true });
    writeFileSync(join(articlesDir, path), body);
  }
  return dir;
}

export interface RunResult {
  ok: boolean;
  output: string;
}

/**
 * The test process's environment without what Vitest adds: NODE_ENV=test and DEV=1 would turn a child
 * build into a development build (drafts and scheduled articles shown).
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['NODE_ENV', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'SITE', 'ASSETS_PREFIX', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')),
  );
}

/**
 * Builds a site as `npm run build` does (`build`, with `options` such as `--force` passed to Astro) or
 * runs `astro sync` on it, with the project's own Node (the one running the tests).
 */
export function runAstro(
  command: 'build' | 'sync',
  root: string,
  env: Record<string, string> = {},
  options: string[] = [],
): Promise<RunResult> {
  const program = command === 'build' ? [BUILD_SCRIPT] : [ASTRO_BIN, command];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...program, '--root', root, ...options], {
      cwd: root,
      env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}
