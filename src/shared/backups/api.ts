/** The backup operations' inputs and outputs (backups:list, backups:create, backups:restore). */
import { z } from 'zod';

/** What one verified backup holds, as listed for choosing one to restore. */
export interface BackupSummary {
  id: string;
  /** Why it was taken: `open` (the daily backup), `before-actor-merge`, `manual`, … */
  reason: string;
  createdAt: string;
  fileCount: number;
  totalBytes: number;
  counts: { articles: number; quotes: number; notes: number; actors: number; tags: number };
}

/** A backup id as the store names them (`2026-12-05T07-30-00.000Z-open`). */
const BackupId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[0-9A-Za-z.-]+$/, 'a backup id as listed by backups:list');

export const BackupCreateInput = z.object({ reason: z.string().trim().max(40).optional() }).strict();
export const BackupRestoreInput = z.object({ id: BackupId }).strict();

/** What a restore did. */
export interface BackupRestored {
  backupId: string;
  restoredFiles: number;
  /** The backup of the files as they were just before the restore (restore it to undo the restore). */
  beforeRestoreBackupId: string | null;
  /** Notebook-relative folder holding the files replaced by the restore. */
  movedAsideTo: string;
}
