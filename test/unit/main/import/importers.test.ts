/**
 * Every format through the one entry point (`convertFile`), on real bytes: the sample article,
 * a saved news page, Markdown, a PDF and a Word file built here, and each kind of bad file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertFile } from '../../../../src/main/import';
import { MAX_IMPORT_BYTES } from '../../../../src/main/import/limits';
import { appRoot, samplePath } from '../../../helpers/cliRunner';
import { articlePdf, buildPdf } from '../../../helpers/pdfBuilder';
import { buildDocx } from '../../../helpers/docxBuilder';
import { zip } from '../../../helpers/zipWriter';

const SAMPLE_TITLE = 'NATO ‘increasingly concerned’ China may arm Russia against Ukraine';
const newsPage = readFileSync(resolve(appRoot, 'test/fixtures/import/news-page.html'));
const blockTexts = (draft: { text: string; blocks: { start: number; end: number }[] }) => draft.blocks.map((b) => draft.text.slice(b.start, b.end));

describe('convertFile', () => {
  it('keeps the sample article exactly, with section "Policy" and its headline as title', async () => {
    const bytes = readFileSync(samplePath);
    const draft = await convertFile('nato-china-lethal-aid.txt', bytes);
    expect(draft.section).toBe('Policy');
    expect(draft.title).toBe(SAMPLE_TITLE);
    // Offsets of the hand-labelled quotes refer to the file, so the text must be the file's text.
    expect(draft.text).toBe(bytes.toString('utf8').normalize('NFC'));
  });

  it('turns CRLF into LF and composes accents (NFC), and reads UTF-16 with a byte-order mark', async () => {
    const crlf = await convertFile('a.txt', Buffer.from('Title line\r\n\r\nCafe\u0301 society.\r\nSecond line.\r\n'));
    expect(crlf.text).toBe('Title line\n\nCafé society.\nSecond line.\n');
    const utf16 = await convertFile('b.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello\n\nWorld.', 'utf16le')]));
    expect(utf16.text).toBe('Hello\n\nWorld.');
  });

  it('reads a text saved one paragraph per line (Windows line ends) as a headline and paragraphs', async () => {
    const lines = ['Harbour chair says toll vote must wait', 'The harbour committee postponed Tuesday’s vote on higher tolls after fishing crews filled the chamber.', '“We need another month to look at the figures,” said the committee chair, Ada Roe.'];
    const draft = await convertFile('harbour.txt', Buffer.from(lines.join('\r\n')));
    expect(draft.title).toBe(lines[0]);
    expect(draft.blocks.map((b) => [b.kind, draft.text.slice(b.start, b.end)])).toEqual([['heading', lines[0]], ['paragraph', lines[1]], ['paragraph', lines[2]]]);
  });

  it('reads a story kept on one line (a spreadsheet cell, a PDF) as its paragraphs, each quotation whole', async () => {
    const sentences = [
      'The harbour committee postponed Tuesday’s vote on higher tolls after fishing crews filled the chamber.',
      '“We need another month to look at the figures. Nobody should pay more until we have,” said the committee chair, Ada Roe.',
      'Crews say the rise would cost a small boat more than £2,000 a year.',
      '‘It is the difference between fishing and selling the boat,’ said Tam Oakes, who has fished from the harbour for thirty years.',
      'The council said the tolls had not risen since 2011 and that the harbour wall needed urgent repairs.',
      'A report to the committee put the cost of the repairs at £4.2 million over five years, and warned that the wall could fail in a winter storm.',
      'Roe said the committee would meet again in March, when the council’s engineers would present a cheaper plan.',
      'Fishing has shrunk in the town since the 1990s, but the harbour still lands more shellfish than any other port on the coast.',
      'Council officers will publish the engineers’ plan a week before the meeting.',
      'Oakes said crews would be there too.',
    ];
    const story = `Harbour committee puts off toll vote\n${sentences.join(' ')}`;
    expect(story.length).toBeGreaterThan(1000);
    const draft = await convertFile('harbour.txt', Buffer.from(story));
    expect(draft.title).toBe('Harbour committee puts off toll vote');
    expect(draft.blocks.filter((b) => b.kind === 'paragraph').map((b) => draft.text.slice(b.start, b.end))).toEqual(sentences);
  });

  it('drops an advertisement placed inside the story, whatever reads the page', async () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of the report on the summit, with enough words to be read as the story itself.</p>`);
    story.splice(4, 0, '<div class="ad ad-inline"><span>ADVERTISEMENT</span><p>Buy the new phone today.</p></div>', '<aside class="inline-ad">Sponsored: cheap flights</aside>');
    const html = `<html><head><title>Summit</title></head><body><article><h1>Summit ends</h1>${story.join('')}</article></body></html>`;
    const draft = await convertFile('summit.html', Buffer.from(html));
    expect(draft.text).toContain('Paragraph 7 of the report');
    expect(draft.text).not.toMatch(/ADVERTISEMENT|new phone|cheap flights/);
  });

  it('extracts a saved news page: paragraphs kept; navigation, ads, scripts and sign-up boxes dropped', async () => {
    const draft = await convertFile('news-page.html', newsPage);
    const blocks = blockTexts(draft);
    expect(draft).toMatchObject({
      title: SAMPLE_TITLE,
      section: 'Policy',
      language: 'en-US',
      source: { outlet: 'The Example Hill', url: 'https://www.example-news.com/policy/nato-china-lethal-aid-russia-ukraine-3872', authors: ['Jane Doe'], publishedAt: '2023-02-21T15:42:00-05:00' },
    });
    expect(blocks[0]).toBe(SAMPLE_TITLE);
    expect(draft.blocks[0]!.kind).toBe('heading');
    expect(blocks).toContain('“It is the U.S., not China, that has been pouring weapons into the battlefield,” he said.');
    expect(blocks.filter((b) => b.startsWith('“') || b.startsWith('NATO Secretary')).length).toBeGreaterThanOrEqual(6);
    for (const junk of ['Accept all cookies', 'Most Popular', 'Newsletters', 'Advertisement', 'Share on Twitter', 'Subscribe', 'Injected by a script', 'dataLayer', 'googletag', 'Privacy policy', 'Senate passes']) {
      expect(draft.text).not.toContain(junk);
    }
  });

  it('reads Markdown structure and its front matter', async () => {
    const md = ['---', 'title: "Front-matter title"', 'author: [Ann Lee, Bo Chan]', 'date: 2024-03-05', 'url: https://example.org/a', 'outlet: Example Weekly', '---', '', '# Heading in body', '', 'A *styled* [link](https://x.example) and `code`.', '', '> Quoted line', '', '- one', '- two', '', '<div>raw <b>html</b></div><script>alert(1)</script>', ''].join('\n');
    const draft = await convertFile('note.md', Buffer.from(md));
    expect(draft).toMatchObject({ title: 'Front-matter title', source: { authors: ['Ann Lee', 'Bo Chan'], publishedAt: '2024-03-05', url: 'https://example.org/a', outlet: 'Example Weekly' } });
    expect(draft.blocks.map((b) => [b.kind, draft.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Front-matter title'],
      ['heading', 'Heading in body'],
      ['paragraph', 'A styled link and code.'],
      ['blockquote', 'Quoted line'],
      ['listItem', 'one'],
      ['listItem', 'two'],
      ['paragraph', 'raw html'],
    ]);
  });

  it('reads a PDF text layer into a headline and paragraphs, with the document title', async () => {
    const paragraphs = [
      'NATO Secretary-General Jens Stoltenberg said on Tuesday that the alliance is increasingly concerned that China may provide Russia with weapons for its ongoing war.',
      'Speaking at a joint news conference, Stoltenberg said Russia has shown no signs of ending its war with Ukraine, and that allies must deliver on their pledges.',
    ];
    const draft = await convertFile('report.pdf', articlePdf('Alliance raises concern', paragraphs));
    expect(blockTexts(draft)).toEqual(['Alliance raises concern', ...paragraphs]);
    expect(draft.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(draft.title).toBe('Alliance raises concern');
    const titled = await convertFile('x.pdf', buildPdf([[{ text: 'Body text of the page.', size: 11, x: 72, y: 700 }]], { Title: 'Info title', Author: 'Kim Park' }));
    expect(titled).toMatchObject({ title: 'Info title', source: { authors: ['Kim Park'] } });
  });

  it('reads a Word document: Title style, headings, quotes and paragraphs', async () => {
    const docx = buildDocx([
      { text: 'World', style: undefined },
      { text: 'Leaders meet in Brussels', style: 'Title' },
      { text: 'By Jane Doe' },
      { text: 'The leaders met on Tuesday.' },
      { text: 'Background', style: 'Heading1' },
      { text: 'We must act now.', style: 'Quote' },
    ]);
    const draft = await convertFile('story.docx', docx);
    expect(draft).toMatchObject({ title: 'Leaders meet in Brussels', section: 'World', source: { authors: ['Jane Doe'] } });
    expect(draft.blocks.map((b) => [b.kind, draft.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'World'],
      ['heading', 'Leaders meet in Brussels'],
      // The byline is in the metadata, not the story's text.
      ['paragraph', 'The leaders met on Tuesday.'],
      ['heading', 'Background'],
      ['blockquote', 'We must act now.'],
    ]);
  });

  it('trusts the bytes over the name: a saved page without .html, a PDF named .txt', async () => {
    expect((await convertFile('page', Buffer.from('<!DOCTYPE html><title>T</title><p>Body paragraph.</p>'))).text).toBe('T\n\nBody paragraph.');
    expect((await convertFile('notes.txt', articlePdf('PDF inside', ['Some text.']))).title).toBe('PDF inside');
  });

  const bad: [string, string, () => Buffer, RegExp][] = [
    ['an empty file', 'empty.txt', () => Buffer.alloc(0), /"empty\.txt" is empty/],
    ['a file of blanks', 'blank.md', () => Buffer.from('   \n\n  \n'), /"blank\.md" has no text/],
    ['a binary file', 'data.txt', () => Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00]), /"data\.txt" looks like a binary file/],
    ['an image', 'photo.html', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /"photo\.html" is a binary file \(a PNG image\)/],
    ['an unsupported type', 'sheet.csv', () => Buffer.from('a,b\n1,2\n'), /"sheet\.csv" has a type Quotebook does not import \(\.csv\)/],
    ['invalid UTF-8', 'latin1.txt', () => Buffer.from('caf\xe9 au lait', 'latin1'), /"latin1\.txt" is not valid UTF-8 text/],
    ['a file over the limit', 'huge.txt', () => Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61), /"huge\.txt" is 32\.0 MB, more than the 32\.0 MB/],
    ['a PDF without a text layer', 'scan.pdf', () => buildPdf([[], []]), /"scan\.pdf" has no text layer/],
    ['a damaged PDF', 'broken.pdf', () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]), /"broken\.pdf" is damaged or is not really a PDF/],
    ['a corrupt DOCX (truncated zip)', 'cut.docx', () => buildDocx([{ text: 'Hello' }]).subarray(0, 300), /"cut\.docx" is not a valid Word document/],
    ['a zip that is not a Word file', 'fake.docx', () => zip({ 'hello.txt': 'hi' }), /"fake\.docx" is not a valid Word document/],
    ['random bytes named .docx', 'noise.docx', () => Buffer.from('not a zip at all'), /"noise\.docx" is not a valid Word document/],
    ['an old .doc', 'old.doc', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /"old\.doc" is in the old Word \(\.doc\) format/],
    ['a page with no text', 'empty.html', () => Buffer.from('<!doctype html><html><body><script>document.write("x")</script><img src=a></body></html>'), /"empty\.html" has no article text/],
  ];
  it.each(bad)('refuses %s with a message naming the file and the reason', async (_what, name, bytes, message) => {
    await expect(convertFile(name, bytes())).rejects.toThrow(message);
  });
});
