/**
 * Who is online, as replicas and the team server tell each other during a sync round: a replica
 * announces its author in a Hocuspocus stateless message on the notebook document, and the server
 * answers with everyone it has seen lately. Both are JSON strings; anything malformed reads as
 * null (a peer may send anything), so an older server that does not answer only means "unknown".
 */

/** An analyst, as the notebook records authors. */
export interface TeamMember {
  id: string;
  name: string;
}

const HELLO = 'quotebook:presence';
const ONLINE = 'quotebook:online';
/** Longest name accepted from a peer (a name is shown in one line of the footer). */
const MAX_NAME = 200;
/** Most members in one answer. */
const MAX_MEMBERS = 500;

const memberOf = (value: unknown): TeamMember | null => {
  if (!value || typeof value !== 'object') return null;
  const { id, name } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !id || id.length > MAX_NAME || typeof name !== 'string') return null;
  const trimmed = name.trim().slice(0, MAX_NAME);
  return trimmed ? { id, name: trimmed } : null;
};

const parse = (payload: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(payload);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** A replica's "I am here" (sent once per round). */
export function encodePresenceHello(author: TeamMember): string {
  return JSON.stringify({ type: HELLO, author: { id: author.id, name: author.name } });
}

export function readPresenceHello(payload: string): TeamMember | null {
  const value = parse(payload);
  return value?.type === HELLO ? memberOf(value.author) : null;
}

/** The server's answer: who is online now. */
export function encodeOnline(online: readonly TeamMember[]): string {
  return JSON.stringify({ type: ONLINE, online: online.slice(0, MAX_MEMBERS) });
}

export function readOnline(payload: string): TeamMember[] | null {
  const value = parse(payload);
  if (value?.type !== ONLINE || !Array.isArray(value.online)) return null;
  return value.online
    .slice(0, MAX_MEMBERS)
    .map(memberOf)
    .filter((m): m is TeamMember => m !== null);
}
