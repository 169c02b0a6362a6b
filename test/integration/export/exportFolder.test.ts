/**
 * Exporting into a real folder: files land inside it under safe names, a re-export updates
 * Quotebook's own files in place, and nothing else in the folder is ever overwritten.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tempDir';
import { fillSample, openNotebook } from '../../helpers/exportNotebook';
import { gold } from '../../helpers/exportFixtures';
import { nodesOf, parseMarkdown, quotesOf } from '../../helpers/markdown';

const MANIFEST = '.quotebook-export.json';
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function listAll(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listAll(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

async function setup(title?: string) {
  const root = await tempDir('qb-export-');
  const { session, call, raw } = await openNotebook(join(root, 'nb.quotebook'));
  const ids = await fillSample(call, title);
  const out = join(root, 'out');
  return { root, out, session, call, raw, ids, close: () => session.close() };
}

describe('exporting the notebook as a Markdown folder', () => {
  it('writes one file per note, article and actor, and a manifest of what it wrote', async () => {
    const { out, call, close } = await setup();
    try {
      const outcome = await call('export:markdown', { dir: out });
      const files = await listAll(out);
      expect(files).toEqual(
        [
          MANIFEST,
          'index.md',
          'Notes/Weekly brief.md',
          `Articles/${gold.title}.md`,
          ...gold.actors.map((a) => `Actors/${a.name}.md`),
        ].sort(),
      );
      expect(outcome.files.every((f) => f.status === 'created')).toBe(true);
      const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'));
      for (const file of files.filter((f) => f !== MANIFEST)) {
        expect(manifest.files[file].sha256).toBe(sha(await readFile(join(out, file))));
      }
      // The note reads back with its two cards (one reported speech, one direct) and the source as a footnote.
      const note = parseMarkdown(await readFile(join(out, 'Notes/Weekly brief.md'), 'utf8'));
      expect(quotesOf(note).map((q) => q.kind)).toEqual(['reported', 'direct']);
      expect(nodesOf(note, 'footnoteDefinition')).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('re-exports in place: unchanged files are left as they are, changed ones are updated', async () => {
    const { out, call, ids, close } = await setup();
    try {
      await call('export:markdown', { dir: out });
      const again = await call('export:markdown', { dir: out });
      expect(again.files.every((f) => f.status === 'unchanged')).toBe(true);
      await call('quotes:update', { id: ids.quoteIds[0]!, patch: { comment: 'Headline wording.' } });
      const third = await call('export:markdown', { dir: out });
      const changed = third.files.filter((f) => f.status !== 'unchanged').map((f) => f.path);
      // The article lists the comment; the speaker's dossier does not show comments.
      expect(changed).toEqual([`Articles/${gold.title}.md`]);
      expect(await readFile(join(out, 'Articles', `${gold.title}.md`), 'utf8')).toContain('Headline wording.');
      expect(third.notices).toEqual([]);
    } finally {
      await close();
    }
  });

  it('never overwrites a file it did not write: it takes a free name and says so, and links follow', async () => {
    const { out, call, close } = await setup();
    try {
      await mkdir(join(out, 'Articles'), { recursive: true });
      const mine = join(out, 'Articles', `${gold.title}.md`);
      await writeFile(mine, 'my own notes\n');
      const outcome = await call('export:markdown', { dir: out });
      expect(await readFile(mine, 'utf8')).toBe('my own notes\n');
      expect(outcome.files.map((f) => f.path)).toContain(`Articles/${gold.title} (2).md`);
      expect(outcome.notices.join('\n')).toContain('was not written by Quotebook');
      const index = await readFile(join(out, 'index.md'), 'utf8');
      // The index links to the name actually written.
      expect(index).toContain('Ukraine%20%282%29.md)');
    } finally {
      await close();
    }
  });

  it('leaves an exported file the analyst edited afterwards, and writes a new one', async () => {
    const { out, call, close } = await setup();
    try {
      await call('export:markdown', { dir: out });
      const edited = join(out, 'Notes', 'Weekly brief.md');
      await writeFile(edited, `${await readFile(edited, 'utf8')}\nMy addition.\n`);
      const outcome = await call('export:markdown', { dir: out });
      expect(await readFile(edited, 'utf8')).toContain('My addition.');
      expect(outcome.files.find((f) => f.path.startsWith('Notes/'))).toEqual({ path: 'Notes/Weekly brief (2).md', status: 'created' });
      expect(outcome.notices.join('\n')).toContain('Notes/Weekly brief.md was changed outside Quotebook');
      const manifest = JSON.parse(await readFile(join(out, MANIFEST), 'utf8'));
      expect(Object.keys(manifest.files)).not.toContain('Notes/Weekly brief.md');
    } finally {
      await close();
    }
  });

  it('puts titles like ../../etc/passwd and CON under safe names inside the folder', async () => {
    const { root, out, call, close } = await setup('../../etc/passwd');
    try {
      await call('notes:save', { title: 'CON', content: { root: { type: 'root', children: [] } } });
      await call('notes:save', { title: '..', content: { root: { type: 'root', children: [] } } });
      const before = (await readdir(root)).sort();
      const outcome = await call('export:markdown', { dir: out });
      const paths = outcome.files.map((f) => f.path);
      expect(paths).toContain('Articles/etc passwd.md');
      expect(paths).toContain('Notes/CON_.md');
      expect(paths).toContain('Notes/Untitled note.md');
      expect((await readdir(root)).sort()).toEqual([...before, 'out'].sort());
      for (const p of paths) expect((await lstat(join(out, p))).isFile()).toBe(true);
      // Single files too: the article's CSV is named after the title, safely.
      const csv = await call('export:csv', { dir: out, scope: { kind: 'article', id: (await call('articles:list', {}))[0]!.id } });
      expect(csv.files.map((f) => f.path)).toEqual(['etc passwd quotes.csv']);
    } finally {
      await close();
    }
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const { root, out, raw, close } = await setup();
    try {
      const elsewhere = join(root, 'elsewhere');
      await mkdir(elsewhere);
      await mkdir(out);
      await symlink(elsewhere, join(out, 'Articles'));
      const result = await raw.invoke('export:markdown', { dir: out });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.error.message).toMatch(/is a link or a file, not a folder/);
      expect(await readdir(elsewhere)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('does not write through a link standing where an exported file would go', async () => {
    const { root, out, call, close } = await setup();
    try {
      const target = join(root, 'victim.txt');
      await writeFile(target, 'precious\n');
      await mkdir(join(out, 'Notes'), { recursive: true });
      await symlink(target, join(out, 'Notes', 'Weekly brief.md'));
      const outcome = await call('export:markdown', { dir: out });
      expect(await readFile(target, 'utf8')).toBe('precious\n');
      expect(outcome.files.map((f) => f.path)).toContain('Notes/Weekly brief (2).md');
    } finally {
      await close();
    }
  });

  it('ignores manifest entries that point outside the folder', async () => {
    const { root, out, call, close } = await setup();
    try {
      await call('export:markdown', { dir: out });
      const manifestPath = join(out, MANIFEST);
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      const outside = join(root, 'outside.md');
      await writeFile(outside, 'keep\n');
      manifest.files['../outside.md'] = { key: 'markdown/index', sha256: sha('keep\n'), writtenAt: 'x' };
      delete manifest.files['index.md'];
      await writeFile(manifestPath, JSON.stringify(manifest));
      await rm(join(out, 'index.md'));
      await call('export:markdown', { dir: out });
      expect(await readFile(outside, 'utf8')).toBe('keep\n');
      expect((await lstat(join(out, 'index.md'))).isFile()).toBe(true);
    } finally {
      await close();
    }
  });

  it('refuses a damaged manifest, a folder inside the notebook, and a relative path, writing nothing', async () => {
    const { root, out, raw, close } = await setup();
    try {
      await mkdir(out);
      await writeFile(join(out, MANIFEST), '{ not json');
      const damaged = await raw.invoke('export:markdown', { dir: out });
      expect(damaged.ok ? '' : damaged.error.message).toMatch(/damaged or was not written by this version of Quotebook/);
      expect(await readdir(out)).toEqual([MANIFEST]);

      const inside = await raw.invoke('export:csv', { dir: join(root, 'nb.quotebook', 'exports') });
      expect(inside.ok ? '' : inside.error.message).toMatch(/inside the notebook folder/);

      const relative = await raw.invoke('export:json', { dir: 'exports' });
      expect(relative.ok ? '' : relative.error.message).toMatch(/not a full path/);
    } finally {
      await close();
    }
  });
});

describe('single-file exports', () => {
  it('returns the text when no folder is given, and asks for a folder for the whole notebook in Markdown', async () => {
    const { raw, ids, close } = await setup();
    try {
      const csv = await raw.invoke('export:csv', {});
      expect(csv.ok && (csv.value as { content: { fileName: string } }).content.fileName).toBe('nb quotes.csv');
      const note = await raw.invoke('export:markdown', { scope: { kind: 'note', id: ids.noteId } });
      expect(note.ok && (note.value as { content: { text: string } }).content.text).toContain('# Weekly brief');
      const folderless = await raw.invoke('export:markdown', {});
      expect(folderless.ok ? '' : folderless.error.message).toMatch(/choose a folder/);
      const missing = await raw.invoke('export:webAnnotations', { scope: { kind: 'actor', id: 'act_nobody' } });
      expect(missing.ok ? null : missing.error.code).toBe('not-found');
    } finally {
      await close();
    }
  });

  it('updates its own CSV on re-export and keeps a spreadsheet the analyst saved over it', async () => {
    const { out, call, ids, close } = await setup();
    try {
      const first = await call('export:csv', { dir: out });
      expect(first.files).toEqual([{ path: 'nb quotes.csv', status: 'created' }]);
      await call('quotes:update', { id: ids.quoteIds[0]!, patch: { comment: 'changed' } });
      expect((await call('export:csv', { dir: out })).files).toEqual([{ path: 'nb quotes.csv', status: 'updated' }]);
      await writeFile(join(out, 'nb quotes.csv'), 'edited in a spreadsheet');
      const third = await call('export:csv', { dir: out });
      expect(third.files).toEqual([{ path: 'nb quotes (2).csv', status: 'created' }]);
      expect(await readFile(join(out, 'nb quotes.csv'), 'utf8')).toBe('edited in a spreadsheet');
    } finally {
      await close();
    }
  });
});

