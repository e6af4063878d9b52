/**
 * Draws missing social cards on worker threads, one per core. Stamping the texts into the palette image
 * and encoding the PNG are JavaScript work on the thread that draws: in Astro's process they shared one
 * core with the build (13 ms a card at 10,000 articles); each worker has a core of its own.
 *
 * The worker is the TypeScript file itself, run by Node (the bundled page module cannot name it), found
 * from the project root the build runs in.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from '../lib/publishing/social-card.ts';

export interface WorkerInput {
  cards: SocialCard[];
  dir: string;
  fontDigest: string;
  siteName: string;
  host: string;
}

const WORKER_FILE = join(process.cwd(), 'src/og/card-worker.ts');

function runWorker(input: WorkerInput): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: input });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`card worker stopped with code ${code}`)),
    );
  });
}

/** Draws `cards` into the cache in `dir`, spread over `threads` workers. */
export async function drawInWorkers(
  cards: readonly SocialCard[],
  settings: Omit<WorkerInput, 'cards'>,
  threads: number,
): Promise<void> {
  const shares = Array.from({ length: Math.min(threads, cards.length) }, (_, i) =>
    cards.filter((_card, index) => index % threads === i),
  );
  await Promise.all(shares.map((share) => runWorker({ ...settings, cards: share })));
}
