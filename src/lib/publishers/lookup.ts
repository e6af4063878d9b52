/**
 * Finding a publisher from what a page gives: its address, a marker printed before the lead, or the name
 * in a "Theo …" / "Nguồn: …" line; and the publisher a merged one had become on an article's date.
 */
import { fold, matchKey } from '../text/vi-text.ts';
import { REGISTRY, type Publisher, type PublisherRegistry } from './registry.ts';

/** Prefixes of mobile, AMP and `www` editions: the same publisher as the bare host. */
const EDITION_PREFIX = /^(?:www\d?|m|amp|mobile|en)\./;

/**
 * The host of an address or host name, lower case, without port, trailing dot and edition prefix;
 * undefined when the text is not one.
 */
export function hostOf(address: string): string | undefined {
  const trimmed = address.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return undefined;
  while (EDITION_PREFIX.test(host) && host.split('.').length > 2) host = host.replace(EDITION_PREFIX, '');
  return host;
}

/**
 * The publisher of an address or host: the host itself, else its nearest registered parent domain
 * (`tinhuy.baogialai.com.vn` → baogialai.com.vn). A sub-site registered on its own wins over its parent.
 */
export function publisherByHost(address: string, registry: PublisherRegistry = REGISTRY): Publisher | undefined {
  const host = hostOf(address);
  if (host === undefined) return undefined;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const hit = registry.byDomain.get(labels.slice(i).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** The publisher a printed marker stands for (`GLO`, `(GLO)`, `glo`, `(Baoyenbai.com.vn)`), if known. */
export function publisherByMarker(marker: string, registry: PublisherRegistry = REGISTRY): Publisher | undefined {
  const bare = marker
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (bare === '') return undefined;
  const hit = registry.byMarker.get(matchKey(bare));
  if (hit) return hit;
  // A marker that is a web address (`Baoyenbai.com.vn`) names the publisher of that address.
  return /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org)$/iu.test(bare) && fold(bare) === bare.toLowerCase()
    ? publisherByHost(bare, registry)
    : undefined;
}

// Words that open a publisher's name but that pages drop ("Theo Dân trí", "Nguồn: Nhân Dân").
const KIND_WORDS = /^(?:báo điện tử|báo|tạp chí|tạp chí điện tử|đài|cổng thông tin điện tử|trang tin điện tử)\s+/u;
const nameKey = (name: string) =>
  matchKey(name)
    .replace(/[^\p{L}\p{M}\p{N}&+]+/gu, ' ')
    .trim();

const nameIndexes = new WeakMap<PublisherRegistry, Map<string, Publisher | null>>();

/** Name keys of every publisher; `null` marks a spelling two publishers share, which never decides. */
function nameIndex(registry: PublisherRegistry): Map<string, Publisher | null> {
  const cached = nameIndexes.get(registry);
  if (cached) return cached;
  const index = new Map<string, Publisher | null>();
  const add = (spelling: string, p: Publisher) => {
    for (const key of new Set([nameKey(spelling), nameKey(matchKey(spelling).replace(KIND_WORDS, ''))])) {
      if (key === '') continue;
      const other = index.get(key);
      index.set(key, other === undefined || other === p ? p : null);
    }
  };
  for (const p of registry.publishers) for (const spelling of [p.name, ...p.aliases, ...p.markers]) add(spelling, p);
  nameIndexes.set(registry, index);
  return index;
}

/**
 * The publisher a "Theo …" or "Nguồn: …" line names: its name with or without `Báo`/`Tạp chí`/`Đài`, an
 * alias, a marker or a web address, in any case.
 */
export function publisherByName(name: string, registry: PublisherRegistry = REGISTRY): Publisher | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  const hit = nameIndex(registry).get(key) ?? nameIndex(registry).get(nameKey(matchKey(name).replace(KIND_WORDS, '')));
  if (hit) return hit;
  return /\.[a-z]{2,}\/?$/i.test(name.trim()) ? publisherByHost(name, registry) : undefined;
}

/**
 * The publisher that carried on a merged publisher's work on a date: itself until its `until` day, then
 * the one it was merged into (followed as far as the date requires). Without a date, itself.
 */
export function successorOn(publisher: Publisher, date?: string, registry: PublisherRegistry = REGISTRY): Publisher {
  if (date === undefined) return publisher;
  const day = date.slice(0, 10);
  let current = publisher;
  for (;;) {
    const next = current.mergedInto === undefined ? undefined : registry.byId.get(current.mergedInto);
    // Without its own last day, a merged publisher ends the day before its successor's first.
    const ended = current.until !== undefined ? day > current.until : next?.from !== undefined && day >= next.from;
    if (!next || !ended) return current;
    current = next;
  }
}
