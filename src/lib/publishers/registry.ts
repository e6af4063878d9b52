/**
 * The publishers articles come from (content/publishers.json): Party papers and radio-television stations
 * of every province before and after the 1/7/2025 merger, national outlets, magazines, portals and the
 * aggregator, each with the web addresses it uses and the source markers it prints. Checked at load,
 * with Vietnamese messages naming the entry: an editor adding a paper gets told what is wrong.
 */
import data from '../../../content/publishers.json' with { type: 'json' };
import { provinceById } from '../places/localities.ts';
import { matchKey } from '../text/vi-text.ts';

export const PUBLISHER_KINDS = [
  'provincial-paper',
  'provincial-broadcaster',
  'provincial-media',
  'national',
  'magazine',
  'portal',
  'aggregator',
] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

export interface Publisher {
  readonly id: string;
  readonly name: string;
  readonly kind: PublisherKind;
  /** Province id (content/localities.json) of a provincial publisher. */
  readonly province?: string;
  /** Host names without `www.`, lower case. */
  readonly domains: readonly string[];
  /** Markers as printed at the start of a lead (`GLO`, `Baothanhhoa.vn`), without brackets. */
  readonly markers: readonly string[];
  /** Other names pages give it in "Theo …" / "Nguồn: …" lines (`Dân trí`, `VNE`). */
  readonly aliases: readonly string[];
  /** Last day it published under this name (YYYY-MM-DD). */
  readonly until?: string;
  /** First day it published under this name. */
  readonly from?: string;
  /** The publisher it became part of; its domains and markers stay here when the successor kept them. */
  readonly mergedInto?: string;
  /** Some fact of the entry (a marker, a merger, a name) is inferred rather than confirmed. */
  readonly inferred: boolean;
  /** What is inferred, or why the entry is as it is. */
  readonly note?: string;
}

const SOURCE = 'content/publishers.json';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const HOST_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const FIELDS = new Set([
  'id',
  'name',
  'kind',
  'province',
  'domains',
  'markers',
  'aliases',
  'until',
  'from',
  'mergedInto',
  'inferred',
  'note',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isKind(value: unknown): value is PublisherKind {
  return (PUBLISHER_KINDS as readonly unknown[]).includes(value);
}

function invalid(index: number, id: unknown, message: string): Error {
  const label = typeof id === 'string' ? `“${id}”` : 'chưa có id hợp lệ';
  return new Error(`${SOURCE}: mục ${index} (${label}) ${message}`);
}

function readEntry(raw: unknown, index: number): Publisher {
  if (!isRecord(raw)) throw invalid(index, undefined, 'không phải một nhóm trường { … }');
  const err = (message: string) => invalid(index, raw.id, message);
  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) throw err(`có trường không được hỗ trợ “${key}”`);
  const text = (key: string, value: unknown = raw[key]): string => {
    if (typeof value !== 'string' || value.trim() === '') throw err(`cần chuỗi ký tự không rỗng ở “${key}”`);
    if (value !== value.normalize('NFC')) throw err(`có chữ không ở dạng NFC ở “${key}”: ${value}`);
    return value;
  };
  const optional = (key: string) => (raw[key] === undefined ? undefined : text(key));
  const list = (key: string, required: boolean): string[] => {
    const value = raw[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value)) throw err(`cần một danh sách ở “${key}”`);
    const items = (value as unknown[]).map((item) => text(key, item));
    if (new Set(items.map(matchKey)).size !== items.length) throw err(`lặp lại một giá trị trong “${key}”`);
    return items;
  };
  const date = (key: string) => {
    const value = optional(key);
    if (value !== undefined && !DATE_PATTERN.test(value))
      throw err(`cần ngày dạng YYYY-MM-DD ở “${key}”, có “${value}”`);
    return value;
  };

  const id = text('id');
  if (!ID_PATTERN.test(id)) throw err('cần id viết thường, không dấu, nối bằng gạch ngang');
  const kind = raw.kind;
  if (!isKind(kind)) throw err(`cần “kind” là một trong ${PUBLISHER_KINDS.join(', ')}`);
  const province = optional('province');
  if (province !== undefined && !provinceById(province))
    throw err(`ghi tỉnh “${province}” không có trong content/localities.json`);
  if (kind.startsWith('provincial') && province === undefined)
    throw err('là cơ quan báo chí của tỉnh nhưng thiếu “province”');
  const domains = list('domains', true);
  for (const domain of domains) {
    if (!HOST_PATTERN.test(domain) || domain.startsWith('www.'))
      throw err(`có tên miền “${domain}” không hợp lệ (viết thường, không có www., không có https://)`);
  }
  const from = date('from');
  const until = date('until');
  if (from !== undefined && until !== undefined && from > until)
    throw err(`có “from” (${from}) sau “until” (${until})`);
  const mergedInto = optional('mergedInto');
  if (mergedInto === id) throw err('sáp nhập vào chính nó');
  const inferred = raw.inferred ?? false;
  if (typeof inferred !== 'boolean') throw err('cần true hoặc false ở “inferred”');
  const note = optional('note');

  return Object.freeze({
    id,
    name: text('name'),
    kind,
    ...(province !== undefined && { province }),
    domains: Object.freeze(domains),
    markers: Object.freeze(list('markers', true)),
    aliases: Object.freeze(list('aliases', false)),
    ...(until !== undefined && { until }),
    ...(from !== undefined && { from }),
    ...(mergedInto !== undefined && { mergedInto }),
    inferred,
    ...(note !== undefined && { note }),
  });
}

