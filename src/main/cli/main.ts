/**
 * The command line: `quotebook [--notebook DIR] [--json] <command> …`. Every command goes through
 * the same contract operations as the app. Exit codes: 0 success, 1 failure, 2 usage error.
 */
import { defaultNotebookDir } from '../paths';
import { CliError } from './cliError';
import { StoreError } from '../store/errors';
import type { CliContext, Io } from './context';
import { addTextCommand } from './addTextCommand';
import { listCommand } from './listCommand';
import { serveCommand } from './serveCommand';

export const usage = `Usage: quotebook [--notebook DIR] [--json] <command>

Commands:
  list articles|actors|quotes|notes   list what the notebook holds
  add-text FILE [--title T]           add a plain-text (UTF-8) article
  serve [--port N]                    run the browser edition on 127.0.0.1 and print its URL

Options:
  --notebook DIR   the notebook folder (default: the desktop app's notebook; created on first use)
  --json           machine-readable output
  --help           this text`;

const commands: Record<string, (ctx: CliContext, args: string[]) => Promise<void>> = {
  list: listCommand,
  'add-text': addTextCommand,
  serve: serveCommand,
};

/** Pulls the global options out wherever they appear, leaving the command's own arguments. */
export function splitGlobalOptions(argv: string[]): { notebook?: string; json: boolean; help: boolean; rest: string[] } {
  const rest: string[] = [];
  let notebook: string | undefined;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--notebook') {
      notebook = argv[++i];
      if (!notebook) throw new CliError('--notebook needs a folder: --notebook DIR', 2);
    } else if (arg.startsWith('--notebook=')) notebook = arg.slice('--notebook='.length);
    else rest.push(arg);
  }
  return { ...(notebook ? { notebook } : {}), json, help, rest };
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the CLI and returns the exit code (never calls process.exit itself, so tests can run it). */
export async function runCli(argv: string[], options: { appRoot: string; io?: Io; env?: NodeJS.ProcessEnv }): Promise<number> {
  const io = options.io ?? defaultIo;
  try {
    const global = splitGlobalOptions(argv);
    const [name, ...args] = global.rest;
    if (global.help || !name) {
      (global.help ? io.out : io.err)(usage);
      return global.help ? 0 : 2;
    }
    const command = commands[name];
    if (!command) throw new CliError(`Unknown command "${name}". Run "quotebook --help" to see the commands.`, 2);
    const ctx: CliContext = { io, appRoot: options.appRoot, notebookDir: global.notebook ?? defaultNotebookDir(options.env), json: global.json };
    await command(ctx, args);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`quotebook: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof StoreError) {
      io.err(`quotebook: ${error.message}`);
      return 1;
    }
    const coded = error as { code?: string; message?: string };
    if (coded?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || coded?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      io.err(`quotebook: ${coded.message}. Run "quotebook --help".`);
      return 2;
    }
    io.err(`quotebook: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
