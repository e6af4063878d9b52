import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, type DocumentCitations } from '../../../data/corpus.ts';
import { documentFeed, feedResponse, hasDocumentFeed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getCorpus();
  return [...documents.values()]
    .filter(hasDocumentFeed)
    .map((citations) => ({ params: { key: citations.document.key }, props: { citations } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ citations: DocumentCitations }> = ({ props }) =>
  feedResponse(documentFeed(props.citations));
