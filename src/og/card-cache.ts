/**
 * Social cards cached by content: a card whose key (text, design version, fonts) has been drawn before
 * is read from disk instead of drawn again, so a rebuild only draws new or changed cards.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardKey, type SocialCard } from '../lib/social-card.ts';

export interface CardCacheOptions {
  dir: string;
  fontDigest: string;
  render: (card: SocialCard) => Promise<Buffer>;
}

export async function cachedCard(card: SocialCard, { dir, fontDigest, render }: CardCacheOptions): Promise<Buffer> {
  const file = join(dir, `${cardKey(card, fontDigest)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet (or unreadable): draw it.
    const png = await render(card);
    mkdirSync(dir, { recursive: true });
    // Written aside then renamed, so a build running at the same time never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
