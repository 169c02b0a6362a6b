/**
 * What an analyst types into the search box, read into a tree. Anything the grammar does not
 * expect is read as plain words, so no query is ever an error: a stray quote ends at the end of
 * the line, an unmatched parenthesis is ignored, an unknown `field:` is two words.
 *
 *   words            all of them, anywhere (AND)
 *   "a phrase"       these words together, in this order
 *   prefi*           words starting with …
 *   a OR b, a AND b, NOT a, -a, ( … )
 *   NEAR(a b, 5), a NEAR b, a NEAR/5 b   within so many words of each other
 *   speaker: about: tag: kind: outlet: after: before: in:   narrow what they stand beside (see fields.ts);
 *                    they combine with words and each other like words do: `speaker:a OR speaker:b`,
 *                    `tag:threat OR baltic`, `(speaker:a OR about:b) sanctions` (plan.ts)
 */

/** A word or a phrase; `prefix` matches words that start with its last word. */
export interface TextTerm {
  type: 'term';
  text: string;
  phrase: boolean;
  prefix: boolean;
}

/** Terms within `distance` words of each other. */
export interface NearNode {
  type: 'near';
  terms: TextTerm[];
  distance: number;
}

/** Every `must` matches and no `not` does. */
export interface AndNode {
  type: 'and';
  must: TextNode[];
  not: TextNode[];
}

export interface OrNode {
  type: 'or';
  any: TextNode[];
}

export type TextNode = TextTerm | NearNode | AndNode | OrNode;

