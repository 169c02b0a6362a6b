/**
 * Importing REFI-QDA files written by other programs: a project in the shape QualCoder and
 * MAXQDA write (CRLF text, deep code trees, a PDF source, no actors group), a codebook merged
 * into an existing one, and files that are damaged or not REFI-QDA at all.
 */
import { strToU8, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { openNotebook } from '../../helpers/exportNotebook';
import { tagPath } from '../../../src/shared/tags/codebook';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const RAW = 'Line one.\r\nThe minister said “taxes fall”.\r\nEnd ✅.';
const foreignProject = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="Other tool">
  <Users><User guid="${G(1)}" name="Rosa"/></Users>
  <CodeBook><Codes>
    <Code guid="${G(2)}" name="Economy" isCodable="true" color="#2E7F42">
      <Code guid="${G(3)}" name="Tax" isCodable="true">
        <Code guid="${G(4)}" name="Cuts" isCodable="true" color="#B83C62"/>
      </Code>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(10)}" name="Interview" plainTextPath="internal://${G(10)}.txt">
      <PlainTextSelection guid="${G(11)}" startPosition="30" endPosition="41" creatingUser="${G(1)}" creationDateTime="2024-01-02T03:04:05Z">
        <Description>key claim</Description>
        <Coding guid="${G(12)}"><CodeRef targetGUID="${G(4)}"/></Coding>
        <NoteRef targetGUID="${G(30)}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="${G(13)}" startPosition="400" endPosition="410"/>
    </TextSource>
    <PDFSource guid="${G(20)}" name="Scan" path="internal://${G(20)}.pdf"/>
  </Sources>
  <Notes><Note guid="${G(30)}" name="Memo"><PlainTextContent>First line\nsecond line</PlainTextContent></Note></Notes>
</Project>`;

const qdpx = (files: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))).toString('base64');

describe('REFI-QDA import from other programs', () => {
  it('reads a foreign project: CRLF text, deep codes, a PDF left out, a passage out of range', async () => {
    const nb = await openNotebook(join(await tempDir('qb-refi-in-'), 'a.quotebook'));
    try {
      const outcome = await nb.call('notebook:importRefi', { name: 'study.qdpx', base64: qdpx({ 'project.qde': foreignProject, [`sources/${G(10)}.txt`]: RAW }) });
      expect(outcome.counts).toEqual({ articles: 1, quotes: 1, tags: 3, actors: 0, notes: 1 });
      expect(outcome.notices.join('\n')).toMatch(/1 coded passage was left out/);
      expect(outcome.notices.join('\n')).toMatch(/1 pdf source left out/);

      const tags = await nb.call('tags:list', {});
      expect(tags.map((t) => `${tagPath(t, tags)}:${t.colour}`).sort()).toEqual(['Economy › Tax / Cuts:rose', 'Economy › Tax:', 'Economy:green']);
      const [summary] = await nb.call('articles:list', {});
      const { article, quotes } = await nb.call('articles:get', { id: summary!.id });
      expect(article.text).toBe(RAW.replace(/\r\n/g, '\n'));
      // Code points 30–41 of the CRLF text are "taxes fall”" shifted by the one CR before them.
      expect(quotes[0]!.target.exact).toBe('taxes fall”');
      expect(quotes[0]!.comment).toBe('key claim');
      expect(quotes[0]!.author).toEqual({ id: G(1), name: 'Rosa' });
      expect(tagPath(tags.find((t) => t.id === quotes[0]!.tagIds[0])!, tags)).toBe('Economy › Tax / Cuts');
      const [note] = await nb.call('notes:list', {});
      expect(JSON.stringify((await nb.call('notes:get', { id: note!.id })).content)).toContain(quotes[0]!.id);
    } finally {
      await nb.session.close();
    }
  });

  it('merges a codebook into the existing tags (by name and parent), adding only what is new', async () => {
    const nb = await openNotebook(join(await tempDir('qb-refi-in-'), 'a.quotebook'));
    try {
      await nb.call('tags:create', { name: 'economy' });
      const qdc = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
        <Code guid="${G(2)}" name="Economy" isCodable="true"><Code guid="${G(3)}" name="Tax" isCodable="true" color="#6D4AC4"><Description>levies</Description></Code></Code>
        <Code guid="${G(5)}" name="Health" isCodable="false"/></Codes></CodeBook>`;
      const outcome = await nb.call('notebook:importRefi', { name: 'book.qdc', base64: Buffer.from(qdc).toString('base64') });
      expect(outcome).toMatchObject({ kind: 'codebook', reusedTags: 1, counts: { tags: 2 }, notices: [] });
      const tags = await nb.call('tags:list', {});
      expect(tags.map((t) => tagPath(t, tags)).sort()).toEqual(['Health', 'economy', 'economy › Tax']);
      expect(tags.find((t) => t.name === 'Tax')).toMatchObject({ colour: 'violet', description: 'levies' });
    } finally {
      await nb.session.close();
    }
  });

  it.each([
    ['not a zip', 'x.qdpx', Buffer.from('hello').toString('base64'), /cannot be opened as a zip archive/],
    ['a zip without project.qde', 'x.qdpx', qdpx({ 'readme.txt': 'hi' }), /holds no project.qde/],
    ['a project whose XML is broken', 'x.qdpx', qdpx({ 'project.qde': '<Project name="x"><Sources>' }), /not well-formed XML/],
    ['a codebook that is a project', 'x.qdc', Buffer.from('<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>').toString('base64'), /not a REFI-QDA codebook/],
    ['another extension', 'x.nvp', Buffer.from('x').toString('base64'), /imports projects \(\.qdpx\) and codebooks \(\.qdc\)/],
  ])('refuses %s with a message and changes nothing', async (_what, name, base64, message) => {
    const nb = await openNotebook(join(await tempDir('qb-refi-in-'), 'a.quotebook'));
    try {
      const result = await nb.raw.invoke('notebook:importRefi', { name, base64 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
      expect((await nb.call('notebook:info', {})).counts).toMatchObject({ articles: 0, tags: 0, actors: 0, notes: 0 });
    } finally {
      await nb.session.close();
    }
  });
});
