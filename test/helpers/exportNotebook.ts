/**
 * A real notebook on disk for export tests: the sample article, its hand-labelled quotes with
 * actors and tags, and a note citing two of them, all made through the contract operations.
 */
import { readFileSync } from 'node:fs';
import { createOperations, NotebookSession } from '../../src/main/services';
import type { InputOf, OperationName, OutputOf } from '../../src/shared/api/contract';
import { gold, noteContent, paragraphNode, quoteCardNode, textNode, mentionNode } from './exportFixtures';
import { samplePath } from './cliRunner';

export type Call = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>;

/** Opens (creating) a notebook and returns a caller that throws on an error result. */
export async function openNotebook(dir: string): Promise<{ session: NotebookSession; call: Call; raw: ReturnType<typeof createOperations> }> {
  const session = await NotebookSession.open(dir, { create: true });
  const raw = createOperations(session);
  const call: Call = async (name, input) => {
    const result = await raw.invoke(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as never;
  };
  return { session, call, raw };
}

/** Fills an open notebook with the sample article, quotes, actors, tags and a note. Returns ids. */
export async function fillSample(call: Call, title?: string): Promise<{ articleId: string; quoteIds: string[]; noteId: string; actorIds: Map<string, string> }> {
  const text = readFileSync(samplePath, 'utf8');
  const { article } = await call('articles:createFromText', { text, fileName: 'nato-china-lethal-aid.txt', ...(title ? { title } : {}), source: { outlet: 'The Hill', url: 'https://thehill.com/policy/nato', publishedAt: '2023-02-21' } });
  const actorIds = new Map<string, string>();
  for (const a of gold.actors) {
    const actor = await call('actors:create', { name: a.name, kind: a.kind, aliases: a.aliases, role: a.role ?? '' });
    actorIds.set(a.name, actor.id);
  }
  const tag = await call('tags:create', { name: 'lethal aid' });
  const full = (await call('articles:get', { id: article.id })).article.text;
  const quoteIds: string[] = [];
  for (const q of gold.quotes) {
    const start = full.indexOf(q.text);
    const quote = await call('quotes:create', {
      articleId: article.id,
      start,
      end: start + q.text.length,
      kind: q.kind,
      speakerId: actorIds.get(q.speaker) ?? null,
      aboutIds: /China/.test(q.text) ? [actorIds.get('China')!] : [],
      tagIds: [tag.id],
    });
    quoteIds.push(quote.id);
  }
  const note = await call('notes:save', {
    title: 'Weekly brief',
    content: noteContent(
      paragraphNode(textNode('Worried about '), mentionNode(actorIds.get('China')!, 'China'), textNode('.')),
      quoteCardNode(quoteIds[1]!, gold.quotes[1]!.text),
      quoteCardNode(quoteIds[3]!, gold.quotes[3]!.text),
    ),
  });
  return { articleId: article.id, quoteIds, noteId: note.id, actorIds };
}
