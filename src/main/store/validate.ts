/**
 * "Write strictly": everything the store saves is validated against the shared schemas plus the
 * few cross-field rules a schema cannot express, before any byte hits the disk.
 */
import type { z } from 'zod';
import type { ArticleFile, NotebookFile } from '../../shared/model';
import { summariseIssues } from './durableJsonAdapter';
import { InvalidDataError } from './errors';

/**
 * Parse a copy of `input` with the file's schemaVersion set to `version` (the store, not the
 * caller, decides which format it writes). The copy matters: zod keeps unknown fields by
 * reference, and the store freezes what it keeps.
 */
export function validateFile<T>(schema: z.ZodType<T>, input: unknown, version: number, what: string): T {
  let copy: unknown;
  try {
    copy = structuredClone(input);
  } catch (err) {
    throw new InvalidDataError(what, [`it holds values that cannot be stored as JSON (${(err as Error).message})`]);
  }
  if (typeof copy === 'object' && copy !== null && !Array.isArray(copy)) {
    (copy as { schemaVersion?: unknown }).schemaVersion = version;
  }
  const parsed = schema.safeParse(copy);
  if (!parsed.success) throw new InvalidDataError(what, summariseIssues(parsed.error.issues));
  return parsed.data;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Quotes belong to their article and have unique ids. */
export function checkArticleFile(file: ArticleFile): void {
  const issues: string[] = [];
  const id = file.article.id;
  file.quotes.forEach((q, i) => {
    if (q.articleId !== id) issues.push(`quotes.${i}.articleId: is "${q.articleId}" but the article is "${id}"`);
  });
  for (const d of duplicates(file.quotes.map((q) => q.id))) issues.push(`quotes: the id "${d}" is used twice`);
  if (issues.length) throw new InvalidDataError('article', issues);
}

/** Actor and tag ids are unique (they are referenced from quotes and notes). */
export function checkNotebookFile(file: NotebookFile): void {
  const issues = [
    ...duplicates(file.actors.map((a) => a.id)).map((d) => `actors: the id "${d}" is used twice`),
    ...duplicates(file.tags.map((t) => t.id)).map((d) => `tags: the id "${d}" is used twice`),
  ];
  if (issues.length) throw new InvalidDataError('notebook', issues);
}
