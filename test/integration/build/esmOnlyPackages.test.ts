/**
 * The build bundles a dependency into the CommonJS main bundle exactly when require() would get
 * an ES module from it; a wrong answer either ships a require() that fails on a stricter runtime
 * or duplicates a CommonJS library. Checked on made-up packages of each shape.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { esmOnlyPackages } from '../../../scripts/esmOnlyPackages.mjs';
import { tempDir } from '../../helpers/tempDir';

async function makePackage(root: string, name: string, manifest: Record<string, unknown>, files: Record<string, string>) {
  const dir = join(root, 'node_modules', name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...manifest }));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), text);
  }
}

describe('esmOnlyPackages', () => {
  it('names the packages whose require() entry is an ES module, and only those', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'app' }));
    await makePackage(root, 'esm-typed', { type: 'module', main: 'index.js' }, { 'index.js': 'export default 1;' });
    await makePackage(root, 'esm-mjs', { main: 'index.mjs' }, { 'index.mjs': 'export default 1;' });
    await makePackage(root, 'plain-cjs', { main: 'index.js' }, { 'index.js': 'module.exports = 1;' });
    await makePackage(root, 'dual', { type: 'module', exports: { import: './index.js', require: './index.cjs' } }, { 'index.js': 'export default 1;', 'index.cjs': 'module.exports = 1;' });
    // A CommonJS package whose entry sits under a nested package.json that says "module".
    await makePackage(root, 'nested-esm', { main: 'dist/index.js' }, { 'dist/package.json': '{"type":"module"}', 'dist/index.js': 'export default 1;' });
    await makePackage(root, 'scoped-cjs', { exports: { '.': { default: './main.js' } } }, { 'main.js': 'module.exports = 1;' });

    const names = ['esm-typed', 'esm-mjs', 'plain-cjs', 'dual', 'nested-esm', 'scoped-cjs', 'not-installed'];
    expect(esmOnlyPackages(root, names)).toEqual(['esm-typed', 'esm-mjs', 'nested-esm']);
  });
});
