/** What a .docx may unpack to is checked before it is unpacked: sizes it declares, then sizes it really has. */
import { describe, expect, it } from 'vitest';
import { zipLimitProblem } from '../../../../src/main/import/zipLimits';
import { buildDocx } from '../../../helpers/docxBuilder';
import { buildDocxBomb } from '../../../helpers/zipBomb';

describe('zipLimitProblem', () => {
  it('lets an ordinary Word document through', () => {
    expect(zipLimitProblem(buildDocx([{ text: 'Budget talks resume', style: 'Title' }, { text: '“We are close,” the minister said.' }]))).toBeNull();
  });

  it('refuses a document that declares it unpacks to far more than the limit, from its table of contents alone', () => {
    const bomb = buildDocxBomb(60);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(zipLimitProblem(bomb)).toMatch(/^would unpack word\/document\.xml to 60\.0 MB, more than the 40\.0 MB .*\(it may be built to exhaust memory\)/);
  });

  it('refuses a document that grows more than a hundred times when unpacked', () => {
    expect(zipLimitProblem(buildDocxBomb(2))).toMatch(/would unpack word\/document\.xml from [\d.]+ KB to 2\.0 MB \(\d+ times; documents grow at most 100 times\)/);
  });

  it('refuses a document whose table of contents lies about its sizes, by counting what it really unpacks to', () => {
    expect(zipLimitProblem(buildDocxBomb(60, { declaredBytes: 1000 }))).toMatch(/^unpacks to more than its own table of contents says \(word\/document\.xml is larger than the 1000 bytes it declares\)/);
  });

  it('leaves a file that is not a zip archive to the Word reader (which calls it damaged)', () => {
    expect(zipLimitProblem(new TextEncoder().encode('not a zip at all'))).toBeNull();
  });
});
