/** The documents the search page can recognise in a query, newest first (see src/lib/search/document-query.ts). */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { documentLabel, documentUrl } from '../../lib/documents/document-registry.ts';
import type { DocumentIndexEntry } from '../../lib/search/document-query.ts';
import { formatIsoDate } from '../../lib/dates/vn-date.ts';
import { fold } from '../../lib/text/vi-text.ts';
import { withoutLeadingZeros } from '../../lib/documents/running-number-spelling.ts';

export const GET: APIRoute = async () => {
  const { documents } = await getCorpus();
  const entries: DocumentIndexEntry[] = [...documents.values()]
    .map(({ document }) => document)
    .filter((doc) => doc.number.number !== '')
    .sort((a, b) => (b.registered ? b.date : '').localeCompare(a.registered ? a.date : ''))
    .map((doc) => ({
      key: doc.key,
      url: documentUrl(doc),
      label: documentLabel(doc),
      title: doc.registered ? doc.title : undefined,
      date: doc.registered ? formatIsoDate(doc.date) : undefined,
      n: withoutLeadingZeros(doc.number.number),
      type: fold(doc.number.typeCode).replace(/[^a-z]/g, ''),
      issuer: fold(doc.number.issuer).replace(/[^a-z0-9]/g, ''),
      kind: fold(doc.kindLabel),
    }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
