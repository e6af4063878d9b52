/** Formatting and machine facts shared by the measurement scripts. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../test/helpers/site.ts';

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
export const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** A Markdown table; every column but the first is right-aligned. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
}

export function machine() {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
  };
}

export function machineLine(): string {
  const m = machine();
  return `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB RAM; Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}`;
}
