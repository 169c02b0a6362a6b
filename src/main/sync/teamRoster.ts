/**
 * The team server's idea of who is online. Replicas do not stay connected: the app runs a round
 * a moment after each change and every half minute, and each round says who its analyst is. So an
 * analyst counts as online while one of their connections is open, and for a minute and a half
 * after their last round (three missed rounds of an app left open: it was closed, or went offline).
 */
import type { TeamMember } from '../../shared/sync/presence';

export const ONLINE_FOR_MS = 90_000;

export class TeamRoster {
  #seen = new Map<string, { name: string; at: number }>();
  /** Open connections (Hocuspocus socket ids) → the analyst each announced. */
  #connections = new Map<string, string>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly onlineForMs = ONLINE_FOR_MS,
  ) {}

  /** `connection` announced `member` (its name is updated: an analyst may rename themselves). */
  seen(connection: string, member: TeamMember): void {
    this.#seen.set(member.id, { name: member.name, at: this.now() });
    this.#connections.set(connection, member.id);
  }

  /** A connection closed; its analyst stays online for the grace period from now. */
  left(connection: string): void {
    const id = this.#connections.get(connection);
    this.#connections.delete(connection);
    const entry = id ? this.#seen.get(id) : undefined;
    if (entry) entry.at = this.now();
  }

  /** Everyone online, by name. */
  online(): TeamMember[] {
    const connected = new Set(this.#connections.values());
    const since = this.now() - this.onlineForMs;
    const out: TeamMember[] = [];
    for (const [id, { name, at }] of this.#seen) {
      if (connected.has(id) || at >= since) out.push({ id, name });
      else this.#seen.delete(id);
    }
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }
}
