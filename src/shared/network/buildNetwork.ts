/**
 * The notebook's quotes as graphs (graphology), for GEXF and GraphML:
 * - `actors`: who speaks about whom. Nodes are actors (kind, role, affiliation, colour, quotes
 *   said and about); a directed edge speaker → about-actor is weighted by its quotes and lists
 *   their tags;
 * - `concepts`: the actor × tag (concept) two-mode network Discourse Network Analyzer users
 *   build: speakers on one side, tags on the other, an edge weighted by the quotes in which the
 *   actor says something tagged so.
 * Every node and edge also records the days of its quotes' articles, for dynamic (time-sliced) files.
 */
import Graph from 'graphology';
import type { Actor, Quote, Tag } from '../model';
import { tagPath } from '../tags/codebook';
import { colourHex } from '../tintColours';
import { articleDay } from '../timeline/periods';

/** A quote with its article's publication date. */
export interface DatedQuote {
  quote: Quote;
  publishedAt: string;
}

export interface NodeAttributes {
  label: string;
  /** `actor` or `concept` (two-mode); always `actor` in the actors network. */
  type: 'actor' | 'concept';
  kind: string;
  role: string;
  affiliation: string;
  colour: string;
  quotesSaid: number;
  quotesAbout: number;
  /** Quotes tagged with the concept (concept nodes). */
  quotesTagged: number;
  /** Article days (`YYYY-MM-DD`) of the quotes that put the node in the graph. */
  days: string[];
}

export interface EdgeAttributes {
  weight: number;
  /** Tags of the edge's quotes with their counts, most used first: "Threats (3); Aid (1)". */
  tags: string;
  days: string[];
}

export type QuoteNetwork = Graph<NodeAttributes, EdgeAttributes>;

const sortedDays = (days: Iterable<string>) => [...new Set(days)].sort();

function actorNode(actor: Actor, actors: ReadonlyMap<string, Actor>): NodeAttributes {
  return {
    label: actor.name,
    type: 'actor',
    kind: actor.kind,
    role: actor.role,
    affiliation: actor.affiliationId ? (actors.get(actor.affiliationId)?.name ?? '') : '',
    colour: colourHex(actor.colour) ?? '',
    quotesSaid: 0,
    quotesAbout: 0,
    quotesTagged: 0,
    days: [],
  };
}

function tagList(counts: Map<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} (${n})`)
    .join('; ');
}

/** Builds the chosen network from confirmed quotes; actors and tags no quote uses are left out. */
export function buildNetwork(kind: 'actors' | 'concepts', quotes: readonly DatedQuote[], actorList: readonly Actor[], tags: readonly Tag[]): QuoteNetwork {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const tagNames = new Map(tags.map((t) => [t.id, tagPath(t, tags)]));
  const graph: QuoteNetwork = new Graph({ type: kind === 'actors' ? 'directed' : 'undirected', multi: false, allowSelfLoops: true });
  const nodeDays = new Map<string, string[]>();
  const edgeDays = new Map<string, string[]>();
  const edgeTags = new Map<string, Map<string, number>>();
  const ensureActor = (id: string) => {
    const actor = actors.get(id);
    if (!actor) return false;
    if (!graph.hasNode(id)) graph.addNode(id, actorNode(actor, actors));
    return true;
  };
  const note = (map: Map<string, string[]>, key: string, day: string | null) => day && map.set(key, [...(map.get(key) ?? []), day]);

  for (const { quote, publishedAt } of quotes) {
    if (quote.status !== 'confirmed') continue;
    const day = articleDay(publishedAt);
    const speaker = quote.speakerId && ensureActor(quote.speakerId) ? quote.speakerId : null;
    if (speaker) {
      graph.updateNodeAttribute(speaker, 'quotesSaid', (n) => (n ?? 0) + 1);
      note(nodeDays, speaker, day);
    }
    if (kind === 'actors') {
      for (const about of new Set(quote.aboutIds)) {
        if (!ensureActor(about)) continue;
        graph.updateNodeAttribute(about, 'quotesAbout', (n) => (n ?? 0) + 1);
        note(nodeDays, about, day);
        if (!speaker) continue;
        const key = graph.hasEdge(speaker, about) ? graph.edge(speaker, about)! : graph.addEdgeWithKey(`${speaker}:${about}`, speaker, about, { weight: 0, tags: '', days: [] });
        graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + 1);
        note(edgeDays, key, day);
        const counts = edgeTags.get(key) ?? new Map<string, number>();
        for (const tagId of new Set(quote.tagIds)) {
          const name = tagNames.get(tagId);
          if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
        }
        edgeTags.set(key, counts);
      }
    } else if (speaker) {
      for (const tagId of new Set(quote.tagIds)) {
        const name = tagNames.get(tagId);
        if (!name) continue;
        const node = `tag:${tagId}`;
        if (!graph.hasNode(node)) {
          const tag = tags.find((t) => t.id === tagId)!;
          graph.addNode(node, { label: name, type: 'concept', kind: 'concept', role: '', affiliation: '', colour: colourHex(tag.colour) ?? '', quotesSaid: 0, quotesAbout: 0, quotesTagged: 0, days: [] });
        }
        graph.updateNodeAttribute(node, 'quotesTagged', (n) => (n ?? 0) + 1);
        note(nodeDays, node, day);
        const key = graph.hasEdge(speaker, node) ? graph.edge(speaker, node)! : graph.addEdgeWithKey(`${speaker}:${node}`, speaker, node, { weight: 0, tags: name, days: [] });
        graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + 1);
        note(edgeDays, key, day);
      }
    }
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'days', sortedDays(nodeDays.get(node) ?? [])));
  graph.forEachEdge((edge) => {
    graph.setEdgeAttribute(edge, 'days', sortedDays(edgeDays.get(edge) ?? []));
    if (kind === 'actors') graph.setEdgeAttribute(edge, 'tags', tagList(edgeTags.get(edge) ?? new Map()));
  });
  return graph;
}
