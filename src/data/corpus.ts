/**
 * Everything pages need to know about the whole set of articles, computed once per build (or dev-server
 * module load) and shared by every page: published articles newest first, their provinces and resolved
 * documents, and the indexes by province, document and topic.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { currentProvince, predecessorsOf, provinceById, PROVINCES, type Province } from '../lib/places/localities.ts';
import { computeRelated, type RelatedReason } from '../lib/related/related-articles.ts';
import { documentLabel, REGISTRY, type CitedDocument } from '../lib/documents/document-registry.ts';
import type { DocumentNumber } from '../lib/documents/document-number.ts';
import {
  articleCitations,
  unlistedCitationsText,
  unregisteredDocumentText,
} from '../lib/documents/article-citations.ts';
import { nfc, slugify } from '../lib/text/vi-text.ts';
import { vnIsoDate } from '../lib/dates/vn-date.ts';
import { proseParagraphs, truncateWords } from '../lib/text/markdown-text.ts';
import { articleUrl } from '../lib/publishing/urls.ts';
import { isPublished } from '../lib/articles/publication.ts';
import { splitArticle } from '../lib/articles/article-files.ts';
import { lastModified, type FileHistory } from '../lib/articles/git-history.ts';
import { articleHistories } from './git-dates.ts';
import { assertArticleLinks } from './article-links.ts';
import { site } from '../site.config.ts';
import { oncePerBuild } from './once-per-build.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export interface Topic {
  slug: string;
  name: string;
}

export interface Article {
  id: string;
  url: string;
  entry: ArticleEntry;
  title: string;
  /** The sapo, or the opening of the first paragraph when the article has none. */
  summary: string;
  date: Date;
  hasTime: boolean;
  province: Province;
  /** The province name as the article wrote it. */
  provinceAsWritten: string;
  district?: string;
  commune?: string;
  documents: CitedDocument[];
  /** Every identifiable document the body mentions, in order, whether or not the frontmatter lists it. */
  mentionedNumbers: DocumentNumber[];
  /** Documents the body cites that the frontmatter `resolutions` does not list. */
  unlistedCitations: CitedDocument[];
  topics: Topic[];
  /** When the text last changed after publication (git history, else frontmatter `updated`). */
  lastModified: Date | undefined;
  /** The file on the git host, when the site config names one. */
  editUrl: string | undefined;
  /** Minutes to read the sapo and the prose ("5 phút đọc"), at least 1. */
  readingMinutes: number;
}

export interface DocumentCitations {
  document: CitedDocument;
  /** Citing articles, newest first. */
  articles: Article[];
  /** Provinces of the citing articles, most citing first. */
  provinces: Array<{ province: Province; count: number }>;
  /** Documents cited in the same articles, most often first. */
  coCited: Array<{ document: CitedDocument; count: number }>;
}

export interface ProvinceListing {
  province: Province;
  /** The province's own articles and, for a unit formed on 1/7/2025, its predecessors', newest first. */
  articles: Article[];
  /** Ids of the listed articles that belong to a predecessor province. */
  fromPredecessors: Set<string>;
}

export interface Corpus {
  /** Published articles, newest first. */
  articles: Article[];
  byProvince: Map<string, Article[]>;
  /** Every province with articles of its own or of its predecessors. */
  provinceListings: Map<string, ProvinceListing>;
  /** Every registered document and every cited one, by key. */
  documents: Map<string, DocumentCitations>;
  topics: Map<string, { topic: Topic; articles: Article[] }>;
  /** Articles by year and by `YYYY-MM`, in Vietnam time, newest first. */
  byYear: Map<string, Article[]>;
  byMonth: Map<string, Article[]>;
  /** Related articles of each article, strongest first, with the reasons they are related. */
  related: Map<string, Array<{ article: Article; reasons: RelatedReason[] }>>;
  /** The next older and newer article of the same province (as published), by article id. */
  neighbours: Map<string, { older?: Article; newer?: Article }>;
  /** Documents cited but missing from the registry, with the files citing them (for warnings). */
  unregistered: Array<{ document: CitedDocument; files: string[] }>;
}

const ARTICLES_DIR = 'content/articles';

