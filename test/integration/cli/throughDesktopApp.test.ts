/**
 * The command line while the desktop app has the notebook open (issue 12, item 2): the app's main
 * process announces a local address beside the lock (electron/commandLineAccess.ts), so the CLI's
 * reads and writes go through the app instead of being refused, and its windows see them at once.
 * The app's main process is played by this test process: the same session, operations and live
 * hub the Electron shell opens.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCommandLineAccess } from '../../../src/main/electron/commandLineAccess';
import { LiveHub } from '../../../src/main/live/liveHub';
import { createOperations, NotebookSession } from '../../../src/main/services';
import { cli, samplePath } from '../../helpers/cliRunner';
import { tempDir } from '../../helpers/tempDir';

describe('the CLI while the desktop app has the notebook open', () => {
  it('writes through the app, and is locked out again once the app withdraws its address', async () => {
    const notebook = path.join(await tempDir(), 'Desktop.quotebook');
    const session = await NotebookSession.open(notebook, { create: true });
    const operations = createOperations(session);
    const live = new LiveHub(session.store);
    const changed: string[] = [];
    const stopListening = session.store.onChange((change) => changed.push(change.ref.kind));
    const access = await openCommandLineAccess({ notebookDir: notebook, dispatcher: operations, rendererDir: await tempDir(), live });
    try {
      if (process.platform !== 'win32') expect((await fs.stat(path.join(notebook, '.owner.json'))).mode & 0o077).toBe(0);
      const added = await cli(['--notebook', notebook, '--json', 'add-text', samplePath]);
      expect(added.code, added.stderr).toBe(0);
      const articleId = JSON.parse(added.stdout).article.id as string;
      // In the app's notebook at once, announced to its windows, without reopening anything.
      const listed = await operations.invoke('articles:list', {});
      expect(listed.ok && (listed.value as { id: string }[]).map((a) => a.id)).toEqual([articleId]);
      expect(changed).toContain('article');

      await access.close();
      await expect(fs.stat(path.join(notebook, '.owner.json'))).rejects.toThrow();
      const refused = await cli(['--notebook', notebook, 'add-text', samplePath]);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(/open|lock/i);
    } finally {
      stopListening();
      await access.close();
      live.close();
      await session.close();
    }
  }, 120_000);
});
