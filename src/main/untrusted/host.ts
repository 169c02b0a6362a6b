/**
 * Runs untrusted work (reading an imported file, suggesting on a text) in a worker thread with a
 * memory limit and a time limit, so a hostile or huge input fails alone, with a message naming
 * it, while the app, `serve` or the CLI keeps answering. One job at a time per worker: a job that
 * runs out of time or memory ends its worker, and the next job starts a fresh one.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../shared/api/result';
import type { Job, JobReply, JobRequest, JobResult } from './jobs';

/** The heap one worker may use. Reading a real article takes a few tens of MB. */
export const WORKER_HEAP_MB = 384;

interface Limits {
  /** How long one job may take. */
  timeMs: number;
  /** The message when the job fails for lack of time or memory, or because the worker died. */
  failure: (why: 'time' | 'memory' | 'crash') => UserError;
}

interface Queued {
  job: Job;
  limits: Limits;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Where the worker's code is: the bundled file beside the Electron main bundle, or the sources. */
function workerEntry(): { file: string; workerData?: unknown } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..')]) {
    const bundled = join(dir, 'untrustedWorker.js');
    if (existsSync(bundled)) return { file: bundled };
  }
  return { file: join(here, 'bootstrap.mjs'), workerData: { entry: pathToFileURL(join(here, 'worker.ts')).href } };
}

/** A worker thread with a queue of jobs. */
export class UntrustedWorker {
  private worker: Worker | null = null;
  private readonly queue: Queued[] = [];
  private current: (Queued & { id: number; timer: NodeJS.Timeout }) | null = null;
  private nextId = 1;

  /** Runs a job; rejects with a UserError when the job fails, runs out of time or memory. */
  run<J extends Job>(job: J, limits: Limits): Promise<JobResult<J>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, limits, resolve: resolve as (value: unknown) => void, reject });
      this.startNext();
    });
  }

  /** Ends the worker (pending jobs fail). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private spawn(): Worker {
    const entry = workerEntry();
    const worker = new Worker(entry.file, {
      ...(entry.workerData ? { workerData: entry.workerData } : {}),
      // The stack of the main thread (about 1 MB), not a worker's default 4 MB: with the deeper
      // stack, a page of thousands of nested elements recurses so deep it takes minutes to fail.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 1 },
      stdout: false,
      stderr: false,
    });
    worker.on('message', (reply: JobReply) => this.settle(reply));
    worker.on('error', (error: Error & { code?: string }) => this.fail(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash'));
    worker.on('exit', () => this.fail(worker, 'crash'));
    return worker;
  }

  private startNext(): void {
    if (this.current || this.queue.length === 0) {
      if (!this.current) this.worker?.unref(); // idle: never keeps the process alive
      return;
    }
    const next = this.queue.shift()!;
    this.worker ??= this.spawn();
    this.worker.ref();
    const id = this.nextId++;
    const timer = setTimeout(() => this.fail(this.worker, 'time'), next.limits.timeMs);
    this.current = { ...next, id, timer };
    const request: JobRequest = { id, job: next.job };
    this.worker.postMessage(request);
  }

  private settle(reply: JobReply): void {
    const current = this.current;
    if (!current || current.id !== reply.id) return;
    clearTimeout(current.timer);
    this.current = null;
    if (reply.ok) current.resolve(reply.value);
    else current.reject(reply.error.code ? new UserError(reply.error.code, reply.error.message) : new Error(reply.error.message));
    this.startNext();
  }

  /** The current job fails: its worker is ended and the next job gets a fresh one. */
  private fail(worker: Worker | null, why: 'time' | 'memory' | 'crash'): void {
    if (!worker || worker !== this.worker) return;
    this.worker = null;
    void worker.terminate();
    const current = this.current;
    this.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.reject(current.limits.failure(why));
    }
    this.startNext();
  }
}
