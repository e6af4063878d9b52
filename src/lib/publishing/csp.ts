/**
 * The site's Content-Security-Policy. Everything is served from the site itself; the only inline code
 * is a few small scripts in the page head, allowed one by one by the hash of their text, so an injected
 * script can never run. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (no JS eval is allowed).
 */
import { createHash } from 'node:crypto';

/** Inline scripts the browser would execute (data blocks such as JSON-LD are not code). */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const TYPE = /\stype\s*=\s*["']?([^"'\s>]*)/i;
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'module']);

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (!EXECUTABLE_TYPES.has((TYPE.exec(attributes)?.[1] ?? '').toLowerCase())) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes].sort();
}

function directives(scriptHashes: readonly string[]): string[] {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** The policy for one page, as a `<meta http-equiv>` can carry it (no frame-ancestors there). */
export function pagePolicy(scriptHashes: readonly string[]): string {
  return directives(scriptHashes).join('; ');
}

/** The policy for an HTTP header covering every page of the site. */
export function headerPolicy(scriptHashes: readonly string[]): string {
  return [...directives(scriptHashes), "frame-ancestors 'none'"].join('; ');
}

const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/g;

/**
 * Puts the policy first in the head, before anything it governs, replacing any earlier one (a page
 * copied from a previous build by an incremental build may already carry one).
 */
export function withPolicyMeta(page: string, policy: string): string {
  const html = page.replace(POLICY_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (charset.test(html)) return html.replace(charset, (tag) => `${tag}${meta}`);
  return html.replace(/<head>/i, `<head>${meta}`);
}

/** The script hashes a page's policy meta allows, or null when the page has none. */
export function policyScriptHashes(page: string): string[] | null {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  if (policy === undefined) return null;
  return policy.match(/'sha256-[^']+'/g) ?? [];
}

/** A `_headers` file (Netlify, Cloudflare Pages and others read it) applying the policy everywhere. */
export function headersFile(scriptHashes: readonly string[]): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy(scriptHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
