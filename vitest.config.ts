/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Site builds run as child processes; two at a time fit the 2-core machines.
    maxConcurrency: 2,
  },
});
