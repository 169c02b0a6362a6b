/**
 * Spell-checking without a network request (DESIGN.md: no request leaves the app). On macOS
 * Chromium asks the system's spell checker, which needs no download. On Windows and Linux it uses
 * Hunspell dictionaries that Electron would fetch from Google's CDN on first use; Quotebook ships
 * none, so there spell-checking is off, and the download address points at a local port nothing
 * listens on, so even a spell checker turned on by mistake cannot reach the network.
 * docs/desktop.md ("Spelling") says the same to users.
 */
import type { Session } from 'electron';

/** Loopback, discard port: a fetch fails at once and never leaves the machine. */
export const NO_DICTIONARY_DOWNLOADS_URL = 'http://127.0.0.1:9/no-dictionary-downloads/';

/** Whether notes are spell-checked on `platform` (only where the system provides the dictionaries). */
export function spellCheckAvailable(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** Applies the policy to a session, before any window of it loads a page. */
export function configureSpellChecker(session: Pick<Session, 'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerEnabled'>, platform: NodeJS.Platform): void {
  // A no-op on macOS (Electron never downloads there); set everywhere so the rule has no exception.
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS_URL);
  session.setSpellCheckerEnabled(spellCheckAvailable(platform));
}
