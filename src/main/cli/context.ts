/** What every command gets: the operations over the chosen notebook, and where to print. */
import type { OperationName, InputOf, OutputOf } from '../../shared/api/contract';
import { createOperations, NotebookSession, type Dispatcher } from '../services';
import { CliError } from './cliError';
import { callOwner, findOwner, type OwnerEndpoint } from '../live/ownerEndpoint';
import type { NotebookProblem } from '../../shared/api/contract';
import { noticeProblems } from './problemNotice';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliContext {
  io: Io;
  appRoot: string;
  notebookDir: string;
  json: boolean;
  /** --read-only: open without the lock and without the running owner; every write is refused. */
  readOnly?: boolean;
  /** The notebook's open problems, once a command has opened it (see problemNotice.ts). */
  problems?: NotebookProblem[];
  /** Set by commands that list problems themselves, so they are not printed twice. */
  quietProblems?: boolean;
}

/**
 * Opens the notebook (creating it on first use) and returns a typed caller for the contract.
 * With `deferChecks` the problems noticed here are those known before the article checks.
 */
export async function openOperations(ctx: CliContext, options: { deferChecks?: boolean } = {}): Promise<{ call: Caller; dispatcher: Dispatcher; session: NotebookSession }> {
  const session = await NotebookSession.open(ctx.notebookDir, { ...(ctx.readOnly ? { readOnly: true } : { create: true }), ...options });
  const dispatcher = createOperations(session);
  const call: Caller = async (name, input) => {
    const result = await dispatcher.invoke(name, input);
    if (!result.ok) throw new CliError(result.error.message);
    return result.value as never;
  };
  noticeProblems(ctx, session.store.problems);
  return { call, dispatcher, session };
}

export type Caller = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

/**
 * Runs `work` with the notebook's operations. When the app or `quotebook serve` has the notebook
 * open, the operations go to it (so the change shows up in its windows at once); otherwise the
 * notebook is opened here and released afterwards.
 */
export async function withNotebook<T>(ctx: CliContext, work: (call: Caller, owner: OwnerEndpoint | null) => Promise<T>): Promise<T> {
  const owner = ctx.readOnly ? null : await findOwner(ctx.notebookDir);
  if (owner) {
    const call: Caller = async (name, input) => {
      const result = await callOwner(owner, name, input);
      if (!result.ok) throw new CliError(result.error.message);
      return result.value as never;
    };
    noticeProblems(ctx, await call('problems:list', {}));
    return work(call, owner);
  }
  const { call, session } = await openOperations(ctx);
  try {
    return await work(call, null);
  } finally {
    await session.close();
  }
}
