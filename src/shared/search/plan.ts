/**
 * Turns a query tree into searches the engine can run. FTS5 matches words; fields are tests on the
 * notebook (who said a quote, its tags, an article's outlet …). So a query is rewritten as an OR of
 * branches, each "these words (an FTS5 expression) and these fields": a row is a hit when it passes
 * any branch. Groups of words alone stay whole inside a branch (FTS5 does their OR and NOT itself);
 * only an OR or NOT that has a field inside is taken apart:
 *
 *   speaker:putin OR speaker:erdogan        → [speaker:putin] | [speaker:erdogan]
 *   tag:threat OR baltic                    → [tag:threat] | ["baltic"]
 *   (speaker:putin OR about:nato) sanctions → ["sanctions", speaker:putin] | ["sanctions", about:nato]
 *   -(tag:threat kind:direct)               → [-tag:threat] | [-kind:direct]
 *
 * A query with fields only at the top level is one branch: it means what it always did.
 */
import { simplifyAnd, type FieldFilter, type QueryNode, type TextNode } from './query';
import { parseQueryTree } from './query';

/** Words (null: any) and fields that a hit must all pass. */
export interface QueryBranch {
  text: TextNode | null;
  fields: FieldFilter[];
}

export interface QueryPlan {
  /** A hit passes at least one branch; empty when nothing searchable was typed. */
  branches: QueryBranch[];
  /** What the plan could not do as typed, in words for the analyst. */
  notices: string[];
}

/**
 * More branches than this (e.g. five ORs of fields in a row, ANDed: 2^5) would mean as many
 * searches per keystroke; the fields then narrow the whole search instead, and a notice says so.
 */
export const MAX_BRANCHES = 16;

interface Conjunction {
  must: TextNode[];
  not: TextNode[];
  fields: FieldFilter[];
}

const hasField = (node: QueryNode): boolean =>
  node.type === 'field' || (node.type === 'and' ? [...node.must, ...node.not].some(hasField) : node.type === 'or' && node.any.some(hasField));

/** Every way of taking one conjunction from each part (an AND of ORs); null past MAX_BRANCHES. */
function product(parts: Conjunction[][]): Conjunction[] | null {
  let out: Conjunction[] = [{ must: [], not: [], fields: [] }];
  for (const options of parts) {
    if (out.length * options.length > MAX_BRANCHES) return null;
    out = out.flatMap((a) => options.map((b) => ({ must: [...a.must, ...b.must], not: [...a.not, ...b.not], fields: [...a.fields, ...b.fields] })));
  }
  return out;
}

function union(parts: Conjunction[][]): Conjunction[] | null {
  const out = parts.flat();
  return out.length > MAX_BRANCHES ? null : out;
}

/** The node (negated or not) as an OR of conjunctions (De Morgan through NOT); null when too many. */
function disjunction(node: QueryNode, negated: boolean): Conjunction[] | null {
  if (node.type === 'field') return [{ must: [], not: [], fields: [{ field: node.field, value: node.value, negated }] }];
  if (!hasField(node)) {
    const text = node as TextNode;
    return [negated ? { must: [], not: [text], fields: [] } : { must: [text], not: [], fields: [] }];
  }
  const parts = (node.type === 'and' ? [...node.must.map((n) => disjunction(n, negated)), ...node.not.map((n) => disjunction(n, !negated))] : (node as { any: QueryNode[] }).any.map((n) => disjunction(n, negated)));
  if (parts.some((p) => p === null)) return null;
  // NOT (a AND b) is (NOT a) OR (NOT b); NOT (a OR b) is (NOT a) AND (NOT b).
  const isAnd = (node.type === 'and') !== negated;
  return isAnd ? product(parts as Conjunction[][]) : union(parts as Conjunction[][]);
}

/** The tree without its fields (for the fallback), and the fields with the NOTs they stand under. */
function splitFields(node: QueryNode, negated: boolean, fields: FieldFilter[]): TextNode | null {
  switch (node.type) {
    case 'field':
      fields.push({ field: node.field, value: node.value, negated });
      return null;
    case 'term':
    case 'near':
      return node;
    case 'or': {
      const any = node.any.map((n) => splitFields(n, negated, fields)).filter((n): n is TextNode => n !== null);
      return any.length === 0 ? null : any.length === 1 ? any[0]! : { type: 'or', any };
    }
    case 'and':
      return simplifyAnd(
        node.must.map((n) => splitFields(n, negated, fields)).filter((n): n is TextNode => n !== null),
        node.not.map((n) => splitFields(n, !negated, fields)).filter((n): n is TextNode => n !== null),
      );
  }
}

/** The branches of a parsed query tree. */
export function planTree(tree: QueryNode | null): QueryPlan {
  if (!tree) return { branches: [], notices: [] };
  const conjunctions = disjunction(tree, false);
  if (!conjunctions) {
    const fields: FieldFilter[] = [];
    const text = splitFields(tree, false, fields);
    return {
      branches: [{ text, fields }],
      notices: [`This search combines fields in more than ${MAX_BRANCHES} ways, so every field narrows the whole search.`],
    };
  }
  return { branches: conjunctions.map((c) => ({ text: simplifyAnd(c.must, c.not), fields: c.fields })), notices: [] };
}

/** Reads a search box's text into the searches to run. Never throws (see query.ts). */
export function planQuery(input: string): QueryPlan {
  return planTree(parseQueryTree(input));
}
