/**
 * Lets the command line work while the desktop app has the notebook open, as it does with
 * `quotebook serve`: the app answers the same operations on a local address (127.0.0.1, a free
 * port), each request carrying a fresh token, and writes the address and token to `.owner.json`
 * beside the lock, readable by this user only (see live/ownerEndpoint.ts). The CLI's writes then
 * go through the app and show in its windows at once; nothing else can use the address without
 * the token, and no launch code is ever printed, so no browser tab can open it.
 */
import type { Dispatcher } from '../services/dispatcher';
import type { LiveHub } from '../live/liveHub';
import { announceOwner } from '../live/ownerEndpoint';
import { startServer } from '../server/httpServer';

export interface CommandLineAccess {
  /** Stops answering and removes `.owner.json` (if it is still this process's). */
  close(): Promise<void>;
}

export async function openCommandLineAccess(options: { notebookDir: string; dispatcher: Dispatcher; rendererDir: string; live: LiveHub }): Promise<CommandLineAccess> {
  const server = await startServer({ dispatcher: options.dispatcher, rendererDir: options.rendererDir, port: 0, live: options.live });
  let withdraw: () => Promise<void>;
  try {
    withdraw = await announceOwner(options.notebookDir, { url: `http://127.0.0.1:${server.port}`, token: server.token });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    close: async () => {
      await withdraw().catch(() => undefined);
      await server.close();
    },
  };
}
