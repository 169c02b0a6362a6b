/** What every command gets: the operations over the chosen notebook, and where to print. */
import type { OperationName, InputOf, OutputOf } from '../../shared/api/contract';
import { createOperations, NotebookSession, type Dispatcher } from '../services';
import { CliError } from './cliError';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliContext {
  io: Io;
  appRoot: string;
  notebookDir: string;
  json: boolean;
}

/** Opens the notebook (creating it on first use) and returns a typed caller for the contract. */
export async function openOperations(ctx: CliContext): Promise<{ call: Caller; dispatcher: Dispatcher; session: NotebookSession }> {
  const session = await NotebookSession.open(ctx.notebookDir, { create: true });
  const dispatcher = createOperations(session);
  const call: Caller = async (name, input) => {
    const result = await dispatcher.invoke(name, input);
    if (!result.ok) throw new CliError(result.error.message);
    return result.value as never;
  };
  return { call, dispatcher, session };
}

export type Caller = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

/** Runs `work` with an open notebook, always releasing it afterwards. */
export async function withNotebook<T>(ctx: CliContext, work: (call: Caller) => Promise<T>): Promise<T> {
  const { call, session } = await openOperations(ctx);
  try {
    return await work(call);
  } finally {
    await session.close();
  }
}
