/**
 * A parsed XML element as plain data, so the pure code that reads REFI-QDA or checks its
 * structure does not need a DOM: main parses the file and hands over this tree.
 */

/** One element: its local name, namespace, attributes, child elements and its own text. */
export interface XmlElement {
  name: string;
  ns: string | null;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's direct text (text and CDATA children, joined). */
  text: string;
}

/** The child elements called `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first child element called `name`. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
