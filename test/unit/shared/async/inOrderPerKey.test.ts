import { describe, expect, it } from 'vitest';
import { inOrderPerKey } from '../../../../src/shared/async/inOrderPerKey';

/** A task whose answer the test releases by hand, so the order of answers is the test's choice. */
function gate<T>(value: T) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, task: (log: string[], name: string) => async () => (log.push(`start ${name}`), await opened, log.push(`end ${name}`), value) };
}

describe('inOrderPerKey', () => {
  it('starts a later task for the same key only after the earlier one has answered', async () => {
    const run = inOrderPerKey();
    const log: string[] = [];
    const first = gate('tagged');
    const second = gate('untagged');
    const a = run('q1', first.task(log, 'add tag'));
    const b = run('q1', second.task(log, 'remove tag'));
    await Promise.resolve();
    second.open();
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual(['start add tag']);
    first.open();
    expect(await a).toBe('tagged');
    expect(await b).toBe('untagged');
    expect(log).toEqual(['start add tag', 'end add tag', 'start remove tag', 'end remove tag']);
  });

  it('runs tasks of different keys side by side, and a failure does not block the next task', async () => {
    const run = inOrderPerKey();
    const log: string[] = [];
    const slow = gate('q1 saved');
    const a = run('q1', slow.task(log, 'q1'));
    const b = run('q2', async () => (log.push('q2'), 'q2 saved'));
    expect(await b).toBe('q2 saved');
    expect(log).toEqual(['start q1', 'q2']);
    slow.open();
    await a;
    const failed = run('q1', async () => Promise.reject(new Error('disk full')));
    const after = run('q1', async () => 'saved after the failure');
    await expect(failed).rejects.toThrow('disk full');
    expect(await after).toBe('saved after the failure');
  });
});
