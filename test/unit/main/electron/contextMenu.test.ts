import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate, type ClickedThing } from '../../../../src/main/electron/contextMenu';

const flags = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };
const clicked = (over: Partial<ClickedThing>): ClickedThing => ({ isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags, ...over });
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn(), lookUp: vi.fn() });
const labels = (items: ReturnType<typeof contextMenuTemplate>) => items.map((i) => i.label ?? i.role ?? i.type);

describe('contextMenuTemplate', () => {
  it('in a note: suggestions first, then Add to Dictionary, then cut/copy/paste', () => {
    const items = contextMenuTemplate(clicked({ isEditable: true, misspelledWord: 'speach', dictionarySuggestions: ['speech', 'peach'] }), actions(), 'linux');
    expect(labels(items)).toEqual(['speech', 'peach', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
  });

  it('says when there are no suggestions, and keeps at most five', () => {
    expect(labels(contextMenuTemplate(clicked({ isEditable: true, misspelledWord: 'xqzt' }), actions(), 'linux'))[0]).toBe('No Guesses Found');
    const many = contextMenuTemplate(clicked({ isEditable: true, misspelledWord: 'a', dictionarySuggestions: ['b', 'c', 'd', 'e', 'f', 'g', 'h'] }), actions(), 'linux');
    expect(labels(many).indexOf('Add to Dictionary')).toBe(5);
  });

  it('in the reader (not editable): copy for a selection, Look Up on macOS only, nothing for a plain click', () => {
    const act = actions();
    const mac = contextMenuTemplate(clicked({ selectionText: '  the   Security Council, which met on Tuesday ' }), act, 'darwin');
    expect(labels(mac)).toEqual(['Look Up “the Security Council, w…”', 'separator', 'copy']);
    mac[0]!.click?.(undefined as never, undefined, undefined as never);
    expect(act.lookUp).toHaveBeenCalled();
    expect(labels(contextMenuTemplate(clicked({ selectionText: 'NATO' }), actions(), 'win32'))).toEqual(['copy']);
    expect(contextMenuTemplate(clicked({}), actions(), 'darwin')).toEqual([]);
  });

  it('greys out what cannot be done', () => {
    const items = contextMenuTemplate(clicked({ isEditable: true, editFlags: { ...flags, canPaste: false } }), actions(), 'linux');
    expect(items.find((i) => i.role === 'paste')?.enabled).toBe(false);
  });
});
