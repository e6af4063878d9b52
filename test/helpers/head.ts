/** Reading what a built page says about itself: meta tags, links and JSON-LD. */

/** Attribute values as the browser reads them (Astro escapes `&`, `"`, `<`, `>` and `'`). */
export function decodeAttribute(value: string): string {
  return value.replace(
    /&(amp|quot|lt|gt|#39|#x27);/g,
    (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[name]!,
  );
}

// A tag whose quoted attribute values may hold `>` (HTML allows it, and Astro leaves it unescaped).
const tagPattern = (name: string) => new RegExp(`<${name}(?:\\s+[\\w:-]+(?:="[^"]*")?)*\\s*/?>`, 'g');

/** Attributes read left to right, so that text inside a value is never taken for an attribute. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  const attribute = /\s+([\w:-]+)(?:="([^"]*)")?/y;
  attribute.lastIndex = tag.search(/[\s/>]/);
  for (let m = attribute.exec(tag); m; m = attribute.exec(tag)) found[m[1]!] = decodeAttribute(m[2] ?? '');
  return found;
}

export function headOf(html: string): string {
  const head = /<head>(.*?)<\/head>/s.exec(html)?.[1];
  if (head === undefined) throw new Error('page without <head>');
  return head;
}

/** Every `<meta property|name=… content=…>` of the head, values in order, keyed by property or name. */
export function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [tag] of headOf(html).matchAll(tagPattern('meta'))) {
    const attrs = attributes(tag);
    const key = attrs.property ?? attrs.name;
    if (key === undefined || attrs.content === undefined) continue;
    tags.set(key, [...(tags.get(key) ?? []), attrs.content]);
  }
  return tags;
}

/** The one value of a meta tag; throws when it is missing or repeated. */
export function metaValue(html: string, key: string): string {
  const values = metaTags(html).get(key) ?? [];
  if (values.length !== 1) throw new Error(`meta ${key}: ${values.length} values`);
  return values[0]!;
}

/** Every `<link>` of the head with its attributes. */
export function headLinks(html: string): Array<Record<string, string>> {
  return [...headOf(html).matchAll(tagPattern('link'))].map(([tag]) => attributes(tag));
}

/** Every JSON-LD block of the page, parsed. */
export function jsonLdBlocks(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}
