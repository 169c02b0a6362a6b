/**
 * Word files (.docx): mammoth turns the document into simple HTML (headings, paragraphs, lists,
 * quotes; no images), which then goes the same inert way as a web page fragment.
 */
import type Mammoth from 'mammoth';
import { lazyRequire } from '../lazyRequire';
import type { ArticleDraft } from '../../shared/import/metadata';
import { reduceDom } from '../../shared/import/domText';
import { guessTextMetadata } from '../../shared/import/textMetadata';
import { parseInert } from './html';
import { importError, MAX_ARTICLE_CHARS, textTooLongReason } from './limits';
import { zipLimitProblem } from './zipLimits';

/** Word's built-in styles that carry article structure beyond mammoth's defaults. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

const loadMammoth = lazyRequire<typeof Mammoth>('mammoth');

export async function importDocx(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  const tooBig = zipLimitProblem(bytes);
  if (tooBig) throw importError(name, tooBig);
  const mammoth = loadMammoth();
  // Images are left out: they cannot be quoted, and inlining them as data would only cost time.
  const noImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, convertImage: noImages }));
  } catch {
    throw importError(name, 'is not a valid Word document (.docx): the file is damaged or incomplete. Open it in Word or LibreOffice, save it again, and import the new copy.');
  }
  // The page is parsed only if its text could fit in an article (markup at most triples it).
  if (html.length > 3 * MAX_ARTICLE_CHARS) throw importError(name, textTooLongReason());
  const { text, blocks } = reduceDom(parseInert(`<!doctype html><body>${html}</body>`).body);
  const guessed = guessTextMetadata(text, blocks);
  return {
    text: guessed.text,
    blocks: guessed.blocks,
    title: guessed.title,
    section: guessed.section,
    source: { outlet: '', url: '', authors: guessed.authors, publishedAt: guessed.publishedAt },
    language: '',
  };
}
