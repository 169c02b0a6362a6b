/**
 * Who the team server counts as online (issue "One live notebook", 3: the app "shows who is
 * online"): replicas connect only for a round, so an analyst is online while connected and for a
 * grace period after their last round; a malformed announcement is ignored.
 */
import { describe, expect, it } from 'vitest';
import { ONLINE_FOR_MS, TeamRoster } from '../../../../src/main/sync/teamRoster';
import { encodeOnline, encodePresenceHello, readOnline, readPresenceHello } from '../../../../src/shared/sync/presence';

const ana = { id: 'a-ana', name: 'Ana' };
const ben = { id: 'a-ben', name: 'Ben' };

function clocked() {
  let now = 1_000_000;
  const roster = new TeamRoster(() => now);
  return { roster, advance: (ms: number) => (now += ms) };
}

describe('the team roster', () => {
  it('lists everyone who announced themselves, by name', () => {
    const { roster } = clocked();
    roster.seen('socket-2', ben);
    roster.seen('socket-1', ana);
    expect(roster.online()).toEqual([ana, ben]);
  });

  it('keeps an analyst online while connected, and for the grace period after they left', () => {
    const { roster, advance } = clocked();
    roster.seen('socket-1', ana);
    roster.seen('socket-2', ben);
    advance(ONLINE_FOR_MS * 3);
    // Ana's round is still under way; Ben's ended long ago, but he never said goodbye either.
    expect(roster.online()).toEqual([ana, ben]);
    roster.left('socket-2');
    advance(ONLINE_FOR_MS - 1);
    expect(roster.online()).toEqual([ana, ben]);
    advance(2);
    expect(roster.online()).toEqual([ana]);
  });

  it('forgets an analyst whose last round is older than the grace period', () => {
    const { roster, advance } = clocked();
    roster.seen('socket-1', ana);
    roster.left('socket-1');
    advance(ONLINE_FOR_MS + 1);
    expect(roster.online()).toEqual([]);
    roster.seen('socket-3', { ...ana, name: 'Ana Lima' });
    expect(roster.online()).toEqual([{ id: 'a-ana', name: 'Ana Lima' }]);
  });
});

describe('presence messages', () => {
  it('carry an author and a list both ways', () => {
    expect(readPresenceHello(encodePresenceHello(ana))).toEqual(ana);
    expect(readOnline(encodeOnline([ana, ben]))).toEqual([ana, ben]);
  });

  it.each(['', 'not json', '[]', '{"type":"quotebook:presence"}', '{"type":"quotebook:presence","author":{"id":"","name":"x"}}', '{"type":"quotebook:presence","author":{"id":"a","name":"   "}}', '{"type":"other","author":{"id":"a","name":"A"}}'])(
    'read %j from a peer as nothing',
    (payload) => {
      expect(readPresenceHello(payload)).toBeNull();
    },
  );

  it('drops malformed members from an answer and trims names', () => {
    expect(readOnline('{"type":"quotebook:online","online":[{"id":"a","name":" Ana "},{"id":5},null]}')).toEqual([{ id: 'a', name: 'Ana' }]);
    expect(readOnline('{"type":"quotebook:online","online":"everyone"}')).toBeNull();
  });
});
