/** Ctrl/Cmd+Z in the reader takes back quote changes newest first, one at a time (issue 11, item 9). */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetQuoteChanges, recordPendingChange, recordQuoteChange, undoLastQuoteChange } from '../../../../../src/renderer/src/features/reader/quoteUndo';

describe('the reader’s undo of quote changes', () => {
  beforeEach(forgetQuoteChanges);

  it('undoes the newest change first, then the one before, then says there is nothing', async () => {
    const undone: string[] = [];
    for (const what of ['marking', 'editing', 'deleting']) recordQuoteChange({ what, undo: async () => (undone.push(what), true) });
    expect(await undoLastQuoteChange()).toBe('deleting');
    expect(await undoLastQuoteChange()).toBe('editing');
    expect(undone).toEqual(['deleting', 'editing']);
    expect(await undoLastQuoteChange()).toBe('marking');
    expect(await undoLastQuoteChange()).toBeNull();
  });

  it('an undo that changes a quote itself is not recorded as a new change to undo', async () => {
    recordQuoteChange({ what: 'editing', undo: async () => (recordQuoteChange({ what: 'the undo itself', undo: async () => true }), true) });
    expect(await undoLastQuoteChange()).toBe('editing');
    expect(await undoLastQuoteChange()).toBeNull();
  });

  it('an undo that fails reports nothing undone, and a restored backup forgets every entry', async () => {
    recordQuoteChange({ what: 'marking', undo: async () => true });
    recordQuoteChange({ what: 'deleting', undo: async () => false });
    expect(await undoLastQuoteChange()).toBeNull();
    forgetQuoteChanges();
    expect(await undoLastQuoteChange()).toBeNull();
  });
});

describe('a quote change recorded before the notebook has answered', () => {
  beforeEach(forgetQuoteChanges);

  const later = <T,>() => {
    let settle!: (value: T) => void;
    const promise = new Promise<T>((resolve) => (settle = resolve));
    return { promise, settle };
  };

  it('Ctrl+Z pressed during the save waits for it, then takes the saved change back', async () => {
    const save = later<string | null>();
    const undone: string[] = [];
    recordPendingChange('editing', save.promise, async (saved) => (undone.push(saved), true));
    const undo = undoLastQuoteChange();
    await Promise.resolve();
    expect(undone).toEqual([]);
    save.settle('the saved quote');
    expect(await undo).toBe('editing');
    expect(undone).toEqual(['the saved quote']);
  });

  it('a change the notebook refused leaves the list, so Ctrl+Z reaches the change before it', async () => {
    recordQuoteChange({ what: 'marking', undo: async () => true });
    const save = later<string | null>();
    recordPendingChange('editing', save.promise, async () => true);
    save.settle(null);
    await save.promise;
    await Promise.resolve();
    expect(await undoLastQuoteChange()).toBe('marking');
  });

  it('an undo that edits a quote itself does not record its own change', async () => {
    const first = Promise.resolve('saved');
    recordPendingChange('editing', first, async () => (recordPendingChange('the undo itself', Promise.resolve('again'), async () => true), true));
    expect(await undoLastQuoteChange()).toBe('editing');
    expect(await undoLastQuoteChange()).toBeNull();
  });
});
