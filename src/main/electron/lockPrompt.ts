/**
 * Opening the notebook when its `.lock` says someone else has it. The app never quits with advice
 * the user cannot follow: it explains who holds the lock and offers to open read-only, to open
 * anyway (the holder is gone: a Windows shutdown that skipped Quotebook's cleanup, a reused process
 * id, a computer whose name changed), or to quit. Electron's dialog is passed in, so every path is
 * tested in plain Node.
 */
import type { MessageBoxOptions } from 'electron';
import type { LockInfo } from '../store/errors';

export type LockChoice = 'read-only' | 'anyway' | 'quit';

/** The buttons, in dialog order; read-only first because it is always safe. */
const CHOICES: readonly { choice: LockChoice; label: string }[] = [
  { choice: 'read-only', label: 'Open Read-Only' },
  { choice: 'anyway', label: 'Open Anyway' },
  { choice: 'quit', label: 'Quit' },
];

/** What is known about the holder, for the explanation. */
export interface HolderFacts {
  holder: LockInfo | null;
  /** This computer's name (`os.hostname()`). */
  thisHost: string;
  /** Whether the holder's process runs on this computer now (lock.ts's `isProcessAlive`). */
  alive: (pid: number) => boolean;
}

function describeHolder({ holder, thisHost, alive }: HolderFacts): string {
  if (!holder) return 'Its lock file cannot be read, so Quotebook cannot tell who holds it.';
  const program = holder.app || 'a Quotebook process';
  const since = `since ${holder.startedAt}`;
  if (holder.hostname && holder.hostname !== thisHost) {
    return (
      `It is held by ${program} (process ${holder.pid}) on the computer “${holder.hostname}”, ${since}. ` +
      'Quotebook cannot check another computer. If that name is this computer’s old name (macOS renames it on some networks), or Quotebook is closed there, the lock is left over.'
    );
  }
  const state = alive(holder.pid)
    ? 'A process with that number is running, but it may be an unrelated program that reused the number after a shutdown.'
    : 'No process with that number is running: the lock was left behind by a shutdown or a crash.';
  return `It is held by ${program} (process ${holder.pid}) on this computer, ${since}. ${state}`;
}

/** The dialog asking what to do with a held notebook. */
export function lockDialogOptions(dir: string, facts: HolderFacts): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Notebook in use',
    message: 'This notebook seems to be open in another Quotebook.',
    detail: [
      describeHolder(facts),
      'Open Read-Only to look without changing anything. Open Anyway only if Quotebook (the app or “quotebook serve”) is not running with this notebook elsewhere: two programs writing to one notebook can lose work.',
      `Notebook folder: ${dir}`,
    ].join('\n\n'),
    buttons: CHOICES.map((c) => c.label),
    defaultId: 0,
    cancelId: CHOICES.findIndex((c) => c.choice === 'quit'),
    noLink: true,
  };
}

/** The choice behind a dialog response (Escape or closing the dialog means quit). */
export function lockChoiceOf(response: number): LockChoice {
  return CHOICES[response]?.choice ?? 'quit';
}

/** A store error saying the notebook is locked, recognised by its code (not by class across bundles). */
export function lockedHolder(error: unknown): { holder: LockInfo | null } | null {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'locked') return null;
  const holder = (error as { holder?: LockInfo | null }).holder ?? null;
  return { holder };
}

export interface OpenWithPromptDeps<S> {
  open(dir: string, options: { create?: boolean; readOnly?: boolean }): Promise<S>;
  /** Shows the question and answers with the user's choice. */
  ask(dir: string, holder: LockInfo | null): Promise<LockChoice>;
  /** Removes the lock the user was shown (lockTakeover.ts); false when someone else holds it now. */
  takeOver(dir: string, holder: LockInfo): Promise<boolean>;
}

/** How often the question is asked again when the lock changes hands while the user decides. */
const MAX_ASKS = 3;

/**
 * Opens the notebook in `dir` for writing, asking the user when it is locked. Resolves with the
 * session and whether it is read-only, or null when the user chose to quit. Errors other than
 * "locked" are thrown as they are.
 */
export async function openWithLockPrompt<S>(dir: string, deps: OpenWithPromptDeps<S>): Promise<{ session: S; readOnly: boolean } | null> {
  for (let asked = 0; ; asked++) {
    try {
      return { session: await deps.open(dir, { create: true }), readOnly: false };
    } catch (error) {
      const locked = lockedHolder(error);
      if (!locked || asked >= MAX_ASKS) throw error;
      const choice = await deps.ask(dir, locked.holder);
      if (choice === 'quit') return null;
      if (choice === 'read-only') return { session: await deps.open(dir, { readOnly: true }), readOnly: true };
      // An unreadable lock has nothing to compare against; lock.ts clears those itself after a moment.
      if (locked.holder) await deps.takeOver(dir, locked.holder);
    }
  }
}
