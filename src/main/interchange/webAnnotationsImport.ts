/**
 * Importing W3C Web Annotations (Quotebook's own export, or another tool's) as quotes of the
 * notebook's articles. Only where each quote is and its kind come back: speakers, tags and
 * comments are the notebook's own business and are not guessed from another tool's bodies. A
 * Quotebook annotation whose quote is already in the notebook (same id, or same place) is not
 * added twice, so re-importing an export changes nothing.
 */
import { UserError } from '../../shared/api/result';
import { readWebAnnotations } from '../../shared/interchange/webAnnotations';
import type { WebAnnotationsImportOutcome } from '../../shared/interchange/api';
import type { Quote } from '../../shared/model';
import { newId } from '../services/ids';
import type { NotebookSession } from '../services/session';

const QUOTE_URN = /^urn:quotebook:quote:(.+)$/;

/** Adds the annotations of `input.text` to the articles they target. */
export async function importWebAnnotations(session: NotebookSession, input: { text: string }): Promise<WebAnnotationsImportOutcome> {
  let doc: unknown;
  try {
    doc = JSON.parse(input.text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError('invalid-input', 'The file is not JSON, so it holds no Web Annotations. Choose a .jsonld or .json export.');
  }
  const articles = session.store.articles().map((f) => ({ id: f.article.id, text: f.article.text, url: f.article.source.url.trim() }));
  const { quotes: read, skipped } = readWebAnnotations(doc, articles);
  let added = 0;
  let existing = 0;
  const now = new Date().toISOString();
  for (const articleId of new Set(read.map((r) => r.articleId))) {
    await session.changeArticle(articleId, (current) => {
      const quotes = [...current.quotes];
      for (const r of read.filter((q) => q.articleId === articleId)) {
        const ownId = r.id?.match(QUOTE_URN)?.[1];
        const samePlace = (q: Quote) => q.target.start === r.target.start && q.target.end === r.target.end;
        if ((ownId && (quotes.some((q) => q.id === ownId) || session.hasQuote(ownId))) || quotes.some(samePlace)) {
          existing++;
          continue;
        }
        quotes.push({ id: newId('q'), articleId, target: r.target, kind: r.kind, speakerId: null, aboutIds: [], tagIds: [], comment: '', status: 'confirmed', cue: '', createdAt: now, updatedAt: now });
        added++;
      }
      return quotes.length === current.quotes.length ? current : { ...current, quotes };
    });
  }
  return { added, existing, skipped };
}
