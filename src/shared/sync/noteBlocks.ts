/**
 * Applying a note saved as a whole (serialized editor state) to a live, shared note with as few
 * changes as possible: blocks that are unchanged stay the same nodes, a block whose words changed
 * has only those words spliced, and only what truly differs is removed or inserted. A whole-state
 * replace would delete and re-create every paragraph, and two analysts' edits to different
 * paragraphs would then both survive as duplicate notes-within-the-note.
 */
import { $isElementNode, $isTextNode, $parseSerializedNode, type ElementNode, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import { canonicalJson } from './yValues';

type Json = Record<string, unknown>;

/** Must run inside an editor update. `current` is the root's children as serialized now. */
export function applyBlocks(root: ElementNode, wanted: Json[], current: Json[] = serializeChildren(root)): void {
  const nodes = root.getChildren();
  const have = current.map(canonicalJson);
  const want = wanted.map(canonicalJson);
  const script = editScript(have, want);
  let after: LexicalNode | null = null;
  const place = (node: LexicalNode) => {
    if (after) after.insertAfter(node);
    else {
      const first = root.getFirstChild();
      if (first) first.insertBefore(node);
      else root.append(node);
    }
    after = node;
  };
  let i = 0;
  while (i < script.length) {
    const step = script[i]!;
    if (step.op === 'keep') {
      after = nodes[step.from]!;
      i++;
      continue;
    }
    // A run of removals and insertions: pair them where a block only changed its words.
    const removed: number[] = [];
    const inserted: number[] = [];
    for (; i < script.length && script[i]!.op !== 'keep'; i++) {
      const s = script[i]!;
      if (s.op === 'remove') removed.push(s.from);
      else inserted.push(s.to);
    }
    for (let k = 0; k < Math.max(removed.length, inserted.length); k++) {
      const from = removed[k];
      const to = inserted[k];
      const old = from === undefined ? undefined : nodes[from];
      if (old && to !== undefined && spliceWords(old, current[from!]!, wanted[to]!)) {
        after = old;
        continue;
      }
      old?.remove();
      if (to !== undefined) place($parseSerializedNode(wanted[to] as unknown as SerializedLexicalNode));
    }
  }
}

/** The root's children as the editor state would serialize them. */
function serializeChildren(root: ElementNode): Json[] {
  return root.getChildren().map((node) => exportDeep(node));
}

function exportDeep(node: LexicalNode): Json {
  const json = node.exportJSON() as unknown as Json;
  if ($isElementNode(node)) json.children = node.getChildren().map(exportDeep);
  return json;
}

/**
 * Changes `node` in place when `before` and `after` differ only in the words of text nodes at the
 * same places; true when done (false: the caller replaces the block).
 */
function spliceWords(node: LexicalNode, before: Json, after: Json): boolean {
  if (!sameShape(before, after)) return false;
  if ($isTextNode(node)) {
    const from = String(before.text ?? '');
    const to = String(after.text ?? '');
    if (from !== to) {
      const { start, removed, inserted } = textChange(from, to);
      node.spliceText(start, removed, inserted, false);
    }
    return true;
  }
  if (!$isElementNode(node)) return canonicalJson(before) === canonicalJson(after);
  const children = node.getChildren();
  const a = (before.children as Json[] | undefined) ?? [];
  const b = (after.children as Json[] | undefined) ?? [];
  if (children.length !== a.length || a.length !== b.length) return false;
  // Check every child first, so a block is never half-changed before being replaced.
  if (!a.every((child, k) => sameShapeDeep(child, b[k]!))) return false;
  children.forEach((child, k) => spliceWords(child, a[k]!, b[k]!));
  return true;
}

/** Same node, same properties, apart from a text node's words and element children. */
function sameShape(a: Json, b: Json): boolean {
  const strip = (j: Json) => {
    const { text: _text, children: _children, ...rest } = j;
    return canonicalJson(rest);
  };
  return strip(a) === strip(b);
}

function sameShapeDeep(a: Json, b: Json): boolean {
  if (!sameShape(a, b)) return false;
  const ca = (a.children as Json[] | undefined) ?? [];
  const cb = (b.children as Json[] | undefined) ?? [];
  return ca.length === cb.length && ca.every((child, k) => sameShapeDeep(child, cb[k]!));
}

function textChange(from: string, to: string): { start: number; removed: number; inserted: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from[start] === to[start]) start++;
  let end = 0;
  while (end < max - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return { start, removed: from.length - start - end, inserted: to.slice(start, to.length - end) };
}

type Step = { op: 'keep'; from: number; to: number } | { op: 'remove'; from: number } | { op: 'insert'; to: number };

/** Longest-common-subsequence edit script of two lists of block keys (common ends trimmed first). */
export function editScript(have: string[], want: string[]): Step[] {
  let head = 0;
  while (head < have.length && head < want.length && have[head] === want[head]) head++;
  let tail = 0;
  while (tail < have.length - head && tail < want.length - head && have[have.length - 1 - tail] === want[want.length - 1 - tail]) tail++;
  const a = have.slice(head, have.length - tail);
  const b = want.slice(head, want.length - tail);
  const steps: Step[] = [];
  for (let k = 0; k < head; k++) steps.push({ op: 'keep', from: k, to: k });
  // lcs[i][j]: LCS length of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      steps.push({ op: 'keep', from: head + i++, to: head + j++ });
    } else if (j < b.length && (i >= a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      steps.push({ op: 'insert', to: head + j++ });
    } else {
      steps.push({ op: 'remove', from: head + i++ });
    }
  }
  for (let k = 0; k < tail; k++) steps.push({ op: 'keep', from: have.length - tail + k, to: want.length - tail + k });
  return steps;
}
