import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { collectPageHints, pickPageMetadata, type ReaderGuess } from '../../../../src/shared/import/pageMetadata';

function metadataOf(head: string, body = '', guess: ReaderGuess = {}) {
  const dom = new JSDOM(`<!doctype html><html lang="fr"><head>${head}</head><body>${body}</body></html>`);
  const result = pickPageMetadata(collectPageHints(dom.window.document), guess);
  dom.window.close();
  return result;
}

describe('page metadata', () => {
  it('prefers JSON-LD (inside @graph) for headline, authors, date, section and publisher', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'LD headline', author: [{ name: 'Ann Lee' }, 'Bo Chan'], datePublished: '2024-01-02T03:04:05Z', articleSection: ['World'], publisher: { name: 'LD Times' } }] };
    const meta = metadataOf(`<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="og:title" content="OG title">`);
    expect(meta).toMatchObject({ title: 'LD headline', authors: ['Ann Lee', 'Bo Chan'], publishedAt: '2024-01-02T03:04:05Z', section: 'World', outlet: 'LD Times', language: 'fr' });
  });

  it('falls back to meta tags, strips the site name from the title and skips author URLs', () => {
    const meta = metadataOf(
      '<title>Ignored</title><meta property="og:title" content="Story | Daily Planet"><meta property="og:site_name" content="Daily Planet"><meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Lois Lane"><meta property="article:published_time" content="2022-05-06"><link rel="canonical" href="https://dailyplanet.example/story">',
    );
    expect(meta).toMatchObject({ title: 'Story', outlet: 'Daily Planet', authors: ['Lois Lane'], publishedAt: '2022-05-06', url: 'https://dailyplanet.example/story' });
  });

  it('keeps only http(s) addresses and uses the "saved from" note as a last resort', () => {
    expect(metadataOf('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="file:///etc/passwd">').url).toBe('');
    const dom = new JSDOM('<!DOCTYPE html><!-- saved from url=(0027)https://news.example/a/b --><html><head></head><body></body></html>');
    expect(pickPageMetadata(collectPageHints(dom.window.document)).url).toBe('https://news.example/a/b');
  });

  it('uses the reader-mode guesses when the page has no metadata, and the site name from the address', () => {
    const meta = metadataOf('<link rel="canonical" href="https://www.site.example/x">', '', { title: 'Guessed', byline: 'By Kim Park', publishedTime: '2021-07-08T00:00:00Z' });
    expect(meta).toMatchObject({ title: 'Guessed', authors: ['Kim Park'], publishedAt: '2021-07-08T00:00:00Z', outlet: 'site.example' });
  });

  it('survives broken JSON-LD', () => {
    expect(metadataOf('<script type="application/ld+json">{broken</script><title>T</title>').title).toBe('T');
  });
});
