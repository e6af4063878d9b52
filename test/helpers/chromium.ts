/**
 * Debian's Chromium (/usr/bin/chromium; .ci/run installs it) driven by playwright-core, for the
 * browser tests and the search timing of scripts/bench.ts. A missing browser is reported by the
 * caller (browser tests fail their first test: they never skip).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere on machines with another build (e.g. CI runners with Chrome). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a throwaway profile; undefined when Chromium is not installed. */
export async function launchChromium(options: { bypassCSP?: boolean } = {}): Promise<Chromium | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const profile = mkdtempSync(join(tmpdir(), 'chromium-test-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
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
