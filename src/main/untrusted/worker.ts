/**
 * The worker thread that reads untrusted input: imported files (every format) and texts to
 * suggest on. It runs with memory limits set by host.ts, so a file built to exhaust memory ends
 * this thread, not the app. Messages: `{ id, job }` in, `{ id, ok, value | error }` out.
 */
import { parentPort } from 'node:worker_threads';
import { UserError } from '../../shared/api/result';
import { suggestQuotes } from '../../shared/suggest';
import { convertFile } from '../import';
import type { JobReply, JobRequest } from './jobs';

async function run(request: JobRequest): Promise<JobReply> {
  const { id, job } = request;
  try {
    const value = job.op === 'parse' ? await convertFile(job.name, job.bytes) : suggestQuotes(job.input);
    return { id, ok: true, value };
  } catch (error) {
    if (error instanceof UserError) return { id, ok: false, error: { code: error.code, message: error.message } };
    return { id, ok: false, error: { code: null, message: error instanceof Error ? error.message : String(error) } };
  }
}

parentPort?.on('message', (request: JobRequest) => {
  void run(request).then((reply) => parentPort!.postMessage(reply));
});
