/**
 * computeRelated inputs made from generated articles without building a site: the same fields
 * src/data/corpus.ts hands it (province and its 1/7/2025 unit, district, resolved documents, topics,
 * title + sapo + prose paragraphs), read from the generated Markdown with the build's own parsers.
 * For in-process benchmarks and the scale tests of related articles.
 */
import { parse as parseYaml } from 'yaml';
import { generateArticles } from '../generate-articles.ts';
import { articleSlug, frontmatterText } from '../../src/lib/articles/article-files.ts';
import { parseDocumentNumber } from '../../src/lib/documents/document-number.ts';
import { documentLabel, resolveDocument } from '../../src/lib/documents/document-registry.ts';
import { currentProvince, findProvince } from '../../src/lib/places/localities.ts';
import { proseParagraphs } from '../../src/lib/text/markdown-text.ts';
import type { RelatedInput } from '../../src/lib/related/related-corpus.ts';
import { slugify } from '../../src/lib/text/vi-text.ts';
import { parseVnDateTime } from '../../src/lib/dates/vn-date.ts';

interface GeneratedFrontmatter {
  title: string;
  sapo?: string;
  date: string;
  locality: string | { province: string; district?: string };
  resolutions?: string[];
  topics?: string[];
}

function toInput(path: string, content: string): RelatedInput {
  const frontmatter = frontmatterText(content);
  const data = parseYaml(frontmatter, { schema: 'failsafe' }) as GeneratedFrontmatter;
  const body = content.slice(content.indexOf('\n---', 3) + 4);
  const parsedDate = parseVnDateTime(data.date);
  if (!parsedDate.ok) throw new Error(`${path}: ${parsedDate.reason}`);
  const date = parsedDate.value.date;
  const locality = typeof data.locality === 'string' ? { province: data.locality } : data.locality;
  const province = findProvince(locality.province);
  if (!province) throw new Error(`${path}: unknown province ${locality.province}`);
  const unit = currentProvince(province);
  const documents = (data.resolutions ?? []).map((raw) => {
    const number = parseDocumentNumber(raw);
    if (!number) throw new Error(`${path}: unreadable document number ${raw}`);
    const doc = resolveDocument(number, { date, provinceId: province.id });
    return { key: doc.key, label: documentLabel(doc) };
  });
  return {
    id: articleSlug(path),
    date,
    provinceId: province.id,
    currentProvinceId: unit.id,
    provinceName: province.name,
    currentProvinceName: unit.name,
    district: locality.district,
    documents,
    topics: (data.topics ?? []).map((name) => ({ slug: slugify(name), name })),
    text: [data.title, data.sapo ?? '', ...proseParagraphs(body)].join('\n'),
  };
}

/** Inputs for the first `count` generated articles (seed 1 unless given). */
export function generatedRelatedInputs(count: number, seed = 1): RelatedInput[] {
  return generateArticles(count, seed).map(({ path, content }) => toInput(path, content));
}
