/**
 * Gives every built HTML page its Content-Security-Policy: a meta tag with the hashes of the inline
 * scripts of that page as rendered, whoever wrote them (src/lib/publishing/csp.ts). Set while the page
 * is rendered, so a page an incremental build copies from the previous build keeps its policy and no
 * pass over the whole built site is needed. Not in `astro dev`, whose own injected scripts it would block.
 */
import { defineMiddleware } from 'astro:middleware';
import { inlineScriptHashes, pagePolicy, withPolicyMeta } from './lib/publishing/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(withPolicyMeta(html, pagePolicy(inlineScriptHashes(html))), {
    status: response.status,
    headers: response.headers,
  });
});
