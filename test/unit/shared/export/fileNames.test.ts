/** File names from titles: one safe, portable path segment whatever the title holds. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NAME_BYTES, nameKey, safeFileName, uniqueNames } from '../../../../src/shared/export/fileNames';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('safeFileName', () => {
  it.each([
    ['NATO ‘increasingly concerned’', 'NATO ‘increasingly concerned’'],
    ['../../etc/passwd', 'etc passwd'],
    ['..\\..\\Windows\\win.ini', 'Windows win.ini'],
    ['/absolute/path', 'absolute path'],
    ['C:\\Users\\x', 'C Users x'],
    ['..', 'Untitled'],
    ['.', 'Untitled'],
    ['.hidden', 'hidden'],
    ['   ', 'Untitled'],
    ['', 'Untitled'],
    ['CON', 'CON_'],
    ['con', 'con_'],
    ['Con.md', 'Con.md_'],
    ['NUL', 'NUL_'],
    ['aux', 'aux_'],
    ['PRN', 'PRN_'],
    ['COM1', 'COM1_'],
    ['lpt9', 'lpt9_'],
    ['COM¹', 'COM¹_'],
    ['CONSOLE', 'CONSOLE'],
    ['Weekly brief: China/Russia?', 'Weekly brief China Russia'],
    ['a<b>c|d*e"f', 'a b c d e f'],
    ['[[wiki]] #tag ^block', 'wiki tag block'],
    ['tab\there\nnew line\u0000nul', 'tab here new line nul'],
    ['trailing dots...', 'trailing dots'],
    ['Cafe\u0301', 'Café'],
  ])('%j → %j', (title, expected) => {
    expect(safeFileName(title)).toBe(expected);
  });

  it('cuts long titles to the byte limit without splitting a character', () => {
    const long = 'Ω😀'.repeat(200);
    const name = safeFileName(long);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(bytes(name)).toBeGreaterThan(MAX_NAME_BYTES - 4);
    expect(name).toBe(name.normalize('NFC'));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(name)).toBe(false);
  });

  it('always gives one non-empty, non-hidden, non-reserved segment for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
        const name = safeFileName(title);
        expect(name.length).toBeGreaterThan(0);
// eslint-disable-next-line no-control-regex -- control characters are what is checked
        expect(name).not.toMatch(/[/\\<>:"|?*\u0000-\u001f]/);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
        expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      }),
    );
  });
});

describe('uniqueNames', () => {
  it('numbers repeats, comparing case-insensitively, and avoids names already taken', () => {
    expect(uniqueNames(['Brief', 'brief', 'Brief', 'Other'], '.md', ['other.md'])).toEqual(['Brief.md', 'brief (2).md', 'Brief (3).md', 'Other (2).md']);
  });

  it('treats composed and decomposed accents as the same name', () => {
    expect(nameKey('Cafe\u0301.md')).toBe(nameKey('Café.md'));
  });
});
