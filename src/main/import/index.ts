/**
 * One entry point for every importer: bytes and a file name in, an article draft out, or a
 * failure whose message names the file and says why. Nothing here writes to the notebook, so a
 * file that fails leaves it exactly as it was.
 */
import { UserError } from '../../shared/api/result';
import { cleanLine, type ArticleDraft } from '../../shared/import/metadata';
import { guessTextMetadata } from '../../shared/import/textMetadata';
import { normaliseText } from '../../shared/text/normalise';
import { plainTextBlocks } from '../../shared/text/plainTextBlocks';
import { decodeHtml, decodeText } from './decode';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importError, MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, textTooLongReason, tooManyBlocksReason, type ImportFormat } from './limits';
import { importMarkdown } from './markdown';
import { importPdf } from './pdf';
import { detectFormat } from './sniff';

export { MAX_IMPORT_BYTES, SUPPORTED_FORMATS, isImportableName, tooLargeReason } from './limits';

/**
 * Plain text: the text is kept as it is (only NFC and LF), so offsets into the file stay valid up to
 * the byline and date lines under the headline, which move into the metadata.
 */
export function draftFromPlainText(raw: string): ArticleDraft {
  const text = normaliseText(raw);
  const guessed = guessTextMetadata(text, plainTextBlocks(text));
  return {
    text: guessed.text,
    blocks: guessed.blocks,
    title: guessed.title,
    section: guessed.section,
    source: { outlet: '', url: '', authors: guessed.authors, publishedAt: guessed.publishedAt },
    language: '',
  };
}

/**
 * Puts the headline at the top of the text when the body does not start with it (web pages keep
 * it apart), so a quote in a headline can be marked like any other; fills a missing title.
 */
export function finishDraft(draft: ArticleDraft, fallbackTitle: string, prependTitle: boolean): ArticleDraft {
  let { text, blocks } = draft;
  const title = cleanLine(draft.title) || cleanLine(fallbackTitle) || 'Untitled article';
  const same = (a: string) => a.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  const hasTitle = blocks.slice(0, 3).some((b) => same(text.slice(b.start, b.end)) === same(title));
  if (prependTitle && draft.title && blocks.length > 0 && !hasTitle) {
    const head = title.normalize('NFC');
    const shift = head.length + 2;
    text = `${head}\n\n${text}`;
    blocks = [{ kind: 'heading', start: 0, end: head.length }, ...blocks.map((b) => ({ ...b, start: b.start + shift, end: b.end + shift }))];
  }
  return { ...draft, text, blocks, title };
}

async function convert(format: ImportFormat, name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  switch (format) {
    case 'text':
      return draftFromPlainText(decodeText(name, bytes));
    case 'markdown':
      return importMarkdown(name, normaliseText(decodeText(name, bytes)));
    case 'html':
      return importHtml(name, decodeHtml(name, bytes));
    case 'pdf':
      return importPdf(name, bytes);
    case 'docx':
      return importDocx(name, bytes);
  }
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;
const withoutExtension = (name: string) => baseName(name).replace(/\.[^.]+$/, '');

/** Reads one file into a draft; every failure is a UserError naming the file. */
export async function convertFile(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  const format = detectFormat(name, bytes);
  let draft: ArticleDraft;
  try {
    draft = await convert(format, name, bytes);
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (error instanceof RangeError) throw importError(name, 'is too complex to read (it is nested too deeply or is damaged).');
    const detail = error instanceof Error ? error.message : String(error);
    throw importError(name, `could not be read (${detail.slice(0, 200)}). The file may be damaged; try saving it again from the program that made it.`);
  }
  if (draft.text.trim() === '') {
    throw importError(name, format === 'html' ? 'has no article text that Quotebook could find (the page may be empty or built by scripts).' : 'has no text: there is nothing to import.');
  }
  if (draft.text.length > MAX_ARTICLE_CHARS) throw importError(name, textTooLongReason(draft.text.length));
  if (draft.blocks.length > MAX_ARTICLE_BLOCKS) throw importError(name, tooManyBlocksReason(draft.blocks.length));
  // Plain text stays exactly as in the file; converted formats get their headline back.
  return finishDraft(draft, withoutExtension(name), format === 'html' || format === 'markdown');
}
