import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { excerpt, hasScriptProtocol, isUnsafeMdxElement, judgeRawHtml } from '../lib/articles/raw-html-policy.ts';
import { nfc } from '../lib/text/vi-text.ts';

type Positioned = { position?: { start: { line: number } } | undefined };

/**
 * Where a node is, as editors' tools print places (`content/articles/x.md:12`). Positions count from
 * the start of the body, so the lines of the frontmatter above it are added.
 */
function locator(fileURL: URL | undefined, body: string): (node: Readonly<Positioned>) => string {
  if (!fileURL) return () => 'bài viết';
  const file = fileURLToPath(fileURL);
  const path = file.replace(/^.*?(content\/articles\/)/, '$1');
  // Only an error needs the place: the file is read then, not for every article rendered.
  return (node) => {
    if (!node.position) return path;
    const source = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const at = body ? source.indexOf(body) : -1;
    const offset = at > 0 ? source.slice(0, at).split('\n').length - 1 : 0;
    return `${path}:${node.position.start.line + offset}`;
  };
}

/** A picture next to the article, as opposed to one on the web or in public/. */
const isLocalPath = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url);

interface JsxElement extends Positioned {
  name: string | null;
  attributes: ReadonlyArray<{ type: string; name?: string }>;
}

function refuseUnsafeElement(node: Readonly<JsxElement>, place: (node: Readonly<Positioned>) => string): void {
  const attributes = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name ? [a.name] : []));
  if (isUnsafeMdxElement(node.name, attributes)) {
    throw new Error(
      `${place(node)}: thẻ <${node.name ?? ''}> không được phép trong bài viết (mã chạy trên trình duyệt của bạn đọc)`,
    );
  }
}

/**
 * Enforces the article body rules the build cannot leave to chance: text in NFC (NFD from some
 * editors and Mac clipboards looks the same but breaks search), no raw HTML (see raw-html-policy.ts),
 * no unsafe MDX elements or script links, and a description on every picture.
 */
export const contentPolicy = ({ fileURL, source }: PluginFactoryContext) => {
  const place = locator(fileURL, source);
  return defineMdastPlugin({
    name: 'content-policy',
    options: { position: true },
    text(node, ctx) {
      const value = nfc(node.value);
      if (value !== node.value) ctx.replaceNode(node, { type: 'text', value });
    },
    html(node, ctx) {
      if (judgeRawHtml(node.value) === 'comment') return ctx.removeNode(node);
      throw new Error(
        `${place(node)}: không dùng mã HTML trong thân bài ("${excerpt(node.value)}"); viết bằng Markdown, hoặc xóa đoạn mã đã chép theo từ trang web`,
      );
    },
    mdxJsxFlowElement(node) {
      refuseUnsafeElement(node, place);
    },
    mdxJsxTextElement(node) {
      refuseUnsafeElement(node, place);
    },
    link(node) {
      if (hasScriptProtocol(node.url)) {
        throw new Error(
          `${place(node)}: liên kết "${excerpt(node.url)}" chạy mã trên trình duyệt, không được phép; dùng địa chỉ https://…`,
        );
      }
    },
    image(node) {
      if (fileURL && isLocalPath(node.url) && !existsSync(new URL(decodeURI(node.url), fileURL))) {
        throw new Error(
          `${place(node)}: không tìm thấy ảnh "${node.url}": đặt tệp ảnh cạnh bài viết và ghi đúng tên tệp`,
        );
      }
      if (!node.alt?.trim()) {
        throw new Error(
          `${place(node)}: ảnh "${node.url}" cần có mô tả cho người khiếm thị: viết ![Mô tả ảnh](${node.url})`,
        );
      }
    },
  });
};
