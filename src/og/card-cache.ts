/**
 * Social cards cached by content: a card whose key (text, design version, fonts) has been drawn before
 * is read from disk instead of drawn again, so a rebuild only draws new or changed cards.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardKey, type SocialCard } from '../lib/publishing/social-card.ts';

export interface CardCacheOptions {
  dir: string;
  fontDigest: string;
  render: (card: SocialCard) => Promise<Buffer>;
}

const cardFile = (card: SocialCard, { dir, fontDigest }: CardCacheOptions) =>
  join(dir, `${cardKey(card, fontDigest)}.png`);

async function drawAndStore(card: SocialCard, options: CardCacheOptions): Promise<Buffer> {
  const file = cardFile(card, options);
  const png = await options.render(card);
  mkdirSync(options.dir, { recursive: true });
  // Written aside then renamed, so a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

export async function cachedCard(card: SocialCard, options: CardCacheOptions): Promise<Buffer> {
  try {
    return readFileSync(cardFile(card, options));
  } catch {
    // Not drawn yet (or unreadable): draw it.
    return drawAndStore(card, options);
  }
}

/**
 * Draws every card not yet in the cache, `parallel` at a time. Astro renders endpoints one after the
 * other, while sharp draws on its own threads: drawing ahead in parallel uses every core.
 */
export async function fillCardCache(
  cards: readonly SocialCard[],
  options: CardCacheOptions,
  parallel: number,
): Promise<number> {
  const missing = cards.filter((card) => !existsSync(cardFile(card, options)));
  let next = 0;
  const worker = async () => {
    while (next < missing.length) await drawAndStore(missing[next++]!, options);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, missing.length) }, worker));
  return missing.length;
}
