/**
 * The renderer bundle carries no schema library: inputs are validated in main (the trust
 * boundary), and the renderer only needs the operation names. A value import of the contract or
 * of a schema module from renderer code would pull zod (~95 KB minified) into every window.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const assets = resolve(__dirname, '..', '..', '..', 'out', 'renderer', 'assets');

describe('renderer bundle', () => {
  it('does not include zod', () => {
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length, 'run `npm run build` first').toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(assets, file), 'utf8');
      expect(code.includes('ZodError') || code.includes('$ZodType'), `${file} contains zod; import schemas in main or shared/api only, types with "import type"`).toBe(false);
    }
  });
});
