import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { carryOverProfile } from '../../../../src/main/electron/profileMigration';
import { tempDir } from '../../../helpers/tempDir';

describe('carryOverProfile (Linux: ~/.config/quotebook → ~/.config/Quotebook)', () => {
  it('copies the old local storage (unsaved note drafts) into a new profile once, leaving the old one', async () => {
    const appData = await tempDir();
    const oldStorage = join(appData, 'quotebook', 'Local Storage', 'leveldb');
    await mkdir(oldStorage, { recursive: true });
    await writeFile(join(oldStorage, '000003.log'), 'draft of a note');
    expect(carryOverProfile(join(appData, 'quotebook'), join(appData, 'Quotebook'))).toEqual(['Local Storage']);
    expect(await readFile(join(appData, 'Quotebook', 'Local Storage', 'leveldb', '000003.log'), 'utf8')).toBe('draft of a note');
    expect(await readFile(join(oldStorage, '000003.log'), 'utf8')).toBe('draft of a note');
    // The new profile has its own now: never overwritten by the old one again.
    await writeFile(join(oldStorage, '000003.log'), 'older');
    expect(carryOverProfile(join(appData, 'quotebook'), join(appData, 'Quotebook'))).toEqual([]);
    expect(await readFile(join(appData, 'Quotebook', 'Local Storage', 'leveldb', '000003.log'), 'utf8')).toBe('draft of a note');
  });

  it('does nothing without an old profile, or where both names are one folder', async () => {
    const appData = await tempDir();
    expect(carryOverProfile(join(appData, 'quotebook'), join(appData, 'Quotebook'))).toEqual([]);
    expect(carryOverProfile(join(appData, 'Quotebook'), join(appData, 'Quotebook'))).toEqual([]);
  });
});
