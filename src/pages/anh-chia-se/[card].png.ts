import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { articleCard, type SocialCard } from '../../lib/social-card.ts';
import { cachedCard } from '../../og/card-cache.ts';
import { fontDigest, renderCard } from '../../og/render-card.ts';
import { site } from '../../site.config.ts';

const DEFAULT_CARD = 'mac-dinh';
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/social-cards');

export const getStaticPaths = (async () => {
  const { articles } = await getCorpus();
  const clash = articles.find((article) => article.id === DEFAULT_CARD);
  if (clash) throw new Error(`${clash.entry.filePath}: tên tệp "${DEFAULT_CARD}" trùng với ảnh chia sẻ mặc định của trang; hãy đổi tên bài viết`);
  return [
    { params: { card: DEFAULT_CARD }, props: { card: { title: site.tagline, footer: '' } } },
    ...articles.map((article) => ({
      params: { card: article.id },
      props: { card: articleCard(article.title, article.province.name, article.date) },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const png = await cachedCard(props.card, {
    dir: CACHE_DIR,
    fontDigest: fontDigest(),
    render: (card) => renderCard(card, site.title, new URL(site.url).host),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
