/**
 * GEXF and GraphML files of a quote network. GEXF is written by graphology-gexf. Its writer has
 * no dynamic mode, so a time-sliced file is the writer's output with GEXF 1.3's dynamic parts
 * added through the DOM (never by string editing): `mode="dynamic"` and `timeformat="date"` on
 * the graph, and on every node and edge one `<spell>` per day on which its quotes' articles
 * appeared, so Gephi's timeline shows who spoke (about whom, about what) when.
 */
import type * as GraphologyGexf from 'graphology-gexf';
import type * as Jsdom from 'jsdom';
import { lazyRequire } from '../lazyRequire';
import type { QuoteNetwork } from '../../shared/network/buildNetwork';

const GEXF_NS = 'http://gexf.net/1.3';
const gexf = lazyRequire<typeof GraphologyGexf>('graphology-gexf');
const jsdom = lazyRequire<typeof Jsdom>('jsdom');

/** Writes `graph` as GEXF 1.3 (1.3, because the writer's 1.2 output declares a wrong `viz` namespace); `dynamic` adds the day of every node's and edge's quotes as spells. */
export function networkGexf(graph: QuoteNetwork, dynamic: boolean): string {
  const xml = gexf().write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      ...(a.colour ? { viz: { color: a.colour } } : {}),
      attributes: { type: a.type, kind: a.kind, role: a.role, affiliation: a.affiliation, quotesSaid: a.quotesSaid, quotesAbout: a.quotesAbout, quotesTagged: a.quotesTagged },
    }),
    formatEdge: (_key, a) => ({ weight: a.weight, attributes: { tags: a.tags } }),
  });
  return dynamic ? addSpells(graph, xml) : xml;
}

function addSpells(graph: QuoteNetwork, xml: string): string {
  const { JSDOM, VirtualConsole } = jsdom();
  const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  const graphElement = doc.getElementsByTagNameNS(GEXF_NS, 'graph')[0]!;
  graphElement.setAttribute('mode', 'dynamic');
  graphElement.setAttribute('timeformat', 'date');
  const spells = (element: Element, days: readonly string[]) => {
    if (days.length === 0) return;
    const holder = doc.createElementNS(GEXF_NS, 'spells');
    for (const day of days) {
      const spell = doc.createElementNS(GEXF_NS, 'spell');
      spell.setAttribute('start', day);
      spell.setAttribute('end', day);
      holder.appendChild(spell);
    }
    element.appendChild(holder);
  };
  for (const node of Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'node'))) {
    const id = node.getAttribute('id');
    if (id !== null && graph.hasNode(id)) spells(node, graph.getNodeAttribute(id, 'days'));
  }
  for (const edge of Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'edge'))) {
    const id = edge.getAttribute('id');
    if (id !== null && graph.hasEdge(id)) spells(edge, graph.getEdgeAttribute(id, 'days'));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new window.XMLSerializer().serializeToString(doc.documentElement)}\n`;
}
