/**
 * Which link targets a note may hold: http, https and mailto only. Anything else (javascript:,
 * data:, file:, app-internal schemes) could run code or reach into the machine when clicked, so it
 * is refused when the link is made and again when it is opened.
 */

/** The schemes a note's links may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;

// Browsers ignore C0 controls, DEL and white space when reading a scheme, so an attacker can hide
// "java\tscript:" in them; a link with any of them inside is refused rather than cleaned.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const HOST = /^\/\/[^/?#\s@]*@?[A-Za-z0-9.-]+\.?(?::\d{1,5})?(?:[/?#]|$)|^\/\/\[[0-9A-Fa-f:.]+\](?::\d{1,5})?(?:[/?#]|$)/;
const EMAIL = /^[^\s@/?#:]+@[^\s@/?#:]+\.[^\s@/?#:]+$/;
const BARE_DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?::\d{1,5})?(?:[/?#]|$)/;

/**
 * The link as it will be stored, or null when it is not an allowed link. What people type is
 * completed: "example.org/x" becomes "https://example.org/x", "someone@example.org" a mailto: link.
 */
export function safeLinkUrl(input: string): string | null {
  const url = input.trim();
  if (!url || url.length > 4000 || CONTROL_OR_SPACE.test(url)) return null;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (EMAIL.test(url)) return `mailto:${url}`;
    if (BARE_DOMAIN.test(url)) return `https://${url}`;
    return null;
  }
  const rest = url.slice(scheme.length + 1);
  if (scheme === 'http' || scheme === 'https') return HOST.test(rest) ? `${scheme}:${rest}` : null;
  if (scheme === 'mailto') return EMAIL.test(rest.split('?')[0] ?? '') ? `mailto:${rest}` : null;
  return null;
}

/** True when `url` may be stored in a note or opened from one. */
export function isSafeLinkUrl(url: string): boolean {
  return safeLinkUrl(url) === url.trim() && url.trim() !== '';
}