/** Articles tell their URL on the git host relative to the article folder. */
function editUrl(filePath: string | undefined): string | undefined {
  if (!site.editBaseUrl || !filePath?.startsWith(`${ARTICLES_DIR}/`)) return undefined;
  return `${site.editBaseUrl.replace(/\/+$/, '')}/${encodeURI(filePath.slice(ARTICLES_DIR.length + 1))}`;
}

/** An article, and its title, sapo and prose paragraphs as plain text (for related articles only, then dropped). */
/** The Markdown body of an article, read from its file (the loader keeps bodies out of the data store). */
function bodyOf(entry: ArticleEntry): string {
  if (!entry.filePath) throw new Error(`${entry.id}: the article has no file`);
  return nfc(splitArticle(readFileSync(entry.filePath, 'utf8')).body);
}

function toArticle(
  entry: ArticleEntry,
  body: string,
  histories: Map<string, FileHistory>,
): { article: Article; text: string } {
  const { data } = entry;
  const province = provinceById(data.locality.province.id);
  if (!province) throw new Error(`${entry.filePath}: locality: không tìm thấy tỉnh ${data.locality.province.id}`);
  const context = { date: data.date.date, provinceId: province.id };
  const paragraphs = proseParagraphs(body);
  const citations = articleCitations(data.resolutions, body, context);
  const article: Article = {
    id: entry.id,
    url: articleUrl(entry.id),
    entry,
    title: data.title,
    summary: data.sapo ?? truncateWords(paragraphs[0] ?? '', 45),
    date: data.date.date,
    hasTime: data.date.hasTime,
    province,
    provinceAsWritten: data.locality.province.asWritten,
    district: data.locality.district,
    commune: data.locality.commune,
    documents: citations.documents,
    mentionedNumbers: citations.mentionedNumbers,
    unlistedCitations: citations.unlisted.map((c) => c.document),
    topics: data.topics.map((name) => ({ slug: slugify(name), name })),
    lastModified: lastModified(histories.get(entry.filePath ?? ''), data.date.date, data.updated?.date),
    editUrl: editUrl(entry.filePath),
    readingMinutes: readingMinutes([data.sapo ?? '', ...paragraphs].join(' ')),
  };
  return { article, text: [data.title, data.sapo ?? '', ...paragraphs].join('\n') };
}

/** Vietnamese is read at about 230 syllables a minute; a syllable is a space-separated word. */
const SYLLABLES_PER_MINUTE = 230;

function readingMinutes(text: string): number {
  const syllables = text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return Math.max(1, Math.round(syllables / SYLLABLES_PER_MINUTE));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Newest first; ties broken by id so that every build lists articles in the same order. */
function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id);
}

function countBy<T>(items: T[], keyOf: (item: T) => string): Array<{ item: T; count: number }> {
  const counts = new Map<string, { item: T; count: number }>();
  for (const item of items) {
    const key = keyOf(item);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { item, count: 1 });
  }
  return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).map(([, v]) => v);
}

function summariseCitations(citations: DocumentCitations): void {
  const { articles, document } = citations;
  citations.provinces = countBy(
    articles.map((a) => a.province),
    (p) => p.id,
  ).map(({ item, count }) => ({ province: item, count }));
  const others = articles.flatMap((a) => a.documents.filter((d) => d.key !== document.key));
  citations.coCited = countBy(others, (d) => d.key).map(({ item, count }) => ({ document: item, count }));
}

function listProvinces(byProvince: Map<string, Article[]>): Map<string, ProvinceListing> {
  const listings = new Map<string, ProvinceListing>();
  for (const province of PROVINCES) {
    const own = byProvince.get(province.id) ?? [];
    const inherited = predecessorsOf(province).flatMap((p) => byProvince.get(p.id) ?? []);
    if (own.length + inherited.length === 0) continue;
    const articles = [...own, ...inherited].sort(newestFirst);
    listings.set(province.id, { province, articles, fromPredecessors: new Set(inherited.map((a) => a.id)) });
  }
  return listings;
}

