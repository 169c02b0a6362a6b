import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { cli, samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { createOperations, NotebookSession } from '../../../src/main/services';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await makeTempDir('qb-problems-');
  notebook = join(dir, 'Research.quotebook');
});
afterEach(() => removeTempDir(dir));

/** A notebook with the sample article and one quote; returns the article id. */
async function notebookWithQuote(): Promise<string> {
  const added = await cli(['--notebook', notebook, '--json', 'import', samplePath]);
  const id = JSON.parse(added.stdout).imported[0].id as string;
  expect((await cli(['--notebook', notebook, 'quote', 'add', id, '--exact', 'increasingly concerned'])).code).toBe(0);
  return id;
}

describe('a damaged file never disappears silently', () => {
  it('is reported by every later command, in every process, until acknowledged', async () => {
    const id = await notebookWithQuote();
    await truncate(join(notebook, 'articles', `${id}.json`), 40);

    const first = await cli(['--notebook', notebook, 'list', 'articles']);
    expect(first.code).toBe(0);
    const warnings = first.stderr.split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`articles/${id}.json`);
    expect(warnings[0]).toContain('moved aside');
    expect((await readdir(join(notebook, 'articles'))).some((n) => n.startsWith(`${id}.json.damaged-`))).toBe(true);

    // A later command is told too, not only the one that found the damage.
    const later = await cli(['--notebook', notebook, '--json', 'quote', 'add', 'nope', '--exact', 'x']);
    expect(later.stderr).toContain(`articles/${id}.json`);
    const listed = await cli(['--notebook', notebook, '--json', 'problems']);
    const { problems } = JSON.parse(listed.stdout) as { problems: Array<{ id: string; file: string; movedTo: string; message: string }> };
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `articles/${id}.json` });
    expect(problems[0]!.movedTo).toMatch(new RegExp(`^articles/${id}\\.json\\.damaged-`));

    // A server (any front door) opened afterwards reports it in notebook:info.
    const session = await NotebookSession.open(notebook);
    try {
      const info = await createOperations(session).invoke('notebook:info', {});
      expect(info.ok && (info.value as { problems: unknown[] }).problems).toHaveLength(1);
    } finally {
      await session.close();
    }

    const acked = await cli(['--notebook', notebook, 'problems', '--ack', problems[0]!.id]);
    expect(acked.code).toBe(0);
    expect(acked.stdout).toContain('Acknowledged 1 problem');
    const after = await cli(['--notebook', notebook, 'list', 'articles']);
    expect(after.stderr).toBe('');
    expect(JSON.parse((await cli(['--notebook', notebook, '--json', 'problems'])).stdout).problems).toEqual([]);
    // Acknowledging never deletes the damaged copy.
    expect((await readdir(join(notebook, 'articles'))).some((n) => n.startsWith(`${id}.json.damaged-`))).toBe(true);
  });

  it('adds the problems to JSON objects and refuses an unknown id', async () => {
    const id = await notebookWithQuote();
    await truncate(join(notebook, 'articles', `${id}.json`), 0);
    const run = await cli(['--notebook', notebook, '--json', 'actor', 'add', 'Jens Stoltenberg']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).problems).toHaveLength(1);
    const wrong = await cli(['--notebook', notebook, 'problems', '--ack', 'abcdef12']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('No open problem has the id "abcdef12"');
    expect((await cli(['--notebook', notebook, 'problems', '--ack-all'])).stdout).toContain('Acknowledged 1 problem');
  });
});
