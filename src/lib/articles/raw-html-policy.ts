/**
 * What raw HTML an article may contain. Articles are written in Markdown; markup copied from a web
 * page (scripts, frames, styles, event handlers, stray tags) has no place in them. HTML comments are
 * allowed as notes to other editors and are dropped from the page.
 */
export type RawHtmlVerdict = 'comment' | 'forbidden';

export function judgeRawHtml(html: string): RawHtmlVerdict {
  return /^\s*<!--[\s\S]*?-->\s*$/.test(html) ? 'comment' : 'forbidden';
}

/** MDX elements that would run code or load content from elsewhere in a reader's browser. */
const UNSAFE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
]);

export function isUnsafeMdxElement(name: string | null, attributeNames: readonly string[]): boolean {
  if (name && UNSAFE_ELEMENTS.has(name.toLowerCase())) return true;
  return attributeNames.some((attribute) => /^on/i.test(attribute) || attribute === 'dangerouslySetInnerHTML');
}

/** Link targets that run code instead of opening a page (browsers ignore case, spaces and control characters). */
export function hasScriptProtocol(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers skip control characters in a link's scheme
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** A short, one-line extract of offending markup for an error message. */
export function excerpt(html: string, max = 60): string {
  const line = html.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
