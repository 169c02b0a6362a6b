/**
 * Reduces a parsed HTML tree to an article's canonical text and blocks. It is fed by jsdom when a
 * file is imported and by the browser's inert DOMParser when something is pasted, so it is typed
 * against the few node properties both provide and never touches a live document. Only text
 * survives: no attribute, URL or markup is carried over, so nothing in the result can run or load.
 */
import type { Block } from '../model';

/** The part of a DOM node the reducer reads; jsdom and browser nodes both satisfy it. */
export interface DomNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNodeLike>;
  getAttribute?(name: string): string | null;
}

/** An article body as canonical text plus `[start, end)` blocks of it. */
export interface ReducedText {
  text: string;
  blocks: Block[];
}

/** Options of `reduceDom`. */
export interface ReduceOptions {
  /** Also drop navigation, page headers/footers, asides and forms (a whole page rather than a selection). */
  dropChrome?: boolean;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never text: code, embedded content, form controls, metadata and foreign (SVG/MathML) trees. */
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME FRAME FRAMESET OBJECT EMBED APPLET SVG MATH CANVAS VIDEO AUDIO SOURCE TRACK PICTURE IMG IMAGE MAP AREA INPUT BUTTON SELECT OPTION TEXTAREA HEAD TITLE META LINK BASE DIALOG PORTAL SLOT XMP PLAINTEXT NOEMBED NOFRAMES PARAM'.split(' '),
);
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIR DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'.split(' '),
);
const CELL = new Set(['TD', 'TH']);

type Kind = Block['kind'];

function kindOf(name: string): Kind | null {
  if (/^H[1-6]$/.test(name)) return 'heading';
  if (name === 'BLOCKQUOTE') return 'blockquote';
  if (name === 'LI' || name === 'DD' || name === 'DT') return 'listItem';
  return null;
}

/** Hidden content is not part of what the reader saw, and a hostile page can hide fake quotes there. */
function isHidden(node: DomNodeLike): boolean {
  const attr = (name: string) => node.getAttribute?.(name) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true') return true;
  const style = attr('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** A class or id token naming an advertisement slot ("ad", "ad-inline", "inline-ad", "adsbygoogle", "sponsored"). */
const AD_TOKEN = /^(?:ads?|adverts?|advertisement|advertising|adsbygoogle|sponsored|ad[-_][\w-]+|[\w-]+[-_]ad)$/i;

/**
 * True for an element that holds an advertisement: an ad inside a story ("ADVERTISEMENT" and its
 * copy) would otherwise become a paragraph of the article.
 */
export function isAdvert(node: DomNodeLike): boolean {
  const tokens = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`.split(/\s+/);
  return tokens.some((token) => token !== '' && AD_TOKEN.test(token));
}

/** Characters that are invisible or control-only and would only confuse quoting and search. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B\u2060\uFEFF]/g;

/** Turns one block's raw text into its final lines (spaces tidied around line breaks). */
function tidy(raw: string, pre: boolean): string {
  const value = raw.replace(INVISIBLE, '').replace(/\r\n?/g, '\n');
  // In <pre> only line ends are tidied (indentation is meaning); elsewhere spaces around a <br> go.
  return (pre ? value.replace(/[ \t]+$/gm, '') : value.replace(/[ \t]*\n[ \t]*/g, '\n')).trim().normalize('NFC');
}

interface Frame {
  node: DomNodeLike;
  exit: boolean;
}

/**
 * Walks the tree (iteratively: hostile pages nest deeply) and returns its text with one block per
 * paragraph, heading, block quote or list item. Blocks are separated by a blank line in `text`, so
 * the text alone still reads as the article.
 */
export function reduceDom(root: DomNodeLike, options: ReduceOptions = {}): ReducedText {
  const pieces: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  let buffer = '';
  const kinds: Kind[] = [];
  let preDepth = 0;
  let lastWasBreak = false;

  const emit = (kind: Kind, value: string) => {
    if (value === '') return;
    if (pieces.length) {
      pieces.push('\n\n');
      length += 2;
    }
    pieces.push(value);
    blocks.push({ kind, start: length, end: length + value.length });
    length += value.length;
  };

  const flush = () => {
    const kind = kinds[kinds.length - 1] ?? 'paragraph';
    // A blank line inside a block (from <pre> or <br><br>) starts a new block of the same kind.
    for (const part of buffer.split(/\n[ \t]*\n+/)) emit(kind, tidy(part, preDepth > 0));
    buffer = '';
    lastWasBreak = false;
  };

  const addText = (value: string) => {
    if (preDepth > 0) {
      buffer += value;
    } else {
      const collapsed = value.replace(/[ \t\n\r\f\u00A0]+/g, ' ');
      buffer += buffer === '' || /[ \n]$/.test(buffer) ? collapsed.replace(/^ /, '') : collapsed;
    }
    if (value.trim() !== '') lastWasBreak = false;
  };

  const stack: Frame[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT) {
      addText(node.nodeValue ?? '');
      continue;
    }
    const isElement = node.nodeType === ELEMENT;
    const name = isElement ? node.nodeName.toUpperCase() : '';
    if (exit) {
      if (BLOCK.has(name) || kindOf(name)) flush();
      if (kindOf(name)) kinds.pop();
      if (name === 'PRE') preDepth--;
      continue;
    }
    if (isElement) {
      if (SKIPPED.has(name) || (options.dropChrome && (CHROME.has(name) || isAdvert(node))) || isHidden(node)) continue;
      if (name === 'BR') {
        // Two breaks in a row are how older pages separate paragraphs.
        if (lastWasBreak) flush();
        else {
          buffer += '\n';
          lastWasBreak = true;
        }
        continue;
      }
      if (CELL.has(name) && buffer !== '' && !/\s$/.test(buffer)) buffer += ' ';
      if (BLOCK.has(name)) flush();
      const kind = kindOf(name);
      if (kind) {
        flush();
        kinds.push(kind);
      }
      if (name === 'PRE') preDepth++;
      stack.push({ node, exit: true });
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue; // comments, processing instructions, doctypes
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return { text: pieces.join(''), blocks };
}
