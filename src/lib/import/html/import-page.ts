/**
 * A saved or fetched web page → one article: decoded by its declared charset, read for its facts and
 * its story (page-article.ts), then imported like copied text with the page's facts preferred.
 */
import { importArticle, type ImportOptions, type ImportResult } from '../import-article.ts';
import { decodeHtml } from './decode-html.ts';
import { readPage } from './page-article.ts';

export interface PageSource {
  /** The HTTP `Content-Type` of a fetched page. */
  contentType?: string;
  /** The address a page was fetched from. */
  address?: string;
}

export function importPage(bytes: Uint8Array, from: PageSource, options: ImportOptions): ImportResult {
  const decoded = decodeHtml(bytes, from.contentType);
  if (!decoded.ok) return decoded;
  const read = readPage({ html: decoded.html, ...(from.address !== undefined && { address: from.address }) });
  if (!read.ok) return read;
  return importArticle(read.text, { ...options, page: read.page });
}
