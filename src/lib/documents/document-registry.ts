/**
 * The registry of cited documents (content/documents.json) and how a number written in an article is
 * resolved against it. Numbers restart every term, so a page key carries the year, and a local body's
 * key also carries the province: `22-nq-tw-2008`, `29-ct-tu-hau-giang-2013`.
 */
import registryData from '../../../content/documents.json' with { type: 'json' };
import { kindLabel, parseDocumentNumber, type DocumentNumber } from './document-number.ts';
import { findProvince } from '../places/localities.ts';
import { parseVnDateTime, vnIsoDate, vnParts } from '../dates/vn-date.ts';

export type IssuerLevel = 'central' | 'province' | 'district' | 'commune';
const LEVELS: readonly IssuerLevel[] = ['central', 'province', 'district', 'commune'];

interface DocumentBase {
  key: string;
  number: DocumentNumber;
  kind: string;
  kindLabel: string;
  /** Province id for documents of a local body, whose numbering is the province's own. */
  provinceId?: string;
}

export interface RegisteredDocument extends DocumentBase {
  registered: true;
  /** YYYY-MM-DD */
  date: string;
  year: number;
  issuer: string;
  level: IssuerLevel;
  title: string;
  summary?: string;
  titleNote?: string;
  /** Slugs of the number-less ways articles refer to it ("Nghị quyết Trung ương 4 khóa XI"). */
  aliases: string[];
}

/** A well-formed number cited by an article but missing from the registry: still gets a page. */
export interface UnregisteredDocument extends DocumentBase {
  registered: false;
}

export type CitedDocument = RegisteredDocument | UnregisteredDocument;

// National state bodies whose numbers are nation-wide (ministries start with B: BNV, BGDĐT…).
const NATIONAL_STATE_ISSUER = /^(CP|TTG|VPCP|CTN|TANDTC|VKSNDTC|KTNN|NHNN|(UBTV)?QH\d*|B[A-ZĐ]{1,6})(-|$)/i;

/** Whether the document was issued by a local body (its numbers repeat from province to province). */
export function isLocalDocument(number: DocumentNumber): boolean {
  if (number.system === 'party') return !/TW$/.test(number.issuer) && number.issuer !== '';
  return !NATIONAL_STATE_ISSUER.test(number.issuer);
}

export function documentKey(number: DocumentNumber, provinceId: string | undefined, year: number | undefined): string {
  return [number.slug, provinceId, year].filter((part) => part !== undefined && part !== '').join('-');
}

function registryError(index: number, entry: unknown, message: string): Error {
  const label = typeof entry === 'object' && entry && 'number' in entry ? String(entry.number) : `#${index + 1}`;
  return new Error(`content/documents.json, văn bản ${label}: ${message}`);
}

