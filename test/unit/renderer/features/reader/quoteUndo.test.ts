/** Ctrl/Cmd+Z in the reader takes back quote changes newest first, one at a time (issue 11, item 9). */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetQuoteChanges, recordQuoteChange, undoLastQuoteChange } from '../../../../../src/renderer/src/features/reader/quoteUndo';

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
