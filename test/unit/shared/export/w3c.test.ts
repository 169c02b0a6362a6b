/** Quotes as W3C Web Annotations: selectors, tagging and commenting bodies, actor bodies. */
import { describe, expect, it } from 'vitest';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile } from '../../../../src/shared/export';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { describePieces } from '../../../../src/shared/anchoring/pieces';
import { actorId, sampleBundle, samplePieces } from '../../../helpers/exportFixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is checked field by field
const parse = (text: string) => JSON.parse(text) as any;

describe('W3C Web Annotation export', () => {
  const bundle = sampleBundle();
  const doc = parse(exportSingleFile(indexBundle(bundle), 'w3c', { kind: 'article', id: 'art_sample' }).text);

  it('is an AnnotationCollection in the Web Annotation context with every quote', () => {
    expect(doc['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(bundle.articles[0]!.quotes.length);
    expect(doc.first.items).toHaveLength(doc.total);
  });

  it('targets the article by URL with TextQuote and TextPosition selectors', () => {
    const quote = bundle.articles[0]!.quotes.find((q) => q.id === 'q_2')!;
    const annotation = doc.first.items.find((a: { id: string }) => a.id === 'urn:quotebook:quote:q_2');
    expect(annotation.type).toBe('Annotation');
    expect(annotation.target.source).toBe('https://thehill.com/policy/international/nato-china');
    expect(annotation.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: quote.target.exact, prefix: quote.target.prefix, suffix: quote.target.suffix },
      { type: 'TextPositionSelector', start: quote.target.start, end: quote.target.end },
    ]);
  });

  it('has tags as tagging bodies, the comment as a commenting body, speaker and about as identifying bodies', () => {
    const annotation = doc.first.items.find((a: { id: string }) => a.id === 'urn:quotebook:quote:q_2');
    expect(annotation.motivation).toBe('tagging');
    expect(annotation.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'warning' },
      { type: 'TextualBody', purpose: 'tagging', value: 'lethal aid' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Hedged: “concerned”, not “convinced”.', format: 'text/plain' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'http://www.wikidata.org/entity/Q57643', 'qb:role': 'speaker', 'qb:name': 'Jens Stoltenberg' },
      { type: 'SpecificResource', purpose: 'identifying', source: `urn:quotebook:actor:${actorId('China')}`, 'qb:role': 'about', 'qb:name': 'China' },
    ]);
  });

  it('counts positions in code points, as the model defines characters', () => {
    const emoji = structuredClone(bundle);
    const file = emoji.articles[0]!;
    const text = '😀😀 He said “no”.';
    file.article.text = text;
    file.quotes = [{ ...file.quotes[0]!, target: describeRange(text, text.indexOf('no'), text.indexOf('no') + 2) }];
    const out = parse(exportSingleFile(indexBundle(emoji), 'w3c', { kind: 'notebook' }).text);
    const position = out.first.items[0].target.selector[1];
    expect(position).toEqual({ type: 'TextPositionSelector', start: [...'😀😀 He said “'].length, end: [...'😀😀 He said “no'].length });
    expect([...text].slice(position.start, position.end).join('')).toBe('no');
  });

  it('leaves out the position of a quote that could not be placed in the current text', () => {
    const orphan = structuredClone(bundle);
    orphan.articles[0]!.quotes = [{ ...orphan.articles[0]!.quotes[0]!, anchorStatus: 'orphaned' }];
    const out = parse(exportSingleFile(indexBundle(orphan), 'w3c', { kind: 'notebook' }).text);
    expect(out.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('gives a quote in pieces one target per piece, the attribution between left out', () => {
    const split = structuredClone(bundle);
    const file = split.articles[0]!;
    const text = file.article.text;
    const pieces = samplePieces(text);
    file.quotes = [{ ...file.quotes[0]!, target: describePieces(text, pieces) }];
    const out = parse(exportSingleFile(indexBundle(split), 'w3c', { kind: 'notebook' }).text);
    const target = out.first.items[0].target;
    expect(target).toHaveLength(2);
    expect(target.map((t: { selector: { exact?: string }[] }) => t.selector[0]!.exact)).toEqual(pieces.map((p) => text.slice(p.start, p.end)));
    expect(target.map((t: { selector: { start?: number }[] }) => t.selector[1]!.start)).toEqual(pieces.map((p) => p.start));
    expect(target[0].source).toBe('https://thehill.com/policy/international/nato-china');
  });

  it('uses a Quotebook URN when the article has no web address', () => {
    const local = structuredClone(bundle);
    local.articles[0]!.article.source.url = 'javascript:alert(1)';
    const out = parse(exportSingleFile(indexBundle(local), 'w3c', { kind: 'notebook' }).text);
    expect(out.first.items[0].target.source).toBe('urn:quotebook:article:art_sample');
  });
});