function optionalString(entry: Record<string, unknown>, field: string): string | undefined {
  const value = entry[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function loadRegistry(entries: readonly unknown[]): RegisteredDocument[] {
  const keys = new Map<string, number>();
  return entries.map((raw, index) => {
    if (typeof raw !== 'object' || raw === null) throw registryError(index, raw, 'phải là một nhóm trường');
    const entry = raw as Record<string, unknown>;
    const text = (field: string) => {
      const value = optionalString(entry, field);
      if (!value) throw registryError(index, raw, `thiếu trường ${field}`);
      return value;
    };
    const number = parseDocumentNumber(text('number'));
    if (!number) throw registryError(index, raw, `không đọc được số hiệu "${text('number')}"`);
    const date = parseVnDateTime(text('date'));
    if (!date.ok || date.value.hasTime)
      throw registryError(index, raw, `date: ${date.ok ? 'chỉ ghi ngày YYYY-MM-DD' : date.reason}`);
    const level = text('level') as IssuerLevel;
    if (!LEVELS.includes(level)) throw registryError(index, raw, `level phải là một trong ${LEVELS.join(', ')}`);
    let provinceId: string | undefined;
    if (isLocalDocument(number)) {
      const province = findProvince(text('province'));
      if (!province) throw registryError(index, raw, `không có tỉnh "${text('province')}" trong danh mục địa phương`);
      provinceId = province.id;
    }
    const aliases = Array.isArray(entry.aliases) ? entry.aliases : [];
    const aliasSlugs = aliases.map((alias) => {
      const parsed = typeof alias === 'string' ? parseDocumentNumber(alias) : null;
      if (!parsed) throw registryError(index, raw, `không đọc được tên gọi khác "${String(alias)}"`);
      return parsed.slug;
    });
    const kind = optionalString(entry, 'kind') ?? number.kind;
    const year = vnParts(date.value.date).year;
    const key = documentKey(number, provinceId, year);
    const clash = keys.get(key);
    if (clash !== undefined) throw registryError(index, raw, `trùng khóa ${key} với văn bản thứ ${clash + 1}`);
    keys.set(key, index);
    return {
      registered: true,
      key,
      number,
      kind,
      kindLabel: kindLabel(kind),
      provinceId,
      date: text('date'),
      year,
      issuer: text('issuer'),
      level,
      title: text('title'),
      summary: optionalString(entry, 'summary'),
      titleNote: optionalString(entry, 'titleNote'),
      aliases: aliasSlugs,
    };
  });
}

export const REGISTRY: readonly RegisteredDocument[] = loadRegistry(registryData);

const bySlug = new Map<string, RegisteredDocument[]>();
for (const doc of REGISTRY) {
  for (const slug of [doc.number.slug, ...doc.aliases]) {
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), doc]);
  }
}

export interface CitationContext {
  /** Publication date of the citing article. */
  date: Date;
  /** Province of the citing article: a local body's number means that province's document. */
  provinceId: string;
}

/**
 * The document an article means by a number: among registry entries with that number (and, for a local
 * body, that province), the latest one issued on or before the article's date; an article cannot cite
 * a document issued after it. Unknown numbers resolve to an unregistered document.
 */
export function resolveDocument(number: DocumentNumber, context: CitationContext): CitedDocument {
  const local = isLocalDocument(number);
  const provinceId = local ? context.provinceId : undefined;
  const articleDay = vnIsoDate(context.date);
  const candidates = (bySlug.get(number.slug) ?? [])
    .filter((doc) => doc.provinceId === provinceId)
    .sort((a, b) => a.date.localeCompare(b.date));
  const issuedBefore = candidates.filter((doc) => doc.date <= articleDay);
  const chosen = issuedBefore[issuedBefore.length - 1] ?? candidates[0];
  if (chosen) return chosen;
  return {
    registered: false,
    key: documentKey(number, provinceId, undefined),
    number,
    kind: number.kind,
    kindLabel: kindLabel(number.kind),
    provinceId,
  };
}

/** `Nghị quyết 22-NQ/TW`; a number-less document (a congress resolution) goes by its title. */
export function documentLabel(doc: CitedDocument): string {
  if (doc.number.number === '' && doc.registered) return doc.title;
  return `${doc.kindLabel} ${doc.number.canonical}`;
}

/** `Nghị quyết 22-NQ/TW: Về nâng cao năng lực lãnh đạo…`, for link titles. */
export function documentFullName(doc: CitedDocument): string {
  const label = documentLabel(doc);
  return doc.registered && doc.title !== label ? `${label}: ${doc.title}` : label;
}

export function documentUrl(doc: CitedDocument): string {
  return `/van-ban/${doc.key}/`;
}

/** How a document appears in search filters: the number, with the year when known (`21-NQ/TW (2022)`). */
export function documentFilterValue(doc: CitedDocument): string {
  const name = doc.number.number === '' ? documentLabel(doc) : doc.number.canonical;
  return doc.registered ? `${name} (${doc.year})` : name;
}
