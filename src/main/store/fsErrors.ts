/**
 * What a failed file operation means for the analyst. A read-only folder or a full disk is not a
 * bug: it gets one plain sentence naming the path and what to do, never a stack trace.
 */

const CODES = ['EACCES', 'EPERM', 'ENOSPC', 'EDQUOT', 'EROFS'] as const;

/** The message for a permission / full-disk / read-only-disk error, or null for anything else. */
export function describeFsError(error: unknown): string | null {
  const e = error as NodeJS.ErrnoException | null;
  if (!e || typeof e !== 'object' || !CODES.includes(e.code as (typeof CODES)[number])) return null;
  const where = e.path ? `"${e.path}"` : 'the notebook folder';
  switch (e.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding ${where} is full, so this change was not saved. Free some space and try again; what was saved before is intact.`;
    case 'EROFS':
      return `${where} is on a read-only disk, so nothing can be saved there. Copy the notebook to a writable folder, or use --read-only to only read it.`;
    default:
      return `Quotebook is not allowed to write ${where} (${e.code === 'EPERM' ? 'operation not permitted' : 'permission denied'}), so this change was not saved. Check that the folder belongs to you and is writable, or use --read-only to only read it.`;
  }
}
