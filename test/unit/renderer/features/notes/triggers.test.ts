/** What opens the "/quote" and "@" pickers in a note, and what they search for. */
import { describe, expect, it } from 'vitest';
import { matchMentionTrigger, matchQuoteTrigger } from '../../../../../src/renderer/src/features/notes/editor/triggers';

describe('matchQuoteTrigger', () => {
  it.each([
    ['/quote', { leadOffset: 0, matchingString: '', replaceableString: '/quote' }],
    ['As he said /quote putin must', { leadOffset: 11, matchingString: 'putin must', replaceableString: '/quote putin must' }],
    ['/QUOTE Stoltenberg', { leadOffset: 0, matchingString: 'Stoltenberg', replaceableString: '/QUOTE Stoltenberg' }],
  ])('opens on %j', (text, expected) => {
    expect(matchQuoteTrigger(text)).toEqual(expected);
  });

  it.each(['see https://x.org/quote', 'a/quote', '/quotes', 'quote', ''])('stays closed on %j', (text) => {
    expect(matchQuoteTrigger(text)).toBeNull();
  });
});

describe('matchMentionTrigger', () => {
  it.each([
    ['@', { leadOffset: 0, matchingString: '', replaceableString: '@' }],
    ['As @NAT', { leadOffset: 3, matchingString: 'NAT', replaceableString: '@NAT' }],
    ['(@Jens Stol', { leadOffset: 1, matchingString: 'Jens Stol', replaceableString: '@Jens Stol' }],
  ])('opens on %j', (text, expected) => {
    expect(matchMentionTrigger(text)).toEqual(expected);
  });

  it.each(['write to press@nato.int', 'meet @ noon', '@NATO.', ''])('stays closed on %j', (text) => {
    expect(matchMentionTrigger(text)).toBeNull();
  });
});
