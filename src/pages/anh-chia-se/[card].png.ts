import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { articleCard, type SocialCard } from '../../lib/publishing/social-card.ts';
import { cachedCard, missingCards } from '../../og/card-cache.ts';
import { drawInWorkers } from '../../og/card-workers.ts';
import { fontDigest, renderCard } from '../../og/render-card.ts';
import { site } from '../../site.config.ts';
import { pageCacheKey } from '../../lib/publishing/page-cache-key.ts';

const DEFAULT_CARD = 'mac-dinh';
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/social-cards');

async function allCards(): Promise<Array<{ id: string; card: SocialCard }>> {
  const { articles } = await getCorpus();
  const clash = articles.find((article) => article.id === DEFAULT_CARD);
  if (clash)
    throw new Error(
      `${clash.entry.filePath}: tên tệp "${DEFAULT_CARD}" trùng với ảnh chia sẻ mặc định của trang; hãy đổi tên bài viết`,
    );
  return [
    { id: DEFAULT_CARD, card: { title: site.tagline, footer: '' } },
    ...articles.map((article) => ({
      id: article.id,
      card: articleCard(article.title, article.province.name, article.date),
    })),
  ];
}

// A card is copied from the previous build while its text and the fonts are the same (the site's
// name and address are code: a change of code redraws every card).
export const getStaticPaths = (async () =>
  (await allCards()).map(({ id, card }) => ({
    params: { card: id },
    props: { card },
    cacheKey: pageCacheKey({ card, font: fontDigest() }),
  }))) satisfies GetStaticPaths;

const cacheOptions = () => ({
  dir: CACHE_DIR,
  fontDigest: fontDigest(),
  render: (card: SocialCard) => renderCard(card, site.title, new URL(site.url).host),
});

let filled: Promise<void> | undefined;

/** On the first card of a build, every missing card is drawn ahead on worker threads; the rest read the cache. */
function fillCache(): Promise<void> {
  filled ??= (async () => {
    const started = performance.now();
    const { dir, fontDigest } = cacheOptions();
    const missing = missingCards(
      (await allCards()).map(({ card }) => card),
      { dir, fontDigest },
    );
    const settings = { dir, fontDigest, siteName: site.title, host: new URL(site.url).host };
    await drawInWorkers(missing, settings, availableParallelism());
    console.log(`[social-cards] drew ${missing.length} cards in ${Math.round(performance.now() - started)} ms`);
  })();
  return filled;
}

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  if (!import.meta.env.DEV) await fillCache();
  const png = await cachedCard(props.card, cacheOptions());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
