/**
 * The store's write ordering: one promise chain per file, so operations on the same file run in
 * call order while different files overlap, and a barrier that every write waits for (the
 * deferred checks at open, a running restore).
 */
export class WriteQueues {
  // Chains and the barrier never reject, so `then(work)` always runs the work.
  #chains = new Map<string, Promise<unknown>>();
  #barrier: Promise<void> = Promise.resolve();

  /** Runs `fn` after the earlier work on `key` and after the barrier. */
  serial<R>(key: string, fn: () => Promise<R>): Promise<R> {
    const run = Promise.all([this.#chains.get(key), this.#barrier]).then(fn);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#chains.set(key, settled);
    // Forget finished chains so the map does not grow with every id ever touched.
    void settled.then(() => {
      if (this.#chains.get(key) === settled) this.#chains.delete(key);
    });
    return run;
  }

  /** Every write queued from now on waits for `until` to settle (fulfilled or not). */
  holdUntil(until: Promise<unknown>): void {
    this.#barrier = until.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * Runs `work` alone: after every write already queued and the barrier, and before any write
   * queued while it runs (a restore replaces every file).
   */
  alone<R>(work: () => Promise<R>): Promise<R> {
    const pending = [...this.#chains.values(), this.#barrier];
    const run = Promise.all(pending).then(work);
    this.holdUntil(run);
    return run;
  }

  /** Resolves when no write and no barrier is pending. */
  async idle(): Promise<void> {
    for (;;) {
      const barrier = this.#barrier;
      await Promise.all([...this.#chains.values(), barrier]);
      if (!this.#chains.size && barrier === this.#barrier) return;
    }
  }
}
