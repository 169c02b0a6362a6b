/**
 * Parses XML from another program into the plain tree the pure readers use (shared/xml/xmlTree),
 * with jsdom's XML parser. Documents with a DTD are refused: REFI-QDA needs none, and entity
 * declarations are how a hostile file makes a parser expand a few bytes into gigabytes.
 */
import type * as Jsdom from 'jsdom';
import { lazyRequire } from '../lazyRequire';
import { UserError } from '../../shared/api/result';
import type { XmlElement } from '../../shared/xml/xmlTree';

const jsdom = lazyRequire<typeof Jsdom>('jsdom');

let host: Jsdom.JSDOM | null = null;

function toTree(element: Element): XmlElement {
  const attrs: Record<string, string> = {};
  for (const attr of Array.from(element.attributes)) {
    // Namespace declarations are not attributes of the data.
    if (attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) continue;
    attrs[attr.localName] = attr.value;
  }
  const children: XmlElement[] = [];
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 1) children.push(toTree(node as Element));
    else if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return { name: element.localName, ns: element.namespaceURI, attrs, children, text };
}

/** Parses `xml`; `what` names the file in messages ("project.qde in study.qdpx"). */
export function parseXml(xml: string, what: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) throw new UserError('invalid-input', `${what} declares a DTD, which REFI-QDA files never need; Quotebook does not read such files for safety. Export it again from the other program.`);
  const { JSDOM, VirtualConsole } = jsdom();
  host ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  const doc = new host.window.DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'application/xml');
  const root = doc.documentElement;
  if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror').length > 0) {
    const detail = (root?.textContent ?? '').trim().split('\n')[0]?.slice(0, 200) ?? '';
    throw new UserError('invalid-input', `${what} is not well-formed XML${detail ? ` (${detail})` : ''}. The file may be damaged; export it again from the other program.`);
  }
  return toTree(root);
}
