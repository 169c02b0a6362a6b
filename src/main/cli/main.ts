/**
 * The command line: `quotebook [--notebook DIR] [--json] <command> …`. Every command goes through
 * the same contract operations as the app. Exit codes: 0 success, 1 failure, 2 usage error.
 */
import { defaultNotebookDir } from '../paths';
import { CliError } from './cliError';
import { StoreError } from '../store/errors';
import { describeFsError } from '../store/fsErrors';
import type { CliContext, Io } from './context';
export const usage = `Usage: quotebook [--notebook DIR] [--json] [--read-only] <command>

Commands:
  list articles|actors|quotes|notes   list what the notebook holds
  import FILE|DIR... [--title T]      import articles: text, Markdown, web pages (.html), PDF, Word (.docx);
                                      a folder imports every such file in it (add-text FILE is the old name);
                                      a REFI-QDA project (.qdpx) or codebook (.qdc) brings in its articles, codes, quotes and memos
  reimport ARTICLE_ID FILE            replace an article's text with a newer version (any import format);
                                      its quotes are placed in the new text, lost ones kept as orphans
  quote add ARTICLE_ID --exact TEXT [--occurrence N] [--kind K] [--speaker NAME] [--about NAME]... [--tag TAG]... [--comment C]
                                      mark a quote by its words (missing actors and tags are created)
  search QUERY [--limit N]            full-text search of articles, quotes, notes and actors, best first;
                                      words, "phrases", prefix*, OR, NOT/-word, NEAR(a b, 5), and fields
                                      speaker: about: tag: kind: outlet: after: before: in: (see docs/guide.md)
  list quotes [--article ID] [--speaker NAME] [--tag TAG] [--kind K]
                                      quotes with speaker, about-actors, tags and article
  actor add NAME [--kind K] [--alias A]... [--role R] [--affiliation NAME] [--wikidata QID] [--gazetteer]
                                      add an actor (person, organisation, state, other)
  actor merge FROM INTO               merge one actor into another (quotes and names move over)
  actor duplicates                    list actors that are likely the same
  serve [--port N]                    run the browser edition on 127.0.0.1 and print its one-time address
  serve --new-address                 print another one-time address of the running serve (a new tab)
  export markdown|csv|json|w3c --out DIR [--note ID | --article ID | --actor ID] [--wikilinks]
                                      export (the whole notebook unless one is chosen); --out - prints one file
  export qdpx|qdc --out DIR           REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder) or codebook
  export gexf|graphml --out DIR [--network actors|concepts] [--dynamic]
                                      network for Gephi/visone: who speaks about whom, or actors x tags
  import-json FILE                    import a JSON export into an empty notebook
  agreement OTHER_NOTEBOOK|EXPORT.json [--article ID]
                                      agreement with another coder of the same articles (alpha, kappa)
  agreement --coders MINE THEIRS      the same between two authors recorded in this notebook
  suggest FILE|ARTICLE_ID... [--accept [--min-confidence X]]
                                      suggest quotes, speakers and actors (several inputs: JSON Lines); --accept saves them
  sync serve [--host H] [--port N]    serve the notebook as a team's shared copy (prints the address and secret)
  sync join URL --secret S --name NAME
                                      make an empty --notebook folder a copy of a team's notebook
  sync                                one round with the team's server: send local changes, receive the others'
  problems [--ack ID]... [--ack-all]  damaged files moved aside (every command warns about them until acknowledged)
  unlock [--yes]                      remove a lock left by a Quotebook on another computer, after confirming
  backup list                         verified backups, newest first, with what each holds
  backup create [--reason WORDS]      make a verified backup now
  backup restore BACKUP_ID            put a backup back (the notebook as it is now is backed up first)
  trash list                          deleted quotes, kept until restored
  trash restore QUOTE_ID...           bring deleted quotes back, with their ids

Options:
  --notebook DIR   the notebook folder (default: the desktop app's notebook; created on first use)
  --json           machine-readable output
  --read-only      read the notebook's files as they are on disk, without taking its lock and
                   without going through a running app or serve; commands that change it are refused
  --help           this text`;

type Command = (ctx: CliContext, args: string[]) => Promise<void>;

/**
 * Each command is loaded only when it runs: `--help` then loads none of them, and `list` does not
 * pay for the importers, the exporters or the servers (the built CLI keeps them apart, see
 * scripts/cliBuild.mjs).
 */
const commands: Record<string, () => Promise<Command>> = {
  list: async () => (await import('./listCommand')).listCommand,
  import: async () => (await import('./importCommand')).importCommand,
  'add-text': async () => (await import('./addTextCommand')).addTextCommand,
  reimport: async () => (await import('./reimportCommand')).reimportCommand,
  quote: async () => (await import('./quoteCommand')).quoteCommand,
  actor: async () => (await import('./actorCommand')).actorCommand,
  serve: async () => (await import('./serveCommand')).serveCommand,
  export: async () => (await import('./exportCommand')).exportCommand,
  'import-json': async () => (await import('./exportCommand')).importJsonCommand,
  suggest: async () => (await import('./suggestCommand')).suggestCommand,
  agreement: async () => (await import('./agreementCommand')).agreementCommand,
  sync: async () => (await import('./syncCommand')).syncCommand,
  search: async () => (await import('./searchCommand')).searchCommand,
  problems: async () => (await import('./problemsCommand')).problemsCommand,
  unlock: async () => (await import('./unlockCommand')).unlockCommand,
  backup: async () => (await import('./backupCommand')).backupCommand,
  trash: async () => (await import('./trashCommand')).trashCommand,
};

/** Pulls the global options out wherever they appear, leaving the command's own arguments. */
export function splitGlobalOptions(argv: string[]): { notebook?: string; json: boolean; help: boolean; readOnly: boolean; rest: string[] } {
  const rest: string[] = [];
  let notebook: string | undefined;
  let json = false;
  let readOnly = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--read-only') readOnly = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--notebook') {
      notebook = argv[++i];
      if (!notebook) throw new CliError('--notebook needs a folder: --notebook DIR', 2);
    } else if (arg.startsWith('--notebook=')) notebook = arg.slice('--notebook='.length);
    else rest.push(arg);
  }
  return { ...(notebook ? { notebook } : {}), json, help, readOnly, rest };
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
    const loadCommand = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!loadCommand) throw new CliError(`Unknown command "${name}". Run "quotebook --help" to see the commands.`, 2);
    const ctx: CliContext = { io, appRoot: options.appRoot, notebookDir: global.notebook ?? defaultNotebookDir(options.env), json: global.json, readOnly: global.readOnly };
    const command = await loadCommand();
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
    const fsMessage = describeFsError(error);
    if (fsMessage) {
      io.err(`quotebook: ${fsMessage}`);
      return 1;
    }
    io.err(`quotebook: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
