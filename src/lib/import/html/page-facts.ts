/**
 * What a web page states for certain, each fact with where it was read: the page's metadata (JSON-LD,
 * Open Graph, `<meta>`) or its structure (the `<h1>`, a `<time>`, a byline element). The importer prefers
 * these to what it would guess from the text, and tells the editor which was used.
 */

export interface PageFact {
  value: string;
  /** For the editor's report: `siêu dữ liệu của trang (og:title)`, `cấu trúc trang (<h1>)`. */
  basis: string;
}

export interface PageFacts {
  title?: PageFact;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, Vietnam time. */
  date?: PageFact;
  updated?: PageFact;
  /** The page's own address: canonical link, `og:url`, or the address it was fetched or saved from. */
  url?: PageFact;
  /** The publisher's name as the page gives it (`og:site_name`), for when the registry does not know the address. */
  publisher?: PageFact;
  author?: PageFact;
  sapo?: PageFact;
  /** Lines the markup marks as picture captions (`<figcaption>`, caption cells) and as subheadings (`<h2>`…). */
  captions?: readonly string[];
  headings?: readonly string[];
  /** Lines the markup prints as `<p>` paragraphs. */
  paragraphs?: readonly string[];
}

export const metadataBasis = (what: string) => `siêu dữ liệu của trang (${what})`;
export const structureBasis = (what: string) => `cấu trúc trang (${what})`;
