/**
 * Locks never shut people out, and plain failures get plain messages (issue 11, items 5 and 7):
 * a lock from another computer is explained and removable with `unlock`, `--read-only` reads
 * without the lock, and a full disk or a refused write is one sentence, not a stack trace.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli, samplePath } from '../../helpers/cliRunner';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';

let dir: string;
let notebook: string;
beforeEach(async () => {
  dir = await makeTempDir('qb-locks-');
  notebook = path.join(dir, 'Research.quotebook');
  expect((await cli(['--notebook', notebook, 'import', samplePath])).code).toBe(0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await removeTempDir(dir);
});

const foreignLock = JSON.stringify({ pid: 4242, hostname: 'laptop-of-a-colleague', startedAt: '2026-11-30T08:00:00.000Z', app: 'Quotebook', user: 'sam' });

describe('locks', () => {
  it('explains a lock from another computer, reads with --read-only, and unlock removes it only when confirmed', async () => {
    await fs.writeFile(path.join(notebook, '.lock'), foreignLock);
    const refused = await cli(['--notebook', notebook, 'list', 'articles']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('on another computer (pid 4242 of sam on laptop-of-a-colleague');
    expect(refused.stderr).toContain('"quotebook unlock"');
    expect(refused.stderr).toContain('--read-only');

    const read = await cli(['--notebook', notebook, '--read-only', 'list', 'articles']);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('NATO');
    const write = await cli(['--notebook', notebook, '--read-only', 'actor', 'add', 'Jens Stoltenberg']);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('read-only');
    expect(await fs.readFile(path.join(notebook, '.lock'), 'utf8')).toBe(foreignLock);

    const unconfirmed = await cli(['--notebook', notebook, 'unlock']);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).toContain('Run "quotebook unlock --yes"');
    expect(await fs.readFile(path.join(notebook, '.lock'), 'utf8')).toBe(foreignLock);

    const removed = await cli(['--notebook', notebook, 'unlock', '--yes']);
    expect(removed.code).toBe(0);
    expect((await cli(['--notebook', notebook, 'actor', 'add', 'Jens Stoltenberg'])).code).toBe(0);
  });
});

describe('plain failures', () => {
  it('a write refused by the file system is one plain sentence naming the path, with nothing saved', async () => {
    const realRename = fs.rename.bind(fs);
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('notebook.json')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: String(to) });
      return realRename(from, to);
    });
    const run = await cli(['--notebook', notebook, 'actor', 'add', 'Jens Stoltenberg']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^quotebook: Quotebook is not allowed to write ".*notebook\.json" \(permission denied\), so this change was not saved\./);
    expect(run.stderr).not.toContain('    at ');
    vi.restoreAllMocks();
    expect(JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'actors'])).stdout)).toEqual([]);
  });

  it('a full disk when opening is a plain message and leaves no empty .lock', async () => {
    const realWrite = fs.writeFile.bind(fs);
    vi.spyOn(fs, 'writeFile').mockImplementation(async (file, ...rest) => {
      if (String(file).includes('.lock')) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: String(file) });
      return realWrite(file, ...(rest as [never]));
    });
    const run = await cli(['--notebook', notebook, 'list', 'articles']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^quotebook: The disk holding ".*" is full, so this change was not saved\. Free some space and try again/);
    expect(run.stderr).not.toContain('unexpected error');
    expect((await fs.readdir(notebook)).filter((n) => n.startsWith('.lock'))).toEqual([]);
  });
});

describe('a failed operation saves nothing', () => {
  it('quote add whose article write fails leaves no new speaker or tags in notebook.json, and says so', async () => {
    const articles = JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'articles'])).stdout) as Array<{ id: string }>;
    const before = JSON.parse(await fs.readFile(path.join(notebook, 'notebook.json'), 'utf8'));
    const realRename = fs.rename.bind(fs);
    // The disk fills up just as the article is written (a read-only articles/ does the same; as
    // root, chmod would not stop the write, so the failure is injected).
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      if (String(to).includes(`${path.sep}articles${path.sep}`)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: String(to) });
      return realRename(from, to);
    });
    const run = await cli(['--notebook', notebook, 'quote', 'add', articles[0]!.id, '--exact', 'increasingly concerned', '--speaker', 'Jens Stoltenberg', '--tag', 'security/arms']);
    vi.restoreAllMocks();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is full');
    expect(run.stderr).toContain('Nothing was saved: the actors and tags made for this quote were removed again.');
    const after = JSON.parse(await fs.readFile(path.join(notebook, 'notebook.json'), 'utf8'));
    expect(after.actors).toEqual(before.actors);
    expect(after.tags).toEqual(before.tags);
    expect(JSON.parse((await cli(['--notebook', notebook, '--json', 'list', 'quotes'])).stdout)).toEqual([]);
  });
});
