/**
 * A team on one machine for sync tests: a served notebook and replicas, each a real notebook in
 * its own folder, edited through the contract operations like the app edits them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createOperations, NotebookSession } from '../../src/main/services';
import { joinNotebook } from '../../src/main/sync/join';
import { syncRound, type RoundResult } from '../../src/main/sync/syncRound';
import { startSyncServer, type RunningSyncServer } from '../../src/main/sync/syncServer';
import { serverSecret } from '../../src/main/sync/syncState';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCall = (op: string, input: unknown) => Promise<any>;

export interface Member {
  name: string;
  dir: string;
  session: NotebookSession;
  call: AnyCall;
  close(): Promise<void>;
}

/** Opens a notebook folder (creating it) with a caller that throws on an error result. */
export async function openMember(name: string, dir: string): Promise<Member> {
  const session = await NotebookSession.open(dir, { create: true });
  const ops = createOperations(session);
  const call: AnyCall = async (op, input) => {
    const result = await ops.invoke(op as never, input);
    if (!result.ok) throw new Error(`${name} ${op}: ${result.error.message}`);
    return result.value;
  };
  return { name, dir, session, call, close: () => session.close() };
}

/** Serves `member`'s notebook; the secret is made on first use and kept in its sync/ folder. */
export async function serve(member: Member): Promise<{ server: RunningSyncServer; secret: string }> {
  const secret = await serverSecret(member.dir);
  return { server: await startSyncServer({ store: member.session.store, secret }), secret };
}

/** Joins a new replica in `dir` and opens it. */
export async function join(name: string, dir: string, url: string, secret: string): Promise<Member> {
  await joinNotebook(dir, { url, secret, name });
  return openMember(name, dir);
}

/** One round for an open member. */
export function round(member: Member, url: string, secret: string): Promise<RoundResult> {
  return syncRound(member.session.store, { url, secret });
}

/** Every data file of a notebook folder, parsed and with keys sorted, by relative path. */
export async function dataFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const sub of ['', 'articles', 'notes']) {
    const names = (await fs.readdir(path.join(dir, sub))).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) out[path.posix.join(sub, name)] = sortedJson(JSON.parse(await fs.readFile(path.join(dir, sub, name), 'utf8')));
  }
  return out;
}

/** JSON with object keys sorted at every level. */
export function sortedJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sort(value), null, 1);
}

/** The whole notebook as a Markdown folder, file name → text. */
export async function markdownExport(member: Member, outDir: string): Promise<Record<string, string>> {
  await member.call('export:markdown', { scope: { kind: 'notebook' }, dir: outDir });
  const out: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.md')) out[path.relative(outDir, full)] = await fs.readFile(full, 'utf8');
    }
  };
  await walk(outDir);
  return out;
}

/** A Lexical paragraph of plain text, as the note editor saves it. */
export function paragraph(text: string): Record<string, unknown> {
  return {
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: text ? [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }] : [],
  };
}

/** A note's content with the given top-level blocks. */
export function noteState(children: Record<string, unknown>[]): Record<string, unknown> {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

/** The plain text of each top-level block of a stored note (cards as `[card <quoteId>]`). */
export function blockTexts(content: Record<string, unknown>): string[] {
  const root = content.root as { children: Record<string, unknown>[] };
  const text = (node: Record<string, unknown>): string =>
    node.type === 'quote-card' ? `[card ${String(node.quoteId)}]` : node.type === 'text' ? String(node.text) : ((node.children as Record<string, unknown>[] | undefined) ?? []).map(text).join('');
  return root.children.map(text);
}

/** A deterministic shuffle (the order replicas reconnect in). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
