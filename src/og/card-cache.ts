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

const cardFile = (card: SocialCard, { dir, fontDigest }: Omit<CardCacheOptions, 'render'>) =>
  join(dir, `${cardKey(card, fontDigest)}.png`);

export async function drawAndStore(card: SocialCard, options: CardCacheOptions): Promise<Buffer> {
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

/** The cards not yet in the cache. */
export function missingCards(cards: readonly SocialCard[], options: Omit<CardCacheOptions, 'render'>): SocialCard[] {
  return cards.filter((card) => !existsSync(cardFile(card, options)));
}
