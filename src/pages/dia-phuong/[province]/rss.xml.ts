import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, type ProvinceListing } from '../../../data/corpus.ts';
import { feedResponse, provinceFeed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
  const { provinceListings } = await getCorpus();
  return [...provinceListings.values()].map((listing) => ({
    params: { province: listing.province.id },
    props: { listing },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: ProvinceListing }> = ({ props }) => feedResponse(provinceFeed(props.listing));
