import type { NotebookInfo, NotebookProblem } from '../../shared/api/contract';
import type { NotebookSession } from './session';

/** Summarises the open notebook for the UI and the CLI. */
export function notebookInfo(session: NotebookSession): NotebookInfo {
  const store = session.store;
  const notebook = store.notebook();
  const articles = store.articles();
  return {
    dir: store.dir,
    name: notebook.name,
    id: notebook.id,
    schemaVersion: notebook.schemaVersion,
    readOnly: store.readOnly,
    readOnlyReason: store.readOnlyReason,
    counts: {
      articles: articles.length,
      quotes: articles.reduce((n, a) => n + a.quotes.length, 0),
      actors: notebook.actors.length,
      tags: notebook.tags.length,
      notes: store.notes().length,
    },
    problems: listProblems(session),
  };
}

/** The notebook's open problems, as the API reports them. */
export function listProblems(session: NotebookSession): NotebookProblem[] {
  return session.store.problems.map((p) => ({ ...p }));
}

/** Acknowledges moved-aside damaged files; an id that matches nothing is reported, not an error. */
export async function acknowledgeProblems(session: NotebookSession, input: { ids: string[] } | { all: true }): Promise<{ acknowledged: string[]; unknown: string[]; problems: NotebookProblem[] }> {
  const result = await session.store.acknowledgeProblems('all' in input ? 'all' : input.ids);
  return { ...result, problems: listProblems(session) };
}
