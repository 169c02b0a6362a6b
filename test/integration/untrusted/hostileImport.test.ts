/**
 * Untrusted files cannot exhaust memory or take the server down (issue 11 item 2): a zip bomb
 * posted to the browser edition is refused with a message naming it and the server keeps
 * answering; a file that needs more memory than the reader may use fails alone, and the next
 * file imports. Time and peak memory are measured in bench/hostileImport.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir';
import { callApiValue } from '../../helpers/apiClient';
import { cli, startServe } from '../../helpers/cliRunner';
import { buildDocx } from '../../helpers/docxBuilder';
import { buildDocxBomb } from '../../helpers/zipBomb';
import { parseInWorker } from '../../../src/main/untrusted';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('qb-hostile-import-');
});
afterEach(() => removeTempDir(dir));

describe('hostile imports', () => {
  it('refuses a zip bomb posted to serve, naming it, and the server keeps answering', async () => {
    const served = await startServe(join(dir, 'Research.quotebook'));
    try {
      const bomb = buildDocxBomb(60).toString('base64');
      const report = await callApiValue(served, 'articles:import', { files: [{ name: 'bomb.docx', base64: bomb }] });
      expect(report.imported).toEqual([]);
      expect(report.failed).toEqual([{ file: 'bomb.docx', error: expect.stringMatching(/^"bomb\.docx" would unpack word\/document\.xml to 60\.0 MB, more than the 40\.0 MB/) }]);
      // Still serving: an ordinary document imports and is listed.
      const good = buildDocx([{ text: 'Budget talks resume', style: 'Title' }, { text: '“We are close,” the minister said on Monday.' }]).toString('base64');
      const next = await callApiValue(served, 'articles:import', { files: [{ name: 'good.docx', base64: good }] });
      expect(next.imported).toHaveLength(1);
      expect((await callApiValue(served, 'articles:list', {})).map((a: { title: string }) => a.title)).toEqual(['Budget talks resume']);
    } finally {
      await served.stop();
    }
  }, 120_000);

  it('refuses a zip bomb on the command line with a message naming the file', async () => {
    const file = join(dir, 'bomb.docx');
    writeFileSync(file, buildDocxBomb(60, { declaredBytes: 1000 }));
    const run = await cli(['--notebook', join(dir, 'Research.quotebook'), 'import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bomb.docx" unpacks to more than its own table of contents says');
  }, 60_000);

  it('stops reading a file that needs more memory than the reader may use, and reads the next one', async () => {
    const huge = Buffer.from(`<!doctype html><html><body>${'<p>a</p>'.repeat(3_500_000)}</body></html>`);
    await expect(parseInWorker('huge.html', huge)).rejects.toThrow(/^"huge\.html" needs more than the 384 MB of memory Quotebook gives to reading one file/);
    const next = await parseInWorker('next.txt', Buffer.from('Talks resume\n\nThe minister said the talks would resume.'));
    expect(next.title).toBe('Talks resume');
  }, 180_000);
});
