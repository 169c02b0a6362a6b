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

// Anything that might need FORBIDDEN's slower full check: control characters, surrogates, U+FFFE/F.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The characters of `value` that XML 1.0 can carry. */
export function xmlSafe(value: string): string {
  return SUSPECT.test(value) ? value.replace(FORBIDDEN, '') : value;
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

/** Escapes text content. */
export function escapeText(value: string): string {
  return xmlSafe(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes an attribute value (double-quoted); line breaks and tabs are kept as character references. */
export function escapeAttr(value: string): string {
  return xmlSafe(value).replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c]!);
}

/** Writes `node` as text; V8 joins `+=` pieces lazily (ropes), cheaper than a huge array join. */
function write(node: XmlNode, indent: string, pretty: boolean): string {
  let out = `${indent}<${node.name}`;
  const attrs = node.attrs ?? {};
  for (const key in attrs) {
    const value = attrs[key];
    if (value !== undefined) out += ` ${key}="${escapeAttr(String(value))}"`;
  }
  const children = node.children ?? [];
  if (children.length === 0) return `${out}/>`;
  out += '>';
  // Elements holding text are written on one line, so no whitespace is added to the text.
  const inline = !pretty || children.some((c) => typeof c === 'string');
  for (const child of children) {
    if (typeof child === 'string') out += escapeText(child);
    else if (inline) out += write(child, '', false);
    else out += `\n${write(child, `${indent}  `, true)}`;
  }
  if (!inline) out += `\n${indent}`;
  return `${out}</${node.name}>`;
}

/** A whole document: the XML declaration and the root element, indented for people to read. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, '', true)}\n`;
}
