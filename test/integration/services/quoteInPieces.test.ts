/**
 * A quote split by its attribution, through a real notebook: suggested as one, accepted as one
 * quote in pieces, exported with its words joined (Markdown, CSV) and one W3C target per piece,
 * and kept in pieces when the article is re-imported with a changed attribution.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { quoteText } from '../../../src/shared/anchoring/pieces';
import type { Quote } from '../../../src/shared/model';
import { invokeOrThrow } from '../../helpers/operations';
import { tempDir } from '../../helpers/tempDir';

const TEXT = 'Ferry service resumes\n\nThe island council met on Monday.\n\n“The ferry will sail again in May,” said Mara Quist, who chairs the council. “Nobody will be left on the shore.”\n\nThe vote was unanimous.';
const JOINED = 'The ferry will sail again in May, … Nobody will be left on the shore.';

async function acceptedQuote() {
  const session = await NotebookSession.open(join(await tempDir(), 'nb.quotebook'), { create: true });
  const call = (op: string, input: unknown) => invokeOrThrow(session, op, input);
  const { article } = await call('articles:createFromText', { text: TEXT, fileName: 'ferry.txt' });
  const { quotes } = await call('suggest:article', { articleId: article.id });
  const s = quotes.find((q: { pieces?: unknown }) => q.pieces);
  expect(s).toMatchObject({ text: JOINED, speaker: { name: 'Mara Quist' } });
  const accepted = await call('suggest:accept', { articleId: article.id, items: [{ start: s.start, end: s.end, kind: s.kind, cue: s.cue, pieces: s.pieces, speaker: { name: 'Mara Quist' } }] });
  return { session, call, articleId: article.id as string, quote: accepted.quotes[0] as Quote };
}

describe('a quote in pieces in a notebook', () => {
  it('is one quote whose exports show its words joined, and one W3C target per piece', async () => {
    const { session, call, quote } = await acceptedQuote();
    expect(quote.target.pieces).toHaveLength(2);
    expect(quoteText(quote.target)).toBe(JOINED);
    expect(await call('quotes:list', {})).toHaveLength(1);

    const markdown = (await call('export:markdown', { scope: { kind: 'quotes', ids: [quote.id] } })).content.text as string;
    expect(markdown).toContain(JOINED);
    expect(markdown).not.toContain('who chairs the council');
    const csv = (await call('export:csv', { scope: { kind: 'quotes', ids: [quote.id] } })).content.text as string;
    expect(csv).toContain(JOINED);
    const w3c = JSON.parse((await call('export:webAnnotations', { scope: { kind: 'quotes', ids: [quote.id] } })).content.text);
    expect(w3c.first.items[0].target.map((t: { selector: { exact: string }[] }) => t.selector[0]!.exact)).toEqual(['The ferry will sail again in May,', 'Nobody will be left on the shore.']);
    await session.close();
  });

  it('comes back from its W3C export as one quote in pieces, and importing it again adds nothing', async () => {
    const { session, call, quote } = await acceptedQuote();
    const w3c = (await call('export:webAnnotations', { scope: { kind: 'notebook' } })).content.text as string;
    expect(await call('quotes:importWebAnnotations', { text: w3c })).toEqual({ added: 0, existing: 1, skipped: 0 });
    await call('quotes:delete', { id: quote.id });
    expect(await call('quotes:importWebAnnotations', { text: w3c })).toEqual({ added: 1, existing: 0, skipped: 0 });
    const [back] = (await call('quotes:list', {})) as Quote[];
    expect(back!.target.pieces).toEqual(quote.target.pieces);
    expect(quoteText(back!.target)).toBe(JOINED);
    const notJson = await createOperations(session).invoke('quotes:importWebAnnotations', { text: '<html>' });
    expect(notJson).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await session.close();
  });

  it('keeps its pieces when a re-import changes only the attribution, and the whole quote when a piece changes', async () => {
    const { session, call, articleId, quote } = await acceptedQuote();
    const reworded = `Updated.\n\n${TEXT.replace('who chairs the council', 'the council’s chair')}`;
    await call('articles:replaceText', { id: articleId, text: reworded });
    const [moved] = (await call('quotes:list', {})) as Quote[];
    expect(moved!.id).toBe(quote.id);
    expect(quoteText(moved!.target)).toBe(JOINED);

    const edited = reworded.replace('Nobody will be left', 'No one will be left');
    await call('articles:replaceText', { id: articleId, text: edited });
    const [kept] = (await call('quotes:list', {})) as Quote[];
    expect(kept!.id).toBe(quote.id);
    expect(kept!.target.pieces).toBeUndefined();
    expect(kept!.target.exact).toContain('No one will be left');
    await session.close();
  });
});
