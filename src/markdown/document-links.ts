import { defineMdastPlugin, type MdastTarget } from 'satteri';
import type { DocumentNumber } from '../lib/documents/document-number.ts';
import { documentFullName, documentUrl, resolveDocument } from '../lib/documents/document-registry.ts';
import { findProvince } from '../lib/places/localities.ts';
import { createMentionLinker, type TextPart } from '../lib/documents/mention-links.ts';
import { parseDocumentNumber } from '../lib/documents/document-number.ts';
import { parseVnDateTime } from '../lib/dates/vn-date.ts';

type Frontmatter = Record<string, unknown>;

/** Text inside these nodes is never turned into a link. */
const NO_LINK_ANCESTORS = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html']);

function articleDate(value: unknown): Date | undefined {
  // YAML gives an unquoted date as a Date at UTC midnight; its calendar date is what the editor wrote.
  const raw = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
  const parsed = raw === undefined ? undefined : parseVnDateTime(raw);
  return parsed?.ok ? parsed.value.date : undefined;
}

function articleProvinceId(locality: unknown): string | undefined {
  const name = typeof locality === 'string' ? locality : (locality as { province?: unknown } | undefined)?.province;
  return typeof name === 'string' ? findProvince(name)?.id : undefined;
}

function listedKeys(frontmatter: Frontmatter, context: { date: Date; provinceId: string }): Set<string> {
  const listed = Array.isArray(frontmatter.resolutions) ? frontmatter.resolutions : [];
  const keys = listed
    .map((item) => (typeof item === 'string' ? parseDocumentNumber(item) : null))
    .filter((doc): doc is DocumentNumber => doc !== null)
    .map((doc) => resolveDocument(doc, context).key);
  return new Set(keys);
}

function toMdast(parts: TextPart[]) {
  return parts.map((part) =>
    part.type === 'text'
      ? { type: 'text' as const, value: part.value }
      : {
          type: 'link' as const,
          url: part.url,
          title: part.title,
          children: [{ type: 'text' as const, value: part.value }],
        },
  );
}

/**
 * Document references in article prose ("Nghị quyết số 22-NQ/TW", "Chỉ thị số 29" after its full
 * citation) become links to the document pages, resolved with the article's date and province like
 * its frontmatter. Only documents that have a page are linked: registered ones and those the
 * article's own `resolutions` list.
 */
export const documentLinks = defineMdastPlugin({
  name: 'document-links',
  before(_root, ctx) {
    const astro = ctx.data.astro as { frontmatter?: Frontmatter } | undefined;
    const frontmatter = astro?.frontmatter ?? {};
    const date = articleDate(frontmatter.date);
    const provinceId = articleProvinceId(frontmatter.locality);
    if (!date || !provinceId) return;
    const context = { date, provinceId };
    const listed = listedKeys(frontmatter, context);
    ctx.data.linkMentions = createMentionLinker((doc) => {
      const resolved = resolveDocument(doc, context);
      if (!resolved.registered && !listed.has(resolved.key)) return undefined;
      return { url: documentUrl(resolved), title: documentFullName(resolved) };
    });
  },
  text(node, ctx) {
    const link = ctx.data.linkMentions as ((text: string) => TextPart[]) | undefined;
    if (!link) return;
    let ancestor: Readonly<MdastTarget> | undefined = ctx.parent(node);
    while (ancestor) {
      if (NO_LINK_ANCESTORS.has(ancestor.type)) return;
      ancestor = ctx.parent(ancestor);
    }
    const parts = link(node.value);
    if (parts.some((part) => part.type === 'link')) ctx.replaceNode(node, toMdast(parts));
  },
});
