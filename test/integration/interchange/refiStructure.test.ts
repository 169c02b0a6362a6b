/**
 * The structural check of REFI-QDA files (our reading of the standard, in place of its XSD):
 * Quotebook's own output passes, and each rule catches the departure it is for.
 */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/main/interchange/xmlParse';
import { sampleBundle } from '../../helpers/exportFixtures';
import { checkRefiStructure } from '../../../src/shared/refi/structure';
import { refiCodebook, refiProject } from '../../../src/shared/refi/writeProject';

const project = () => refiProject(sampleBundle(), { origin: 'Quotebook', now: '2024-03-03T00:00:00.000Z' }).projectXml;
const check = (xml: string) => checkRefiStructure(parseXml(xml, 'test'), 'project');

describe('REFI-QDA structure check', () => {
  it('passes the sample notebook’s project and codebook', () => {
    expect(check(project())).toEqual([]);
    const bundle = sampleBundle();
    bundle.notebook.tags.push({ id: 'tag_child', name: 'child', parentId: 'tag_warning', colour: 'blue', description: 'x' });
    expect(checkRefiStructure(parseXml(refiCodebook(bundle.notebook, { origin: 'Quotebook' }), 'qdc'), 'codebook')).toEqual([]);
  });

  it.each([
    ['a wrong namespace', (x: string) => x.replace('urn:QDA-XML:project:1.0', 'urn:example'), /namespace/],
    ['a missing required attribute', (x: string) => x.replace(/<PlainTextSelection guid="[^"]+"/, '<PlainTextSelection'), /required attribute "guid"/],
    ['elements out of order', (x: string) => x.replace(/(<CodeBook>[\s\S]*<\/CodeBook>)\n(\s*)(<Variables>[\s\S]*<\/Variables>)/, '$3\n$2$1'), /not allowed here/],
    ['an unknown element', (x: string) => x.replace('<Sources>', '<Sources><Video/>'), /<Video> is not allowed/],
    ['a malformed GUID', (x: string) => x.replace(/(<Code guid=")[^"]+/, '$1not-a-guid'), /is not a GUID/],
    ['a reference to nothing', (x: string) => x.replace(/(<CodeRef targetGUID=")[^"]+/, '$100000000-0000-0000-0000-000000000000'), /points at nothing/],
    ['a reference to the wrong kind of element', (x: string) => x.replace(/(<CodeRef targetGUID=")[^"]+/, `$1${/<TextSource guid="([^"]+)"/.exec(x)![1]}`), /not a <Code>/],
    ['a duplicated GUID', (x: string) => x.replace(/(<Note guid=")[^"]+/, `$1${/<TextSource guid="([^"]+)"/.exec(x)![1]}`), /used twice/],
    ['a start after the end', (x: string) => x.replace(/startPosition="\d+"/, 'startPosition="999999"'), /startPosition is after endPosition/],
    ['a date that is not xsd:dateTime', (x: string) => x.replace(/creationDateTime="[^"]+"/, 'creationDateTime="yesterday"'), /not an xsd:dateTime/],
    ['a colour that is not #RRGGBB', (x: string) => x.replace(/(<Code [^>]*?)isCodable="true"/, '$1isCodable="true" color="teal"'), /not #RRGGBB/],
  ])('reports %s', (_what, spoil, expected) => {
    const spoilt = spoil(project());
    expect(spoilt).not.toBe(project());
    expect(check(spoilt).join('\n')).toMatch(expected);
  });

  it('refuses a file with a DTD before parsing it (no entity expansion)', () => {
    expect(() => parseXml('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x">&a;</Project>', '"x.qde"')).toThrow(/DTD/);
  });

  it('says when a file is not XML at all', () => {
    expect(() => parseXml('<Project name="x"><Sources></Project>', '"bad.qde"')).toThrow(/"bad.qde" is not well-formed XML/);
  });
});
