/**
 * Runs `npm run build` (scripts/build.ts: Astro, then Pagefind) on a site copy with the project's Node, and
 * records what benchmarks need: the output with the time each line arrived, the wall time, and the peak
 * memory of the process tree (the build script, Astro's process, and later Pagefind's indexer), sampled
 * from /proc every 0.2 s.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { ASTRO_BIN, BUILD_SCRIPT } from '../../test/helpers/site.ts';

const SAMPLE_MS = 200;

export interface TimedLine {
  /** Milliseconds since the build started. */
  ms: number;
  text: string;
}

export interface BuildRun {
  ok: boolean;
  output: string;
  lines: TimedLine[];
  wallMs: number;
  /** Highest sum of resident memory over the process tree (shared pages count once per process). */
  peakRssSum: number;
  /** Highest resident memory of any single process of the tree. */
  peakRssMax: number;
}

/** Resident memory of a process and its descendants (Linux /proc), in bytes; zeros elsewhere. */
export function treeRss(rootPid: number): { sum: number; max: number } {
  if (!existsSync('/proc/self/stat')) return { sum: 0, max: 0 };
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, depth = 0; p && depth < 64; p = parent.get(p), depth++)
      if (p === rootPid) return true;
    return false;
  };
  let sum = 0;
  let max = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
      const bytes = rss ? Number(rss[1]) * 1024 : 0;
      sum += bytes;
      max = Math.max(max, bytes);
    } catch {
      // ended
    }
  }
  return { sum, max };
}

const PROGRAMS = {
  /** `npm run build`: Astro, then the search index. */
  site: [BUILD_SCRIPT],
  /** `astro build` alone, for the plain Astro baseline. */
  astro: [ASTRO_BIN, 'build'],
};

/** Builds a site copy; `options` such as `--force` go to Astro, `env` is added to the environment. */
export function runBuild(
  root: string,
  program: keyof typeof PROGRAMS = 'site',
  options: string[] = [],
  env: Record<string, string> = {},
): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...PROGRAMS[program], '--root', root, ...options], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    });
    let output = '';
    const lines: TimedLine[] = [];
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const parts = (partial + text).split('\n');
      partial = parts.pop()!;
      const ms = performance.now() - started;
      for (const line of parts) lines.push({ ms, text: line });
    };
    let peakRssSum = 0;
    let peakRssMax = 0;
    const poll = setInterval(() => {
      const rss = treeRss(child.pid ?? -1);
      peakRssSum = Math.max(peakRssSum, rss.sum);
      peakRssMax = Math.max(peakRssMax, rss.max);
    }, SAMPLE_MS);
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      if (partial) lines.push({ ms: performance.now() - started, text: partial });
      resolve({ ok: code === 0, output, lines, wallMs: performance.now() - started, peakRssSum, peakRssMax });
    });
  });
}
