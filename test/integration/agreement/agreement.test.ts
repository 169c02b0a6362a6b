/**
 * Agreement between two coders of the same articles: from another notebook, from a JSON export,
 * and from the authors recorded in one shared notebook; "keep theirs" and "keep both"; the CLI.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';
import { openNotebook } from '../../helpers/exportNotebook';
import { twoCoders } from '../../helpers/twoCoders';
import { gold } from '../../helpers/exportFixtures';

describe('agreement between coders', () => {
  it('compares with another notebook: matched units, per-tag alpha/kappa, speaker and kind, unmatched', async () => {
    const root = await tempDir('qb-agree-');
    const { a, b } = await twoCoders(root);
    try {
      const report = await a.call('agreement:compare', { source: { kind: 'notebook', dir: join(root, 'B.quotebook') } });
      const n = gold.quotes.length;
      expect(report).toMatchObject({ matched: n - 1, units: n + 1, articles: { compared: 1, onlyMine: 0, onlyTheirs: 0 } });
      expect(report.unmatched.map((u) => u.side).sort()).toEqual(['mine', 'theirs']);
      // "lethal aid" is on every matched unit for both: no variation, so alpha and kappa are undefined.
      expect(report.perTag.find((t) => t.tag === 'lethal aid')).toMatchObject({ alpha: null, kappa: null, both: n - 1 });
      // "warning" only B, on one of n − 1 units.
      expect(report.perTag.find((t) => t.tag === 'warning')).toMatchObject({ mine: 0, theirs: 1, both: 0, n: n - 1 });
      expect(report.speakerAgreement.observed).toBeCloseTo((n - 2) / (n - 1), 10);
      expect(report.kindAgreement.observed).toBeCloseTo((n - 2) / (n - 1), 10);
      expect(report.disagreements.map((d) => d.differences.sort().join('+')).sort()).toEqual(['kind+speaker', 'tags']);
    } finally {
      await a.session.close();
      await b.session.close();
    }
  });

  it('compares with a JSON export and with two authors of one shared notebook', async () => {
    const root = await tempDir('qb-agree-');
    const { a, b, ids } = await twoCoders(root);
    try {
      const exportFile = join(root, 'b.json');
      await writeFile(exportFile, (await b.call('export:json', {})).content!.text);
      const viaExport = await a.call('agreement:compare', { source: { kind: 'export', file: exportFile } });
      const viaNotebook = await a.call('agreement:compare', { source: { kind: 'notebook', dir: join(root, 'B.quotebook') } });
      expect(viaExport.perTag).toEqual(viaNotebook.perTag);

      // One shared notebook: B's quotes copied into A's article, each side with its author.
      const theirs = (await b.call('articles:get', { id: ids.articleId })).quotes;
      await a.session.changeArticle(ids.articleId, (file) => ({
        ...file,
        quotes: [
          ...file.quotes.map((q) => ({ ...q, author: { id: 'ana', name: 'Ana' } })),
          ...theirs.map((q) => ({ ...q, id: `b_${q.id}`, author: { id: 'ben', name: 'Ben' } })),
        ],
      }));
      // B's new tag must exist in A's codebook for the copied quotes to keep it.
      const warningB = (await b.call('tags:list', {})).find((t) => t.name === 'warning')!;
      await a.session.store.updateNotebook((nb) => void nb.tags.push(warningB));
      expect(await a.call('agreement:coders', {})).toEqual([
        { id: 'ana', name: 'Ana', quotes: gold.quotes.length },
        { id: 'ben', name: 'Ben', quotes: gold.quotes.length },
      ]);
      const shared = await a.call('agreement:compare', { source: { kind: 'authors', mine: 'ana', theirs: 'ben' } });
      expect(shared.coders).toEqual({ mine: 'Ana', theirs: 'Ben' });
      expect(shared.perTag).toEqual(viaNotebook.perTag);
      expect(shared.matched).toBe(viaNotebook.matched);
    } finally {
      await a.session.close();
      await b.session.close();
    }
  });

  it('keeps theirs (my quote takes their coding, same id) and keeps both (their quote added)', async () => {
    const root = await tempDir('qb-agree-');
    const { a, b, ids, extraText } = await twoCoders(root);
    try {
      const report = await a.call('agreement:compare', { source: { kind: 'notebook', dir: join(root, 'B.quotebook') } });
      const speakerDiff = report.disagreements.find((d) => d.differences.includes('speaker'))!;
      const kept = await a.call('agreement:adopt', { articleId: ids.articleId, replaceQuoteId: speakerDiff.mine.id, quote: speakerDiff.theirs });
      expect(kept).toMatchObject({ id: speakerDiff.mine.id, speakerId: null, kind: 'paraphrase' });

      const onlyTheirs = report.unmatched.find((u) => u.side === 'theirs')!;
      const added = await a.call('agreement:adopt', { articleId: ids.articleId, quote: onlyTheirs.quote });
      expect(added.target.exact).toBe(extraText);
      const tagDiff = report.disagreements.find((d) => d.differences.includes('tags'))!;
      const merged = await a.call('agreement:adopt', { articleId: ids.articleId, replaceQuoteId: tagDiff.mine.id, quote: tagDiff.theirs });
      // Their tag "warning" did not exist in my codebook: it was created.
      expect((await a.call('tags:list', {})).filter((t) => merged.tagIds.includes(t.id)).map((t) => t.name).sort()).toEqual(['lethal aid', 'warning']);

      const after = await a.call('agreement:compare', { source: { kind: 'notebook', dir: join(root, 'B.quotebook') } });
      expect(after.disagreements).toEqual([]);
      expect(after.unmatched.map((u) => u.side)).toEqual(['mine']);
    } finally {
      await a.session.close();
      await b.session.close();
    }
  });

  it('explains what is wrong: the same notebook, no shared articles, unknown coders', async () => {
    const root = await tempDir('qb-agree-');
    const { a, b } = await twoCoders(root);
    const c = await openNotebook(join(root, 'C.quotebook'));
    try {
      await c.call('articles:createFromText', { text: 'Another text entirely.' });
      const self = await a.raw.invoke('agreement:compare', { source: { kind: 'notebook', dir: join(root, 'A.quotebook') } });
      expect(self.ok ? '' : self.error.message).toMatch(/the open notebook itself/);
      const none = await a.raw.invoke('agreement:compare', { source: { kind: 'notebook', dir: join(root, 'C.quotebook') } });
      expect(none.ok ? '' : none.error.message).toMatch(/nothing to compare/);
      const nobody = await a.raw.invoke('agreement:compare', { source: { kind: 'authors', mine: 'x', theirs: 'y' } });
      expect(nobody.ok ? '' : nobody.error.message).toMatch(/No quote in this notebook was marked by the coder "x"/);
    } finally {
      await a.session.close();
      await b.session.close();
      await c.session.close();
    }
  });

  it('`quotebook agreement` prints the summary, or the JSON shape with --json', async () => {
    const root = await tempDir('qb-agree-');
    const { a, b } = await twoCoders(root);
    await a.session.close();
    await b.session.close();
    const json = await cli(['--notebook', join(root, 'A.quotebook'), '--json', 'agreement', join(root, 'B.quotebook')]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(json.stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['units', 'matched', 'overall', 'perTag', 'speakerAgreement', 'kindAgreement']));
    expect(Object.keys(report.overall).sort()).toEqual(['alpha', 'kappa']);
    expect(Object.keys(report.perTag[0]).sort()).toEqual(expect.arrayContaining(['tag', 'alpha', 'kappa', 'n']));
    const text = await cli(['--notebook', join(root, 'A.quotebook'), 'agreement', join(root, 'B.quotebook')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Units: \d+, matched: \d+, unmatched: 2 \(1 only mine, 1 only theirs\)\./);
    expect(text.stdout).toMatch(/^warning\s+/m);
    const missing = await cli(['--notebook', join(root, 'A.quotebook'), 'agreement', join(root, 'nowhere')]);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('does not exist') });
  });
});
