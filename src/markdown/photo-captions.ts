import { defineMdastPlugin } from 'satteri';

/**
 * A paragraph made only of emphasis (`*Quang cảnh hội thảo.*`) is a photo caption: the editors' way to
 * keep a caption whose picture did not come with the copied text. It renders as a caption, not as prose.
 */
export const photoCaptions = defineMdastPlugin({
  name: 'photo-captions',
  paragraph(node, ctx) {
    const [only, ...rest] = node.children;
    if (!only || rest.length > 0 || only.type !== 'emphasis') return;
    ctx.replaceNode(node, {
      type: 'photoCaption',
      data: { hName: 'p', hProperties: { className: ['photo-caption'] } },
      children: only.children,
    });
  },
});
