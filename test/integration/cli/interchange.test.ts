/** `quotebook export qdpx|qdc|gexf|graphml` and `quotebook import FILE.qdpx|FILE.qdc`. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';
import { fillSample, openNotebook } from '../../helpers/exportNotebook';
import { gold } from '../../helpers/exportFixtures';

async function sampleNotebook() {
  const root = await tempDir('qb-cli-refi-');
  const notebook = join(root, 'Research.quotebook');
  const { session, call } = await openNotebook(notebook);
  await fillSample(call);
  await session.close();
  return { root, notebook };
}

describe('quotebook export/import with other tools', () => {
  it('exports a .qdpx that another notebook imports with `import`', async () => {
    const { root, notebook } = await sampleNotebook();
    const out = join(root, 'out');
    const exported = await cli(['--notebook', notebook, 'export', 'qdpx', '--out', out]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const [file] = await readdir(out).then((names) => names.filter((n) => n.endsWith('.qdpx')));
    expect(file).toBeDefined();
    // Exporting an unchanged notebook again leaves the file as it was (stable GUIDs and dates).
    expect((await cli(['--notebook', notebook, 'export', 'qdpx', '--out', out])).stdout).toContain('1 unchanged');

    const other = join(root, 'Other.quotebook');
    const imported = await cli(['--notebook', other, 'import', join(out, file!)]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(`Imported the project ${join(out, file!)}: 1 article (${gold.quotes.length} quotes), 1 tag, ${new Set(gold.quotes.map((q) => q.speaker)).size + 1} actors and 1 note.`);
  });

  it('exports the codebook and the networks, and refuses what makes no sense', async () => {
    const { root, notebook } = await sampleNotebook();
    const qdc = await cli(['--notebook', notebook, 'export', 'qdc', '--out', '-']);
    expect(qdc.code).toBe(0);
    expect(qdc.stdout).toMatch(/<CodeBook xmlns="urn:QDA-XML:codebook:1.0"[\s\S]*name="lethal aid"/);
    const gexf = await cli(['--notebook', notebook, 'export', 'gexf', '--network', 'concepts', '--dynamic', '--out', join(root, 'net')]);
    expect(gexf.code).toBe(0);
    expect(await readFile(join(root, 'net', (await readdir(join(root, 'net'))).find((n) => n.endsWith('.gexf'))!), 'utf8')).toMatch(/mode="dynamic"/);

    expect(await cli(['--notebook', notebook, 'export', 'qdpx', '--out', '-'])).toMatchObject({ code: 2, stderr: expect.stringContaining('zip archive') });
    expect(await cli(['--notebook', notebook, 'export', 'csv', '--network', 'actors', '--out', '-'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--network only applies') });
    expect(await cli(['--notebook', notebook, 'export', 'graphml', '--dynamic', '--out', '-'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--dynamic only applies to gexf') });
    expect(await cli(['--notebook', notebook, 'export', 'gexf', '--network', 'people', '--out', '-'])).toMatchObject({ code: 2, stderr: expect.stringContaining('not "people"') });
  });

  it('reports a damaged .qdpx as a failed import and exits 1', async () => {
    const root = await tempDir('qb-cli-refi-');
    const bad = join(root, 'bad.qdpx');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, 'not a zip'));
    const run = await cli(['--notebook', join(root, 'nb'), 'import', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot be opened as a zip archive');
  });
});
