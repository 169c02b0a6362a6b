/**
 * PDF files, through pdf.js (the legacy build, which runs in Node 20). Only the text layer is
 * read: no fonts are turned into code (isEvalSupported off), no scripts, no forms, nothing fetched.
 * A PDF without a text layer (a scan) is refused with advice rather than imported empty.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ArticleDraft } from '../../shared/import/metadata';
import { cleanLine, normaliseLanguage, splitAuthors } from '../../shared/import/metadata';
import { guessTextMetadata } from '../../shared/import/textMetadata';
import { importError } from './limits';
import { layoutPdf, pageLines, type PdfRun } from './pdfLayout';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/** pdf.js is large; load it the first time a PDF is imported. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** A document title worth keeping: not empty, not a file name, not a word processor's placeholder. */
function usefulTitle(value: unknown): string {
  const title = cleanLine(value);
  if (!title || /\.(?:docx?|pdf|indd|qxp|rtf|txt)$/i.test(title) || /^(?:untitled|microsoft word\b|document\d*$|title$)/i.test(title)) return '';
  return title;
}

export async function importPdf(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') throw importError(name, 'is protected by a password. Open it, save a copy without the password, and import that.');
    throw importError(name, 'is damaged or is not really a PDF, so its text could not be read.');
  }
  try {
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter((item) => 'str' in item) as PdfRun[], number));
      page.cleanup();
    }
    const { text, blocks } = layoutPdf(pages);
    if (!text.trim()) {
      throw importError(
        name,
        'has no text layer: its pages are images (a scan or a photo), so there is no text to quote. Run it through OCR (text recognition) first, or copy the text and paste it as a new article.',
      );
    }
    const { info } = (await document.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const guessed = guessTextMetadata(text, blocks);
    return {
      text: guessed.text,
      blocks: guessed.blocks,
      title: usefulTitle(info.Title) || guessed.title,
      section: guessed.section,
      source: { outlet: '', url: '', authors: guessed.authors.length ? guessed.authors : splitAuthors([info.Author]), publishedAt: guessed.publishedAt },
      language: normaliseLanguage(info.Language),
    };
  } finally {
    await document.destroy();
  }
}
