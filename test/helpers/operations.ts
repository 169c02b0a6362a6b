/** Runs operations on an open notebook session the way every front door does, for service tests. */
import { createOperations, type NotebookSession } from '../../src/main/services';

/** The operation's value; a refusal throws, naming the operation and what it said. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- outputs differ per operation
export async function invokeOrThrow(session: NotebookSession, op: string, input: unknown): Promise<any> {
  const result = await createOperations(session).invoke(op as never, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.message}`);
  return result.value;
}
