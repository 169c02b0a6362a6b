/**
 * A small, strict XML writer: elements as data, escaped once at the end. Used where no library
 * writes the format (REFI-QDA, and GraphML, whose graphology package only parses). Characters XML
 * 1.0 forbids (most control characters, lone surrogates) are dropped, so the output always parses.
 */

/** An element: name, attributes (undefined ones are left out) and children (elements or text). */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: (XmlNode | string)[];
}

/** Builds an element; `children` may hold `false`/`null`, which are skipped, for readable conditionals. */
export function el(name: string, attrs: XmlNode['attrs'] = {}, children: (XmlNode | string | false | null | undefined)[] = []): XmlNode {
  return { name, attrs, children: children.filter((c): c is XmlNode | string => c !== false && c !== null && c !== undefined) };
}

// Allowed in XML 1.0: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF (paired surrogates).
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The characters of `value` that XML 1.0 can carry. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}

/** Escapes text content. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value (double-quoted); line breaks and tabs are kept as character references. */
export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function write(node: XmlNode, out: string[], indent: string, pretty: boolean): void {
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
    return;
  }
  // Elements holding text are written on one line, so no whitespace is added to the text.
  if (children.some((c) => typeof c === 'string') || !pretty) {
    const inner = children.map((c) => (typeof c === 'string' ? escapeText(c) : serialise(c, false))).join('');
    out.push(`${indent}<${node.name}${attrs}>${inner}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}${attrs}>`);
  for (const child of children) write(child as XmlNode, out, `${indent}  `, pretty);
  out.push(`${indent}</${node.name}>`);
}

function serialise(node: XmlNode, pretty: boolean): string {
  const out: string[] = [];
  write(node, out, '', pretty);
  return out.join(pretty ? '\n' : '');
}

/** A whole document: the XML declaration and the root element, indented for people to read. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialise(root, true)}\n`;
}
