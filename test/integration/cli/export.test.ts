/** `quotebook export …` and `quotebook import-json …` on real notebooks. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';
import { fillSample, openNotebook } from '../../helpers/exportNotebook';
import { gold } from '../../helpers/exportFixtures';
import { nodesOf, parseMarkdown, quotesOf } from '../../helpers/markdown';

async function sampleNotebook() {
  const root = await tempDir('qb-cli-export-');
  const notebook = join(root, 'Research.quotebook');
  const { session, call } = await openNotebook(notebook);
  const ids = await fillSample(call);
  await session.close();
  return { root, notebook, ids };
}

describe('quotebook export', () => {
  it('writes the notebook as Markdown and reports what it did', async () => {
    const { root, notebook } = await sampleNotebook();
    const out = join(root, 'export');
    const run = await cli(['--notebook', notebook, 'export', 'markdown', '--out', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`Exported ${3 + gold.actors.length} files to ${out} (${3 + gold.actors.length} created, 0 updated, 0 unchanged).`);
    expect((await readdir(join(out, 'Articles')))).toEqual([`${gold.title}.md`]);
    const again = await cli(['--notebook', notebook, 'export', 'markdown', '--out', out, '--wikilinks']);
    expect(again.code).toBe(0);
    expect(await readFile(join(out, 'Notes', 'Weekly brief.md'), 'utf8')).toContain(`[[Articles/${gold.title}#^`);
  });

  it('prints one file with --out -: a note, an article’s CSV, an actor’s annotations', async () => {
    const { notebook, ids } = await sampleNotebook();
    const note = await cli(['--notebook', notebook, 'export', 'markdown', '--out', '-', '--note', ids.noteId]);
    expect(note.code).toBe(0);
    const tree = parseMarkdown(note.stdout);
    expect(quotesOf(tree)).toHaveLength(2);
    expect(nodesOf(tree, 'footnoteDefinition')).toHaveLength(1);

    const csv = await cli(['--notebook', notebook, 'export', 'csv', '--out', '-', '--article', ids.articleId]);
    expect(csv.stdout.startsWith('\uFEFFarticle_id,article_title,')).toBe(true);

    const w3c = await cli(['--notebook', notebook, 'export', 'w3c', '--out', '-', '--actor', ids.actorIds.get('China')!]);
    expect(JSON.parse(w3c.stdout).type).toBe('AnnotationCollection');
  });

  it('round-trips JSON through import-json into a new notebook', async () => {
    const { root, notebook } = await sampleNotebook();
    const out = join(root, 'json');
    expect((await cli(['--notebook', notebook, 'export', 'json', '--out', out])).code).toBe(0);
    const [file] = await readdir(out).then((names) => names.filter((n) => n.endsWith('.json') && !n.startsWith('.')));
    const copy = join(root, 'Copy.quotebook');
    const imported = await cli(['--notebook', copy, 'import-json', join(out, file!)]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 1 articles \(\d+ quotes\), 1 notes, \d+ actors and 1 tags into /);
    const again = await cli(['--notebook', copy, 'export', 'json', '--out', '-']);
    expect(`${again.stdout}\n`).toBe(await readFile(join(out, file!), 'utf8'));
    // A second import into the now full notebook is refused.
    const twice = await cli(['--notebook', copy, 'import-json', join(out, file!)]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/only be imported into an empty notebook/);
  });

  it.each([
    [['export'], 2, /Usage: quotebook export/],
    [['export', 'pdf', '--out', '/tmp/x'], 2, /Usage: quotebook export/],
    [['export', 'csv'], 2, /--out DIR/],
    [['export', 'csv', '--out', '-', '--note', 'a', '--article', 'b'], 2, /Choose one of/],
    [['export', 'csv', '--out', '-', '--wikilinks'], 2, /only applies to Markdown/],
    [['export', 'markdown', '--out', '-'], 1, /choose a folder/],
    [['export', 'markdown', '--out', '-', '--note', 'note_missing'], 1, /no note with id "note_missing"/],
  ])('%j exits %i with a message', async (args, code, message) => {
    const { notebook } = await sampleNotebook();
    const run = await cli(['--notebook', notebook, ...args]);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
  });
});