export interface PublisherRegistry {
  readonly publishers: readonly Publisher[];
  readonly byId: ReadonlyMap<string, Publisher>;
  /** Every domain, lower case. */
  readonly byDomain: ReadonlyMap<string, Publisher>;
  /** Markers by match key (case and tone placement ignored). */
  readonly byMarker: ReadonlyMap<string, Publisher>;
}

function load(raw: unknown): PublisherRegistry {
  if (!Array.isArray(raw)) throw new Error(`${SOURCE}: phải là một danh sách JSON các cơ quan báo chí`);
  const publishers = Object.freeze((raw as unknown[]).map(readEntry));
  const byId = new Map<string, Publisher>();
  const byDomain = new Map<string, Publisher>();
  const byMarker = new Map<string, Publisher>();
  publishers.forEach((p, index) => {
    if (byId.has(p.id)) throw invalid(index, p.id, 'lặp lại id của một mục trước');
    byId.set(p.id, p);
    for (const domain of p.domains) {
      const other = byDomain.get(domain);
      if (other) throw invalid(index, p.id, `ghi tên miền “${domain}” đã thuộc về “${other.id}”`);
      byDomain.set(domain, p);
    }
    for (const marker of p.markers) {
      const other = byMarker.get(matchKey(marker));
      if (other) throw invalid(index, p.id, `ghi dấu nguồn “${marker}” đã thuộc về “${other.id}”`);
      byMarker.set(matchKey(marker), p);
    }
  });
  publishers.forEach((p, index) => {
    if (p.mergedInto !== undefined && !byId.has(p.mergedInto))
      throw invalid(index, p.id, `sáp nhập vào “${p.mergedInto}”, không có trong danh mục`);
  });
  // A merger chain must end: a loop would make the successor lookup run forever.
  for (const p of publishers) {
    const seen = new Set<string>([p.id]);
    for (let next = p.mergedInto; next !== undefined; next = byId.get(next)?.mergedInto) {
      if (seen.has(next)) throw new Error(`${SOURCE}: chuỗi sáp nhập của “${p.id}” quay vòng qua “${next}”`);
      seen.add(next);
    }
  }
  return { publishers, byId, byDomain, byMarker };
}

/** Checks registry data as the module checks content/publishers.json at load; throws on the first bad entry. */
export function validatePublishers(raw: unknown): PublisherRegistry {
  return load(raw);
}

export const REGISTRY: PublisherRegistry = load(data);
export const PUBLISHERS: readonly Publisher[] = REGISTRY.publishers;

export function publisherById(id: string): Publisher | undefined {
  return REGISTRY.byId.get(id);
}
