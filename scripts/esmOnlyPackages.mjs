// @ts-check
/**
 * Which dependencies cannot be `require()`d: their CommonJS entry point is an ES module. The main
 * bundle is CommonJS (Electron's preload and main conventions), so these must be bundled into it;
 * left external, they only load where Node's `require(esm)` happens to be enabled, and two copies
 * of a library (its ESM build bundled by one package, its CommonJS build required by another)
 * break its `instanceof` checks. Computed rather than listed, so a new ESM-only dependency is
 * bundled without anyone remembering to add it. Plain JavaScript: the CLI's bin builds with it
 * before anything TypeScript can run (scripts/cliBuild.mjs).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * True when `file` is an ES module by Node's rules (`.mjs`, or `.js` under `"type": "module"`).
 * @param {string} file
 */
function isEsmFile(file) {
  if (file.endsWith('.mjs')) return true;
  if (file.endsWith('.cjs')) return false;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      // The nearest package.json decides, even a nested one without a name (dist/esm/package.json).
      return pkg.type === 'module';
    } catch {
      // no package.json here: look further up
    }
    if (dirname(dir) === dir) return false;
  }
}

/**
 * The packages among `names` whose `require()` entry is an ES module, resolved from `root` as a
 * CommonJS file would resolve them. A package that does not resolve at all is not reported: the
 * build fails on it anyway, with a clearer message.
 * @param {string} root
 * @param {readonly string[]} names
 * @returns {string[]}
 */
export function esmOnlyPackages(root, names) {
  const requireFromRoot = createRequire(join(root, 'package.json'));
  return names.filter((name) => {
    try {
      return isEsmFile(requireFromRoot.resolve(name));
    } catch {
      return false;
    }
  });
}
