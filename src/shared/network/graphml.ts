/**
 * GraphML for a quote network. graphology-graphml only parses, so the file is written here with
 * the strict XML writer, in the shape Gephi and visone read: every attribute declared as a <key>
 * with `attr.name`/`attr.type`, `label` and `weight` under those names (Gephi shows them as the
 * node label and edge weight) and the colour also as `r`, `g`, `b` integers (Gephi's colour keys).
 */
import { parseHex } from '../tintColours';
import { el, xmlDocument, type XmlNode } from '../xml/xmlWriter';
import type { QuoteNetwork } from './buildNetwork';

type KeyType = 'string' | 'int' | 'double';
const NODE_KEYS: [string, KeyType][] = [
  ['label', 'string'],
  ['type', 'string'],
  ['kind', 'string'],
  ['role', 'string'],
  ['affiliation', 'string'],
  ['colour', 'string'],
  ['r', 'int'],
  ['g', 'int'],
  ['b', 'int'],
  ['quotesSaid', 'int'],
  ['quotesAbout', 'int'],
  ['quotesTagged', 'int'],
  ['firstDay', 'string'],
  ['lastDay', 'string'],
];
const EDGE_KEYS: [string, KeyType][] = [
  ['weight', 'double'],
  ['tags', 'string'],
  ['firstDay', 'string'],
  ['lastDay', 'string'],
];

const keyId = (scope: 'node' | 'edge', name: string) => `${scope === 'node' ? 'n' : 'e'}_${name}`;
const data = (scope: 'node' | 'edge', values: Record<string, string | number>) =>
  Object.entries(values)
    .filter(([, v]) => v !== '')
    .map(([name, v]) => el('data', { key: keyId(scope, name) }, [String(v)]));

/** Writes `graph` as GraphML. */
export function networkGraphml(graph: QuoteNetwork, description: string): string {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => el('key', { id: keyId('node', name), for: 'node', 'attr.name': name, 'attr.type': type })),
    ...EDGE_KEYS.map(([name, type]) => el('key', { id: keyId('edge', name), for: 'edge', 'attr.name': name, 'attr.type': type })),
  ];
  const nodes: XmlNode[] = graph.mapNodes((id, a) => {
    const rgb = parseHex(a.colour);
    return el('node', { id }, [
      ...data('node', {
        label: a.label,
        type: a.type,
        kind: a.kind,
        role: a.role,
        affiliation: a.affiliation,
        colour: a.colour,
        ...(rgb ? { r: rgb[0], g: rgb[1], b: rgb[2] } : {}),
        quotesSaid: a.quotesSaid,
        quotesAbout: a.quotesAbout,
        quotesTagged: a.quotesTagged,
        firstDay: a.days[0] ?? '',
        lastDay: a.days.at(-1) ?? '',
      }),
    ]);
  });
  const edges: XmlNode[] = graph.mapEdges((id, a, source, target) =>
    el('edge', { id, source, target }, [...data('edge', { weight: a.weight, tags: a.tags, firstDay: a.days[0] ?? '', lastDay: a.days.at(-1) ?? '' })]),
  );
  return xmlDocument(
    el('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' }, [
      el('desc', {}, [description]),
      ...keys,
      el('graph', { id: 'quotebook', edgedefault: graph.type === 'undirected' ? 'undirected' : 'directed' }, [...nodes, ...edges]),
    ]),
  );
}
