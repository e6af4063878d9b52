/**
 * A worker thread of src/og/card-workers.ts: draws the cards it is given into the card cache, two at a
 * time (sharp sets the texts on its own threads while this one stamps and encodes the previous card).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawAndStore } from './card-cache.ts';
import { renderCard } from './render-card.ts';
import type { WorkerInput } from './card-workers.ts';

const { cards, dir, fontDigest, siteName, host } = workerData as WorkerInput;
const options = { dir, fontDigest, render: (card: (typeof cards)[number]) => renderCard(card, siteName, host) };
let next = 0;
const drawNext = async () => {
  while (next < cards.length) await drawAndStore(cards[next++]!, options);
};
await Promise.all([drawNext(), drawNext()]);
parentPort?.postMessage(cards.length);
