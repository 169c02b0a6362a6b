/**
 * Loads a CommonJS dependency on first use rather than when the importing file loads. jsdom alone
 * takes over a second to load; the CLI's `list` or `--help` must not pay for the importers and
 * exporters they never run (see scripts/cliBuild.mjs). Only for CommonJS packages: an ESM-only one
 * is bundled and loaded with import() instead.
 */
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/** A function returning the module `id`, required on its first call and kept. */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(id) as T);
}
