/** W3C Web Annotations read back: a quote in pieces (several targets) is one quote again. */
import { describe, expect, it } from 'vitest';
import { describePieces } from '../../../../src/shared/anchoring/pieces';
import { describeRange } from '../../../../src/shared/anchoring/selectors';
import { indexBundle } from '../../../../src/shared/export/bundle';
import { exportSingleFile } from '../../../../src/shared/export';
import { readWebAnnotations } from '../../../../src/shared/interchange/webAnnotations';
import { sampleBundle, samplePieces } from '../../../helpers/exportFixtures';

describe('reading W3C Web Annotations', () => {
  const bundle = sampleBundle();
  const file = bundle.articles[0]!;
  const text = file.article.text;
  const pieces = samplePieces(text);
  const whole = describeRange(text, text.indexOf('It is the U.S.'), text.indexOf('It is the U.S.') + 20);
  file.quotes = [
    { ...file.quotes[0]!, id: 'q_split', target: describePieces(text, pieces) },
    { ...file.quotes[1]!, id: 'q_whole', target: whole, kind: 'indirect' },
  ];
  const exported = JSON.parse(exportSingleFile(indexBundle(bundle), 'w3c', { kind: 'notebook' }).text);
  const articles = [{ id: file.article.id, text, url: file.article.source.url }];

  it('reads a quote exported in pieces back as one quote with the same pieces', () => {
    const { quotes, skipped } = readWebAnnotations(exported, articles);
    expect(skipped).toBe(0);
    expect(quotes.map((q) => q.id)).toEqual(['urn:quotebook:quote:q_split', 'urn:quotebook:quote:q_whole']);
    expect(quotes[0]!.target).toEqual(describePieces(text, pieces));
    expect(quotes[1]).toMatchObject({ target: whole, kind: 'indirect' });
  });

  it('finds the article by its web address and the words when the positions are off', () => {
    const moved = `A new first line.\n\n${text}`;
    const { quotes } = readWebAnnotations(exported, [{ id: 'art_other', text: moved, url: file.article.source.url }]);
    expect(quotes[0]!.articleId).toBe('art_other');
    expect(quotes[0]!.target.pieces!.map((p) => moved.slice(p.start, p.end))).toEqual(pieces.map((p) => text.slice(p.start, p.end)));
  });

  it('leaves out an annotation whose targets are not all found, and counts it', () => {
    const broken = structuredClone(exported);
    broken.first.items[0].target[1].selector = [{ type: 'TextQuoteSelector', exact: 'words that are in no article at all, anywhere' }];
    const { quotes, skipped } = readWebAnnotations(broken, articles);
    expect(skipped).toBe(1);
    expect(quotes.map((q) => q.id)).toEqual(['urn:quotebook:quote:q_whole']);
  });
});
