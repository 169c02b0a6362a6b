/**
 * Network files read back with graphology's own parsers: nodes, edges, weights and attributes
 * survive; the actor × tag network is two-mode; the dynamic GEXF dates nodes and edges.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { openNotebook, type Call } from '../../helpers/exportNotebook';

/** Three quotes: Ana → Ben twice (tagged Tax, then Tax and Health), Ben → Ana once; one article each month. */
async function smallNotebook(call: Call) {
  const tax = await call('tags:create', { name: 'Tax', colour: 'green' });
  const health = await call('tags:create', { name: 'Health' });
  const ana = await call('actors:create', { name: 'Ana', kind: 'person', role: 'Minister', colour: 'blue' });
  const ben = await call('actors:create', { name: 'Ben', kind: 'organisation' });
  const quote = async (day: string, speakerId: string, aboutIds: string[], tagIds: string[]) => {
    const text = `Someone said “words on ${day}”.`;
    const { article } = await call('articles:createFromText', { text, title: `Story ${day}`, source: { publishedAt: day } });
    const full = (await call('articles:get', { id: article.id })).article.text;
    const start = full.indexOf('words');
    await call('quotes:create', { articleId: article.id, start, end: start + 5, speakerId, aboutIds, tagIds });
  };
  await quote('2024-01-05', ana.id, [ben.id], [tax.id]);
  await quote('2024-02-07', ana.id, [ben.id], [tax.id, health.id]);
  await quote('2024-02-09', ben.id, [ana.id], []);
  return { ana: ana.id, ben: ben.id, tax: tax.id, health: health.id };
}

const text = (outcome: { content: { text: string } | null }) => outcome.content!.text;

describe('network export', () => {
  it('writes the actors network as GEXF and GraphML with weights and attributes', async () => {
    const nb = await openNotebook(join(await tempDir('qb-net-'), 'a.quotebook'));
    try {
      const ids = await smallNotebook(nb.call);
      for (const format of ['gexf', 'graphml'] as const) {
        const xml = text(await nb.call(format === 'gexf' ? 'export:gexf' : 'export:graphml', {}));
        const graph = format === 'gexf' ? parseGexf(Graph, xml) : parseGraphml(Graph, xml);
        expect(graph.order).toBe(2);
        expect(graph.size).toBe(2);
        const ana = graph.getNodeAttributes(ids.ana);
        expect(ana).toMatchObject({ label: 'Ana', kind: 'person', role: 'Minister', quotesSaid: 2, quotesAbout: 1 });
        expect(graph.getNodeAttributes(ids.ben)).toMatchObject({ label: 'Ben', kind: 'organisation', quotesSaid: 1, quotesAbout: 2 });
        const edge = graph.edge(ids.ana, ids.ben)!;
        expect(graph.getEdgeAttribute(edge, 'weight')).toBe(2);
        expect(graph.getEdgeAttribute(edge, 'tags')).toBe('Tax (2); Health (1)');
        expect(graph.getEdgeAttribute(graph.edge(ids.ben, ids.ana)!, 'weight')).toBe(1);
        // GraphML's r, g, b keys come back as graphology's `color`; GEXF's viz colour too.
        expect(String(ana.color).toLowerCase()).toBe('#3566c8');
      }
    } finally {
      await nb.session.close();
    }
  });

  it('writes the actor × tag network as a two-mode graph', async () => {
    const nb = await openNotebook(join(await tempDir('qb-net-'), 'a.quotebook'));
    try {
      const ids = await smallNotebook(nb.call);
      const graph = parseGraphml(Graph, text(await nb.call('export:graphml', { network: 'concepts' })));
      expect(graph.type).toBe('undirected');
      expect(graph.filterNodes((_n, a) => a.type === 'concept').map((n) => graph.getNodeAttribute(n, 'label')).sort()).toEqual(['Health', 'Tax']);
      expect(graph.getEdgeAttribute(graph.edge(ids.ana, `tag:${ids.tax}`)!, 'weight')).toBe(2);
      expect(graph.getEdgeAttribute(graph.edge(ids.ana, `tag:${ids.health}`)!, 'weight')).toBe(1);
      // Ben spoke once, untagged: no edge from him to a concept.
      expect(graph.edges(ids.ben)).toEqual([]);
    } finally {
      await nb.session.close();
    }
  });

  it('dates nodes and edges in the dynamic GEXF (Gephi’s timeline)', async () => {
    const nb = await openNotebook(join(await tempDir('qb-net-'), 'a.quotebook'));
    try {
      const ids = await smallNotebook(nb.call);
      const xml = text(await nb.call('export:gexf', { dynamic: true }));
      expect(xml).toMatch(/<graph [^>]*mode="dynamic"/);
      expect(xml).toMatch(/<graph [^>]*timeformat="date"/);
      const edgeXml = new RegExp(`<edge id="${ids.ana}:${ids.ben}"[\\s\\S]*?</edge>`).exec(xml)![0];
      expect([...edgeXml.matchAll(/<spell start="([\d-]+)" end="([\d-]+)"\/>/g)].map((m) => m[1])).toEqual(['2024-01-05', '2024-02-07']);
      // Still a file graphology reads, with the same weights.
      const graph = parseGexf(Graph, xml);
      expect(graph.getEdgeAttribute(graph.edge(ids.ana, ids.ben)!, 'weight')).toBe(2);
    } finally {
      await nb.session.close();
    }
  });
});
