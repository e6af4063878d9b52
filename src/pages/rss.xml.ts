import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus.ts';
import { feedResponse, siteFeed } from '../data/feeds.ts';

export const GET: APIRoute = async () => feedResponse(siteFeed(await getCorpus()));
