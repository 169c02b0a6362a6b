/** What the host and the untrusted-input worker say to each other. */
import type { ErrorCode } from '../../shared/api/result';
import type { ArticleDraft } from '../../shared/import/metadata';
import type { SuggestInput, SuggestionSet } from '../../shared/suggest';

/** One piece of work: read a file into a draft, or suggest on a text. */
export type Job = { op: 'parse'; name: string; bytes: Uint8Array } | { op: 'suggest'; input: SuggestInput };

/** What each kind of job gives back. */
export type JobResult<J extends Job> = J extends { op: 'parse' } ? ArticleDraft : SuggestionSet;

export interface JobRequest {
  id: number;
  job: Job;
}

/** A UserError crosses the thread boundary as its code and message (code null: any other error). */
export type JobReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { code: ErrorCode | null; message: string } };
