/** The request id of the desktop live port handover: what main accepts, and what the page reads back. */
import { describe, expect, it } from 'vitest';
import { isLivePortId, LIVE_PORT_ID_MAX, LivePortChannels, livePortMessageId } from '../../../../src/shared/live/protocol';

describe('live port request ids', () => {
  it.each([
    ['a short hex id', '0a1b2c', true],
    ['letters, digits, - and _', 'Req_1-x', true],
    ['the longest allowed', 'a'.repeat(LIVE_PORT_ID_MAX), true],
    ['one character too long', 'a'.repeat(LIVE_PORT_ID_MAX + 1), false],
    ['empty', '', false],
    ['spaces', 'a b', false],
    ['a newline at the end', 'abc\n', false],
    ['non-ASCII letters', 'réq', false],
    ['a number', 7, false],
    ['null', null, false],
    ['an object', { id: 'abc' }, false],
  ])('%s → %s', (_label, value, ok) => {
    expect(isLivePortId(value)).toBe(ok);
  });

  it.each([
    ['the preload’s message', { type: LivePortChannels.pageMessage, id: 'abc' }, 'abc'],
    ['the bare old message string', LivePortChannels.pageMessage, null],
    ['another type', { type: 'something-else', id: 'abc' }, null],
    ['a malformed id', { type: LivePortChannels.pageMessage, id: 'a b' }, null],
    ['no id', { type: LivePortChannels.pageMessage }, null],
    ['null', null, null],
  ])('reads the id of %s', (_label, data, id) => {
    expect(livePortMessageId(data)).toBe(id);
  });
});
