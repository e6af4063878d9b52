/**
 * A Chromium-family browser (scripts/lib/find-chromium.ts; .ci/run installs Debian's) driven by
 * playwright-core, for the browser tests and the search timing of scripts/bench.ts. A missing browser is
 * reported by the caller (browser tests fail their first test: they never skip).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../scripts/lib/find-chromium.ts';

const search = findChromium();

/** One line saying how to get a browser, when this machine has none. */
export const CHROMIUM_MISSING = 'error' in search ? search.error : undefined;

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless browser with a throwaway profile; undefined when the machine has none. */
export async function launchChromium(options: { bypassCSP?: boolean } = {}): Promise<Chromium | undefined> {
  if ('error' in search) return undefined;
  const profile = mkdtempSync(join(tmpdir(), 'chromium-test-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: search.path,
    headless: true,
    bypassCSP: options.bypassCSP ?? false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