export const FIELD_NAMES = ['speaker', 'about', 'tag', 'kind', 'outlet', 'after', 'before', 'in'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** A `name:value` narrowing; `negated` for `-name:value` or `NOT name:value`. */
export interface FieldFilter {
  field: FieldName;
  value: string;
  negated: boolean;
}

/** A `name:value` where it was typed; whether it is negated is where it stands (an AND's `not`). */
export interface FieldNode {
  type: 'field';
  field: FieldName;
  value: string;
}

/** What was typed, fields included, before plan.ts takes it apart into searches the engine can run. */
export type QueryNode = TextTerm | NearNode | FieldNode | QueryAnd | QueryOr;
export interface QueryAnd {
  type: 'and';
  must: QueryNode[];
  not: QueryNode[];
}
export interface QueryOr {
  type: 'or';
  any: QueryNode[];
}

/** The NEAR distance when none is given (FTS5's own default). */
export const DEFAULT_NEAR = 10;
const MAX_QUERY_LENGTH = 2000;
const MAX_DEPTH = 20;

type Token =
  | { t: 'word'; text: string; prefix: boolean; neg: boolean }
  | { t: 'phrase'; text: string; prefix: boolean; neg: boolean }
  | { t: 'field'; field: FieldName; value: string; neg: boolean }
  | { t: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { t: 'near'; distance: number | null }
  | { t: 'nearCall'; terms: TextTerm[]; distance: number }
  | { t: 'open'; neg: boolean }
  | { t: 'close' };

const isSpace = (c: string) => /\s/u.test(c);
const isFieldName = (name: string): name is FieldName => (FIELD_NAMES as readonly string[]).includes(name);
/** True when a text has something a search engine can index (a letter or digit). */
export const hasWordCharacters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Reads a double-quoted string starting at `i` (the opening quote); returns its text and where it ends. */
function readQuoted(input: string, i: number): { text: string; end: number } {
  const close = input.indexOf('"', i + 1);
  const end = close === -1 ? input.length : close + 1;
  return { text: input.slice(i + 1, close === -1 ? input.length : close), end };
}

/** Reads a run of non-space characters other than quotes and parentheses. */
function readBare(input: string, i: number): { text: string; end: number } {
  let j = i;
  while (j < input.length && !isSpace(input[j]!) && input[j] !== '"' && input[j] !== '(' && input[j] !== ')') j++;
  return { text: input.slice(i, j), end: j };
}

/** `NEAR(a "b c" d, 5)` starting at the `(`; null when it is not well formed (then read as words). */
function readNearCall(input: string, open: number): { terms: TextTerm[]; distance: number; end: number } | null {
  const close = input.indexOf(')', open);
  if (close === -1) return null;
  let inside = input.slice(open + 1, close);
  let distance = DEFAULT_NEAR;
  const comma = /,\s*(\d{1,4})\s*$/u.exec(inside);
  if (comma) {
    distance = Number(comma[1]);
    inside = inside.slice(0, comma.index);
  }
  const terms = tokenize(inside, 0).flatMap((tok) => (tok.t === 'word' || tok.t === 'phrase' ? [termOf(tok)] : []));
  return terms.length >= 2 ? { terms, distance, end: close + 1 } : null;
}

function termOf(tok: { t: 'word' | 'phrase'; text: string; prefix: boolean }): TextTerm {
  return { type: 'term', text: tok.text, phrase: tok.t === 'phrase', prefix: tok.prefix };
}

function tokenize(input: string, depth: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    // A leading '-' negates what follows it directly ("-word", "-\"a phrase\"", "-tag:x", "-(…)").
    const neg = c === '-' && i + 1 < input.length && !isSpace(input[i + 1]!) && input[i + 1] !== '-';
    const at = neg ? i + 1 : i;
    const ch = input[at]!;
    if (ch === '(') {
      tokens.push({ t: 'open', neg });
      i = at + 1;
    } else if (ch === ')') {
      tokens.push({ t: 'close' });
      i = at + 1;
    } else if (ch === '"') {
      const { text, end } = readQuoted(input, at);
      const prefix = input[end] === '*';
      tokens.push({ t: 'phrase', text, prefix, neg });
      i = prefix ? end + 1 : end;
    } else {
      const { text, end } = readBare(input, at);
      i = end;
      const field = /^([A-Za-z]+):(.*)$/su.exec(text);
      if (field && isFieldName(field[1]!.toLowerCase())) {
        let value = field[2]!;
        if (value === '' && input[end] === '"') {
          const quoted = readQuoted(input, end);
          value = quoted.text;
          i = quoted.end;
        }
        if (value.trim()) {
          tokens.push({ t: 'field', field: field[1]!.toLowerCase() as FieldName, value: value.trim(), neg });
          continue;
        }
      }
      if (!neg && (text === 'AND' || text === 'OR' || text === 'NOT')) {
        tokens.push({ t: 'op', op: text });
      } else if (!neg && (text === 'NEAR' || /^NEAR\/\d{1,4}$/u.test(text))) {
        if (text === 'NEAR' && input[end] === '(' && depth < 2) {
          const call = readNearCall(input, end);
          if (call) {
            tokens.push({ t: 'nearCall', terms: call.terms, distance: call.distance });
            i = call.end;
            continue;
          }
        }
        tokens.push({ t: 'near', distance: text === 'NEAR' ? null : Number(text.slice(5)) });
      } else {
        const prefix = text.length > 1 && text.endsWith('*');
        const word = text.replace(/\*+$/u, '');
        tokens.push({ t: 'word', text: word || text, prefix: prefix && !!word, neg });
      }
    }
  }
  return tokens;
}

/** Recursive descent over the tokens: OR binds loosest, then AND (written or implied), then NOT. */
class Parser {
  #pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): QueryNode | null {
    const parts: (QueryNode | null)[] = [];
    while (this.#pos < this.tokens.length) {
      parts.push(this.#or(0));
      // A ')' with no '(' before it: skip it and read on.
      if (this.tokens[this.#pos]?.t === 'close') this.#pos++;
    }
    return simplifyAnd(parts.filter((p): p is QueryNode => p !== null), []);
  }

  #or(depth: number): QueryNode | null {
    const any: QueryNode[] = [];
    for (;;) {
      const part = this.#and(depth);
      if (part) any.push(part);
      const next = this.tokens[this.#pos];
      if (next?.t === 'op' && next.op === 'OR') {
        this.#pos++;
        continue;
      }
      break;
    }
    return any.length === 0 ? null : any.length === 1 ? any[0]! : { type: 'or', any };
  }

  #and(depth: number): QueryNode | null {
    const must: QueryNode[] = [];
    const not: QueryNode[] = [];
    for (;;) {
      const tok = this.tokens[this.#pos];
      if (!tok || tok.t === 'close' || (tok.t === 'op' && tok.op === 'OR')) break;
      if (tok.t === 'op' && tok.op === 'AND') {
        this.#pos++;
        continue;
      }
      let negated = false;
      while (this.tokens[this.#pos]?.t === 'op' && (this.tokens[this.#pos] as { op: string }).op === 'NOT') {
        negated = !negated;
        this.#pos++;
      }
      const unit = this.#unit(depth, negated);
      if (!unit) continue;
      (unit.negated ? not : must).push(unit.node);
    }
    return simplifyAnd(must, not);
  }

  /** One term, phrase, field, NEAR group or parenthesised group. */
  #unit(depth: number, negatedBefore: boolean): { node: QueryNode; negated: boolean } | null {
    const tok = this.tokens[this.#pos];
    if (!tok || tok.t === 'close' || tok.t === 'op') return null;
    this.#pos++;
    switch (tok.t) {
      case 'field':
        return { node: { type: 'field', field: tok.field, value: tok.value }, negated: tok.neg !== negatedBefore };
      case 'nearCall':
        return { node: { type: 'near', terms: tok.terms, distance: tok.distance }, negated: negatedBefore };
      case 'near':
        // NEAR with nothing to its left: the word "near".
        return { node: { type: 'term', text: 'near', phrase: false, prefix: false }, negated: negatedBefore };
      case 'open': {
        const inner = depth < MAX_DEPTH ? this.#or(depth + 1) : null;
        if (this.tokens[this.#pos]?.t === 'close') this.#pos++;
        return inner ? { node: inner, negated: tok.neg !== negatedBefore } : null;
      }
      default: {
        let node: TextTerm | NearNode = termOf(tok);
        // "a NEAR b" and "a NEAR/5 b": gather the chain into one NEAR group.
        while (this.tokens[this.#pos]?.t === 'near') {
          const near = this.tokens[this.#pos] as { distance: number | null };
          const right = this.tokens[this.#pos + 1];
          if (!right || (right.t !== 'word' && right.t !== 'phrase')) break;
          this.#pos += 2;
          const terms: TextTerm[] = node.type === 'near' ? node.terms : [node as TextTerm];
          const distance: number = near.distance ?? (node.type === 'near' ? node.distance : DEFAULT_NEAR);
          node = { type: 'near', terms: [...terms, termOf(right)], distance };
        }
        return { node, negated: tok.neg !== negatedBefore };
      }
    }
  }
}

/** An AND of these parts, or the one part alone, or null for nothing. */
export function simplifyAnd(must: TextNode[], not: TextNode[]): TextNode | null;
export function simplifyAnd(must: QueryNode[], not: QueryNode[]): QueryNode | null;
export function simplifyAnd(must: QueryNode[], not: QueryNode[]): QueryNode | null {
  if (must.length === 0 && not.length === 0) return null;
  if (must.length === 1 && not.length === 0) return must[0]!;
  return { type: 'and', must, not };
}

/** Drops terms with nothing searchable in them (e.g. "&" or "***"), and groups left empty. */
function prune(node: QueryNode | null): QueryNode | null {
  if (!node) return null;
  switch (node.type) {
    case 'field':
      return node;
    case 'term':
      return hasWordCharacters(node.text) ? node : null;
    case 'near': {
      const terms = node.terms.filter((t) => hasWordCharacters(t.text));
      if (terms.length >= 2) return { ...node, terms };
      return terms[0] ?? null;
    }
    case 'or': {
      const any = node.any.map(prune).filter((n): n is QueryNode => n !== null);
      return any.length === 0 ? null : any.length === 1 ? any[0]! : { type: 'or', any };
    }
    case 'and':
      return simplifyAnd(
        node.must.map(prune).filter((n): n is QueryNode => n !== null),
        node.not.map(prune).filter((n): n is QueryNode => n !== null),
      );
  }
}

/**
 * Reads a search box's text into a tree, fields where they were typed (plan.ts turns it into
 * searches). Never throws: whatever cannot be read as syntax is read as words.
 */
export function parseQueryTree(input: string): QueryNode | null {
  const text = input.normalize('NFC').slice(0, MAX_QUERY_LENGTH);
  return prune(new Parser(tokenize(text, 0)).parseAll());
}
