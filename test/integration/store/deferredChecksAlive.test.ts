/**
 * A process that opens a notebook with the checks in the background and then waits for them must
 * see them finish: the wait before they start may not let Node exit early (it once did, silently
 * and with exit code 0, in a script that had nothing else pending).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../src/main/store';
import { makeArticleFile } from '../../helpers/storeFixtures';
import { tempDir } from '../../helpers/tempDir';

const here = path.dirname(fileURLToPath(import.meta.url));

function run(script: string, dir: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('deferred article checks', () => {
  it('keep a process that waits for them alive until they are done', async () => {
    const dir = await tempDir('qb-deferred-');
    const store = await NotebookStore.open(dir, { create: true });
    await store.putArticle(makeArticleFile('art-1'));
    await store.putArticle(makeArticleFile('art-2'));
    await store.close();
    const script = path.join(await tempDir('qb-deferred-child-'), 'child.mjs');
    await build({ entryPoints: [path.join(here, 'deferredChecksChild.ts')], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });

    const result = await run(script, dir);

    expect(result.err).toBe('');
    expect(result.out).toBe('checked 2\n');
    expect(result.code).toBe(0);
  }, 30_000);
});
