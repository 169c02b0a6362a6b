/**
 * The two kinds of untrusted work and their limits: reading an imported file (any format) and
 * suggesting on a text. Each has its own worker, so a slow suggestion never holds up an import.
 */
import { UserError } from '../../shared/api/result';
import type { ArticleDraft } from '../../shared/import/metadata';
import type { SuggestInput, SuggestionSet } from '../../shared/suggest';
import { UntrustedWorker, WORKER_HEAP_MB } from './host';

/** How long reading one file may take. Articles take well under a second. */
export const PARSE_TIME_MS = 60_000;
/** How long suggesting on one text may take (the longest article allowed takes about 10 s). */
export const SUGGEST_TIME_MS = 60_000;

const parser = new UntrustedWorker();
const suggester = new UntrustedWorker();

const base = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Reads a file into an article draft in the worker; failures are UserErrors naming the file. */
export function parseInWorker(name: string, bytes: Uint8Array): Promise<ArticleDraft> {
  const quoted = `"${base(name)}"`;
  return parser.run(
    { op: 'parse', name, bytes },
    {
      timeMs: PARSE_TIME_MS,
      failure: (why) =>
        new UserError(
          'invalid-input',
          why === 'time'
            ? `${quoted} took longer than ${PARSE_TIME_MS / 1000} seconds to read, so Quotebook stopped reading it. It may be damaged or built to be slow to read; open it in the program that made it, save a copy (or export the article as plain text) and import that.`
            : why === 'memory'
              ? `${quoted} needs more than the ${WORKER_HEAP_MB} MB of memory Quotebook gives to reading one file, so Quotebook stopped reading it. An article needs far less: it may be damaged or built to exhaust memory. Open it in the program that made it, save the article alone (or as plain text) and import that.`
              : `${quoted} could not be read: the reader stopped unexpectedly. The file may be damaged; save it again from the program that made it and import the new copy.`,
        ),
    },
  );
}

/** Suggests on a text in the worker; `what` names the text in failure messages ("The article “…”"). */
export function suggestInWorker(input: SuggestInput, what: string): Promise<SuggestionSet> {
  return suggester.run(
    { op: 'suggest', input },
    {
      timeMs: SUGGEST_TIME_MS,
      failure: (why) =>
        new UserError(
          'invalid-input',
          why === 'time'
            ? `Suggesting on ${what} took longer than ${SUGGEST_TIME_MS / 1000} seconds, so Quotebook stopped. Split the text into shorter articles and suggest on each.`
            : why === 'memory'
              ? `Suggesting on ${what} needed more than the ${WORKER_HEAP_MB} MB of memory Quotebook allows, so Quotebook stopped. Split the text into shorter articles and suggest on each.`
              : `Suggesting on ${what} stopped unexpectedly. Try again; if it happens again, the text may hold something the suggester cannot read.`,
        ),
    },
  );
}
