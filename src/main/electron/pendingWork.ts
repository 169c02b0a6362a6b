/**
 * Work the window asked for that has not finished yet (an import being parsed, a note being
 * saved), so quitting can wait for it instead of closing the notebook under it, and can say what
 * was not saved when it cannot wait. Also the dispatcher the IPC handlers use while the notebook is
 * still opening: the window appears at once, and its first calls wait for the notebook.
 */
import { fail, type Result } from '../../shared/api/result';
import type { Dispatcher } from '../services/dispatcher';

/** Operations that change nothing: they need not hold up quitting, and are not worth reporting. */
const READ_ONLY_VERB = /:(info|list|get|counts|page|backlinks|quotes|findQuotes|duplicates|whoSaidWhat|between|timeline|coders|compare|query|saved|text|article)$/;

/** How an unfinished operation is named to the user ("an import", "a note"). */
export function describeOperation(name: string): string {
  if (name.startsWith('articles:import')) return 'an article being imported';
  if (name.startsWith('notebook:import')) return 'a notebook being imported';
  if (name.startsWith('notes:')) return 'a note being saved';
  if (name.startsWith('quotes:') || name.startsWith('suggest:')) return 'a quote being saved';
  if (name.startsWith('export:')) return 'an export being written';
  return `a change (${name})`;
}

const CLOSING_MESSAGE = 'Quotebook is closing, so this was not done. Reopen Quotebook and try again.';

export class PendingWork {
  #running = new Map<Promise<unknown>, string>();
  #closing = false;

  /** Stops accepting work: later calls answer that Quotebook is closing (nothing half-done). */
  stopAccepting(): void {
    this.#closing = true;
  }

  /** Wraps `inner` so each call is counted while it runs (and refused once closing began). */
  track(inner: Dispatcher): Dispatcher {
    return {
      invoke: (name, input) => {
        if (this.#closing) return Promise.resolve(fail('unavailable', CLOSING_MESSAGE));
        const run = inner.invoke(name, input);
        if (typeof name === 'string' && !READ_ONLY_VERB.test(name)) {
          this.#running.set(run, name);
          void run.finally(() => this.#running.delete(run));
        }
        return run;
      },
    };
  }

  /** What is still running, described for the user (duplicates kept: "2 notes" reads better later). */
  unfinished(): string[] {
    return [...this.#running.values()].map(describeOperation);
  }

  /** Resolves once everything running now has finished, or after `timeoutMs`; true when all finished. */
  async settle(timeoutMs: number): Promise<boolean> {
    const all = Promise.allSettled([...this.#running.keys()]).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([all, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * A dispatcher whose calls wait until `ready` gives the real one. When the notebook could not be
 * opened (`ready` rejects or gives null), calls answer with `unavailable` instead of hanging.
 */
export function deferredDispatcher(ready: Promise<Dispatcher | null>, unavailable: string): Dispatcher {
  const settled = ready.catch(() => null);
  return {
    async invoke(name, input): Promise<Result<unknown>> {
      const dispatcher = await settled;
      return dispatcher ? dispatcher.invoke(name, input) : fail('unavailable', unavailable);
    },
  };
}

/** The message listing what quitting would leave unsaved, or null when nothing is left. */
export function unsavedSummary(unfinished: readonly string[]): string | null {
  if (!unfinished.length) return null;
  const counts = new Map<string, number>();
  for (const what of unfinished) counts.set(what, (counts.get(what) ?? 0) + 1);
  const lines = [...counts].map(([what, n]) => (n > 1 ? `• ${what} (${n})` : `• ${what}`));
  return `Still in progress:\n${lines.join('\n')}`;
}