function relatedArticles(articles: Article[], texts: ReadonlyMap<string, string>): Corpus['related'] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const scored = computeRelated(
    articles.map((a) => ({
      id: a.id,
      date: a.date,
      provinceId: a.province.id,
      currentProvinceId: currentProvince(a.province).id,
      provinceName: a.province.name,
      currentProvinceName: currentProvince(a.province).name,
      district: a.district,
      documents: a.documents.map((d) => ({ key: d.key, label: documentLabel(d) })),
      topics: a.topics,
      text: texts.get(a.id)!,
    })),
  );
  return new Map(
    [...scored].map(([id, list]) => [
      id,
      list.map(({ id: other, reasons }) => ({ article: byId.get(other)!, reasons })),
    ]),
  );
}

async function buildCorpus(): Promise<Corpus> {
  const started = performance.now();
  const build = { dev: import.meta.env.DEV, now: new Date() };
  const all = await getCollection('articles');
  const collectionMs = performance.now() - started;
  const published = (entry: ArticleEntry) =>
    isPublished({ draft: entry.data.draft, date: entry.data.date.date }, build);
  const entries = all.filter(published).map((entry) => ({ entry, body: bodyOf(entry) }));
  assertArticleLinks(
    entries.map(({ entry, body }) => ({ id: entry.id, filePath: entry.filePath, body })),
    all.filter((entry) => !published(entry)).map((entry) => entry.id),
    ARTICLES_DIR,
  );
  const histories = articleHistories(ARTICLES_DIR);
  const read = entries.map(({ entry, body }) => toArticle(entry, body, histories));
  const articles = read.map((r) => r.article).sort(newestFirst);
  const articlesMs = performance.now() - started - collectionMs;

  const byProvince = new Map<string, Article[]>();
  const documents = new Map<string, DocumentCitations>(
    REGISTRY.map((document) => [document.key, { document, articles: [], provinces: [], coCited: [] }]),
  );
  const topics = new Map<string, { topic: Topic; articles: Article[] }>();
  const unregisteredFiles = new Map<string, string[]>();
  const byYear = new Map<string, Article[]>();
  const byMonth = new Map<string, Article[]>();
  for (const article of articles) {
    pushTo(byProvince, article.province.id, article);
    const day = vnIsoDate(article.date);
    pushTo(byYear, day.slice(0, 4), article);
    pushTo(byMonth, day.slice(0, 7), article);
    for (const document of article.documents) {
      const citations = documents.get(document.key) ?? { document, articles: [], provinces: [], coCited: [] };
      citations.articles.push(article);
      documents.set(document.key, citations);
      if (!document.registered) pushTo(unregisteredFiles, document.key, article.entry.filePath ?? article.id);
    }
    for (const topic of article.topics) {
      const group = topics.get(topic.slug) ?? { topic, articles: [] };
      group.articles.push(article);
      topics.set(topic.slug, group);
    }
  }
  for (const citations of documents.values()) summariseCitations(citations);
  const relatedStarted = performance.now();
  const related = relatedArticles(articles, new Map(read.map((r) => [r.article.id, r.text])));
  const relatedMs = performance.now() - relatedStarted;
  const neighbours = new Map<string, { older?: Article; newer?: Article }>();
  for (const list of byProvince.values()) {
    list.forEach((article, i) => neighbours.set(article.id, { older: list[i + 1], newer: list[i - 1] }));
  }
  const provinceListings = listProvinces(byProvince);
  const unregistered = [...unregisteredFiles].map(([key, files]) => ({
    document: documents.get(key)!.document,
    files,
  }));
  for (const article of articles.filter((a) => a.unlistedCitations.length > 0)) {
    console.warn(`[trích dẫn] ${article.entry.filePath}: ${unlistedCitationsText(article.unlistedCitations)}`);
  }
  for (const { document, files } of unregistered) {
    console.warn(`[văn bản] ${unregisteredDocumentText(document)}; trích dẫn ở: ${files.join(', ')}`);
  }
  // One line per computation: benchmarks read the times, and tests check that a build computes this once.
  console.log(
    `[corpus] built from ${articles.length} articles in ${Math.round(performance.now() - started)} ms (collection: ${Math.round(collectionMs)} ms, articles: ${Math.round(articlesMs)} ms, related articles: ${Math.round(relatedMs)} ms)`,
  );
  return {
    articles,
    byProvince,
    provinceListings,
    documents,
    topics,
    byYear,
    byMonth,
    related,
    neighbours,
    unregistered,
  };
}

export const getCorpus: () => Promise<Corpus> = oncePerBuild(buildCorpus);
