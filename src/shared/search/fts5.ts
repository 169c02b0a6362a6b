/**
 * Writes a parsed query as an SQLite FTS5 MATCH expression. Every word goes in double quotes, so
 * FTS5 reads it as a string whatever it holds (`AND`, `col:`, `^`, `*` …): only the operators we
 * put there are syntax. FTS5 has no "NOT x" on its own, so a search that is only exclusions comes
 * back separately (`exclude`) for the caller to subtract from everything else.
 */
import type { TextNode, TextTerm } from './query';

export interface Fts5Query {
  /** What must match; null when the words part is empty or only exclusions. */
  match: string | null;
  /** What must not match when there is nothing positive to subtract it from. */
  exclude: string | null;
}

/** One term as an FTS5 string (quotes doubled), with `*` for a prefix. */
export function quoteTerm(term: TextTerm): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`;
}

function write(node: TextNode): string | null {
  switch (node.type) {
    case 'term':
      return quoteTerm(node);
    case 'near':
      return `NEAR(${node.terms.map(quoteTerm).join(' ')}, ${node.distance})`;
    case 'or': {
      const parts = node.any.map(write).filter((p): p is string => p !== null);
      return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
    }
    case 'and': {
      const must = node.must.map(write).filter((p): p is string => p !== null);
      // An exclusion inside a group needs something beside it to subtract from; alone it is dropped.
      if (must.length === 0) return null;
      const not = node.not.map(write).filter((p): p is string => p !== null);
      const positive = must.length === 1 ? must[0]! : `(${must.join(' AND ')})`;
      return not.length ? `(${[positive, ...not].join(' NOT ')})` : positive;
    }
  }
}

/** The FTS5 expression(s) for the words part of a query. */
export function toFts5(node: TextNode | null): Fts5Query {
  if (!node) return { match: null, exclude: null };
  if (node.type === 'and' && node.must.length === 0) {
    const not = node.not.map(write).filter((p): p is string => p !== null);
    return { match: null, exclude: not.length === 0 ? null : not.length === 1 ? not[0]! : `(${not.join(' OR ')})` };
  }
  return { match: write(node), exclude: null };
}
