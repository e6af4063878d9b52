/**
 * What every browser test file sets up the same way: the built site in dist/ served on 127.0.0.1, one
 * Chromium, and the pages a test opened closed after it, whatever its outcome. The vitest hooks are
 * registered by `useBrowserSuite`; a missing Chromium is reported by the file's first test.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, type Chromium } from './chromium.ts';
import { PROJECT_ROOT } from './site.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

const TIMEOUT = 60_000;

export interface BrowserSuite {
  /** Whether Chromium started. */
  readonly started: boolean;
  /** The served site's address, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly context: BrowserContext;
  /** A new page, closed after the test. */
  newPage(): Promise<Page>;
}

interface SuiteOptions {
  /** For tests that inject their own scripts (axe): the site's Content-Security-Policy would block them. */
  bypassCSP?: boolean;
  /** Runs once the browser is up, e.g. to add init scripts or listeners to the context. */
  prepare?: (context: BrowserContext, url: string) => Promise<void> | void;
}

export function useBrowserSuite(options: SuiteOptions = {}): BrowserSuite {
  let server: StaticServer | undefined;
  let chromium: Chromium | undefined;
  const openPages: Page[] = [];
  const context = () => {
    if (!chromium) throw new Error('the browser did not start; see the first test');
    return chromium.context;
  };

  beforeAll(async () => {
    server = await serveDirectory(join(PROJECT_ROOT, 'dist'));
    chromium = await launchChromium({ bypassCSP: options.bypassCSP ?? false });
    if (chromium) await options.prepare?.(chromium.context, server.url);
  }, TIMEOUT);

  afterEach(async () => {
    await Promise.all(openPages.splice(0).map((page) => page.close()));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  }, TIMEOUT);

  return {
    get started() {
      return chromium !== undefined;
    },
    get url() {
      if (!server) throw new Error('the site is not served yet');
      return server.url;
    },
    get context() {
      return context();
    },
    async newPage() {
      const page = await context().newPage();
      openPages.push(page);
      return page;
    },
  };
}
