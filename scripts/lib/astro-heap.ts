/**
 * The heap `npm run build` gives Astro's process. Node caps its heap at about 4 GB whatever the machine
 * has, and Astro holds every article of the collection in it (about 0.25 MB an article of news text), so
 * a 50,000-article archive needs more: three quarters of the machine's memory.
 */
import { totalmem } from 'node:os';

export const astroHeapMb = (): number => Math.floor((totalmem() / 1024 / 1024) * 0.75);
