/**
 * Request checks for the browser edition. The server listens on loopback only, but any web page
 * the user visits can still send requests to 127.0.0.1: the token stops those, the Host check stops
 * DNS-rebinding pages, and the Origin check stops cross-site pages that learned nothing.
 */
import { timingSafeEqual } from 'node:crypto';

/** Hosts a page of ours can be addressed by. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** True when the Host header names this server (a rebinding attack sends the attacker's name). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** A missing Origin is fine (same-origin GETs, the CLI); a present one must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

/** Constant-time token comparison. */
export function tokenMatches(candidate: string | undefined | null, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
