import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  headersFile,
  inlineScriptHashes,
  pagePolicy,
  policyScriptHashes,
  withPolicyMeta,
} from '../../../src/lib/publishing/csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of each executable inline script, once', () => {
    const html = '<script data-x>a()</script><script type="module">b()</script><script>a()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')].sort());
  });

  it('skips scripts loaded from a file and data blocks such as JSON-LD', () => {
    const html = '<script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('hashes Vietnamese text as UTF-8, as browsers do', () => {
    expect(inlineScriptHashes('<script>alert("Đảng")</script>')).toEqual([sha('alert("Đảng")')]);
  });
});

describe('policy', () => {
  it('allows only the site itself, the listed hashes and WebAssembly for search', () => {
    const policy = pagePolicy(["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain('frame-ancestors'); // ignored in a meta tag
  });

  it('puts the meta tag right after the charset, before any script', () => {
    const html = '<html><head><meta charset="utf-8"><script>a()</script></head></html>';
    expect(withPolicyMeta(html, 'x')).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="x"><script>a()</script></head></html>',
    );
  });

  it('replaces the policy of a page that already has one', () => {
    const once = withPolicyMeta('<head><meta charset="utf-8"></head>', 'a');
    expect(withPolicyMeta(once, 'b')).toBe(
      '<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="b"></head>',
    );
  });

  it('writes a _headers file that also forbids framing', () => {
    const file = headersFile(["'sha256-abc'"]);
    expect(file.startsWith('/*\n')).toBe(true);
    expect(file).toMatch(/Content-Security-Policy: .*'sha256-abc'.*frame-ancestors 'none'/);
    expect(file).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('policyScriptHashes', () => {
  it('reads back the hashes of the policy a page carries, and tells a page without one', () => {
    const page = withPolicyMeta(
      '<html><head><meta charset="utf-8"></head></html>',
      pagePolicy([sha('a()'), sha('b()')]),
    );
    expect(policyScriptHashes(page)).toEqual([sha('a()'), sha('b()')]);
    expect(policyScriptHashes(withPolicyMeta('<head></head>', pagePolicy([])))).toEqual([]);
    expect(policyScriptHashes('<head></head>')).toBeNull();
  });
});
