/**
 * The Content-Security-Policy of every page Quotebook shows. Articles are untrusted, so nothing
 * may load from the network and no inline script may run. Inline styles stay allowed because the
 * editor sets style attributes on text it formats.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** The same policy for HTTP headers, which (unlike a meta tag) can also forbid framing. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;
