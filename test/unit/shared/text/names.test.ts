import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceToMention, guessActorKind, namesInText } from '../../../../src/shared/text/names';
import { samplePath } from '../../../helpers/cliRunner';

const article = readFileSync(samplePath, 'utf8');
const gold = JSON.parse(readFileSync(samplePath.replace(/\.txt$/, '.gold.json'), 'utf8')) as { actors: { name: string }[] };

describe('namesInText', () => {
  const names = namesInText(article);
  const found = names.map((n) => n.name);

  it('finds the people named in the sample article, without their titles', () => {
    for (const person of ['Jens Stoltenberg', 'Dmytro Kuleba', 'Josep Borrell', 'Antony Blinken', 'Linda Thomas-Greenfield', 'Wang Wenbin']) {
      expect(found).toContain(person);
    }
    expect(found.some((n) => /Secretary|Minister|Ambassador/.test(n))).toBe(false);
  });

  it('finds most of the hand-labelled actors', () => {
    const hits = gold.actors.filter((a) => found.includes(a.name));
    expect(hits.length / gold.actors.length).toBeGreaterThanOrEqual(0.75);
  });

  it('counts surnames as further mentions and gives states their usual names', () => {
    const stoltenberg = names.find((n) => n.name === 'Jens Stoltenberg')!;
    expect(stoltenberg.offsets.length).toBeGreaterThanOrEqual(4);
    expect(found).toContain('United States');
    expect(found).not.toContain('U.S.');
    expect(found).not.toContain('Beijing');
  });

  it('leaves out ordinary capitalised words and adjectives of nationality', () => {
    for (const word of ['Speaking', 'He', 'Chinese', 'Ukrainian', 'Tuesday']) expect(found).not.toContain(word);
  });

  it('measures how far a name is from a passage', () => {
    const entry = { name: 'X', offsets: [10, 100] };
    expect(distanceToMention(entry, 40, 60)).toBe(30);
    expect(distanceToMention(entry, 5, 20)).toBe(0);
  });
});

describe('guessActorKind', () => {
  it.each([
    ['Jens Stoltenberg', 'person'],
    ['China', 'state'],
    ['U.S.', 'state'],
    ['NATO', 'organisation'],
    ['Beijing', 'state'],
    ['Linda Thomas-Greenfield', 'person'],
    ['European Union', 'organisation'],
    ['Ministry of Defence', 'organisation'],
    ['Bank of England', 'organisation'],
    ['Europe', 'other'],
    ['Putin', 'person'],
  ])('%s is most likely a %s', (name, kind) => {
    expect(guessActorKind(name)).toBe(kind);
  });
});
