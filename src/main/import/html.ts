/**
 * Web pages. The page is parsed inertly (jsdom's DOMParser: scripts off, nothing loaded), its
 * metadata read, then Mozilla Readability picks
 * the article body the way browsers' reader modes do. Only text and block structure come out
 * (see reduceDom), so no markup, attribute or URL from the page ever reaches the app's DOM.
 */
import type * as Jsdom from 'jsdom';
import type * as ReadabilityModule from '@mozilla/readability';
import type { Readability } from '@mozilla/readability';
import { lazyRequire } from '../lazyRequire';
import { isAdvert, reduceDom, type DomNodeLike, type ReducedText } from '../../shared/import/domText';
import { collectPageHints, pickPageMetadata } from '../../shared/import/pageMetadata';
import type { ArticleDraft } from '../../shared/import/metadata';
import { importError } from './limits';

const jsdom = lazyRequire<typeof Jsdom>('jsdom');
const readability = lazyRequire<typeof ReadabilityModule>('@mozilla/readability');

let host: Jsdom.JSDOM | null = null;

/**
 * Parses HTML into a document that can run nothing and fetch nothing. Documents made by DOMParser
 * have scripting disabled and never load resources (as in browsers); one long-lived, empty jsdom
 * window hosts the parser, because building a window per page costs far more than parsing it.
 */
export function parseInert(html: string): Document {
  // No runScripts and no resources: jsdom's defaults, spelled out here so they cannot drift.
  const { JSDOM, VirtualConsole } = jsdom();
  host ??= new JSDOM('', { contentType: 'text/html', url: 'about:blank', virtualConsole: new VirtualConsole(), pretendToBeVisual: false });
  return new host.window.DOMParser().parseFromString(html, 'text/html');
}

const wordCount = (reduced: ReducedText) => reduced.text.split(/\s+/).filter(Boolean).length;

/** Readability's article body, or null when it finds none (short pages, lists of links). */
function readerBody(document: Document): { body: ReducedText; guess: ReturnType<Readability<DomNodeLike>['parse']> } | null {
  try {
    const reader = new (readability().Readability)<DomNodeLike>(document, { serializer: (node) => node as unknown as DomNodeLike, keepClasses: false });
    const article = reader.parse();
    if (!article?.content) return null;
    return { body: reduceDom(article.content), guess: article };
  } catch {
    // Readability recurses and gives up on very deep trees; the whole-page text still stands.
    return null;
  }
}

/** Turns a whole saved page (or a fragment) into an article draft. */
export function importHtml(name: string, html: string): ArticleDraft {
  try {
    const document = parseInert(html);
    const hints = collectPageHints(document);
    // The fallback is computed first because Readability edits the document it reads.
    const whole = reduceDom(document.body ?? document, { dropChrome: true });
    let body = whole;
    let guess = null;
    if (whole.text) {
      // Readability keeps an ad that sits inside the story and strips the classes that name it.
      for (const element of [...document.querySelectorAll('[class], [id]')]) if (isAdvert(element as unknown as DomNodeLike)) element.remove();
      const reader = readerBody(document);
      // Readability can settle on a teaser box; prefer the whole page when it kept too little.
      if (reader && wordCount(reader.body) >= Math.min(80, wordCount(whole) * 0.5)) body = reader.body;
      guess = reader?.guess ?? null;
    }
    const metadata = pickPageMetadata(hints, guess ?? {});
    return {
      text: body.text,
      blocks: body.blocks,
      title: metadata.title,
      section: metadata.section,
      source: { outlet: metadata.outlet, url: metadata.url, authors: metadata.authors, publishedAt: metadata.publishedAt },
      language: metadata.language,
    };
  } catch (error) {
    if (error instanceof RangeError) throw importError(name, 'is nested too deeply to be read as a web page (it may be damaged or hostile).');
    throw error;
  }
}
