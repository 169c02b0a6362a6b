/**
 * Runs tasks one after another per key, in the order they were asked for. Two quick edits of the
 * same quote (add a tag, take it off again) travel as two requests; sent together they may reach
 * the notebook in either order and the older one would win. Queued per quote, the later edit is
 * sent only once the earlier one has been answered. Different keys still run side by side.
 */
export function inOrderPerKey() {
  const tails = new Map<string, Promise<unknown>>();
  return function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    // A failed task must not stop the ones queued after it: each reports its own failure.
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
