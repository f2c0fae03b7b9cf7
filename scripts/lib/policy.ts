/**
 * The browser policy of the site, defined once: the Content-Security-Policy `scripts/serve.ts` sends with
 * every response, and the `<meta>` copy `vite.config.ts` writes into `index.html`, so a site copied to a plain
 * static host (no headers) keeps all of it except what only a header can say.
 */

/** Every directive: nothing may be fetched from another origin, and no other site may frame the dashboard. */
export const POLICY_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // DuckDB's engine is WebAssembly, compiled in the page.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
];

/**
 * Directives a browser ignores in a `<meta>` policy (CSP level 3, §6.1): who may frame the page can only be
 * said in a response header, so on a host without `scripts/serve.ts`'s headers other sites can frame it.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The Content-Security-Policy header's value. */
export const CONTENT_SECURITY_POLICY = POLICY_DIRECTIVES.join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`: without the header-only directives. */
export const META_CONTENT_SECURITY_POLICY = POLICY_DIRECTIVES.filter(
  (directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0] ?? ''),
).join('; ');

/** The headers of every response: the policy, and the same framing rule for browsers older than CSP 2. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // SAMEORIGIN is `frame-ancestors 'self'` for browsers that read only this header.
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The `<meta>` element `index.html` carries, with a comment saying what it cannot hold. */
export function buildPolicyMeta(): string {
  return (
    `<!-- The site's policy (scripts/lib/policy.ts). frame-ancestors is not here: browsers ignore it in a meta;\n` +
    `         only scripts/serve.ts's header (or your web server's) stops other sites framing the page. -->\n` +
    `    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`
  );
}
