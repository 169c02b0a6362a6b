/**
 * Numbered, pure migrations per file format. A file at schemaVersion n is brought to the current
 * version by applying migrations n→n+1, n+1→n+2, … in order. Keeping them pure (JSON in, JSON out,
 * no I/O) means the store decides when it is safe to write the result: only after a verified backup
 * of the unmigrated files exists (see notebookStore.ts).
 */
import { SCHEMA_VERSION } from '../../shared/model';

export type FileFormat = 'quotebook-notebook' | 'quotebook-article' | 'quotebook-note';

export const FILE_FORMATS: readonly FileFormat[] = ['quotebook-notebook', 'quotebook-article', 'quotebook-note'];

/** JSON object as read from disk; migrations may assume nothing beyond "it is an object". */
export type RawFile = Record<string, unknown>;

/** Takes a file at version n and returns it at version n+1 (the runner stamps schemaVersion). */
export type Migration = (file: RawFile) => RawFile;

/** For each format, `list[i]` migrates version i+1 to i+2; so `list.length === targetVersion - 1`. */
export type MigrationRegistry = Record<FileFormat, readonly Migration[]>;

export interface MigrateResult {
  data: RawFile;
  migrated: boolean;
  fromVersion: number;
}

export interface Migrator {
  readonly targetVersion: number;
  migrate(kind: FileFormat, raw: unknown): MigrateResult;
}

/**
 * The real registry. Only version 1 exists, so every list is empty. To add version 2: bump
 * SCHEMA_VERSION in src/shared/model.ts and append one function to each list (an identity
 * function for formats that did not change), plus a test with a version-1 fixture.
 */
export const MIGRATIONS: MigrationRegistry = {
  'quotebook-notebook': [],
  'quotebook-article': [],
  'quotebook-note': [],
};

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** Build a migrator; tests inject a fake registry and target version. */
export function createMigrator(migrations: MigrationRegistry = MIGRATIONS, targetVersion: number = SCHEMA_VERSION): Migrator {
  for (const kind of FILE_FORMATS) {
    // A gap in the chain would leave some old files unreadable; fail at startup, not at a user's file.
    if (migrations[kind].length !== targetVersion - 1) {
      throw new MigrationError(
        `Migration registry for ${kind} has ${migrations[kind].length} steps; version ${targetVersion} needs ${targetVersion - 1}.`,
      );
    }
  }
  return {
    targetVersion,
    migrate(kind, raw) {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new MigrationError('the file does not hold a JSON object.');
      }
      const file = raw as RawFile;
      if (file.format !== kind) {
        throw new MigrationError(`expected format "${kind}" but found ${JSON.stringify(file.format)}.`);
      }
      const fromVersion = file.schemaVersion;
      if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
        throw new MigrationError(`schemaVersion ${JSON.stringify(fromVersion)} is not a positive whole number.`);
      }
      if (fromVersion > targetVersion) {
        throw new MigrationError(`schemaVersion ${fromVersion} is newer than ${targetVersion}.`);
      }
      if (fromVersion === targetVersion) return { data: file, migrated: false, fromVersion };

      // Work on a copy so a migration that mutates its argument cannot touch the caller's object.
      let data: RawFile = structuredClone(file);
      for (let v = fromVersion; v < targetVersion; v++) {
        const step = migrations[kind][v - 1] as Migration;
        const next = step(data);
        if (typeof next !== 'object' || next === null || Array.isArray(next)) {
          throw new MigrationError(`migration ${kind} v${v}→v${v + 1} did not return an object.`);
        }
        // format and schemaVersion first, so the file reads naturally when opened in an editor.
        data = { format: kind, schemaVersion: v + 1, ...next };
        data.format = kind;
        data.schemaVersion = v + 1;
      }
      return { data, migrated: true, fromVersion };
    },
  };
}

/** The production migrator, for `migrate(kind, raw)` as the API of this module. */
export const defaultMigrator: Migrator = createMigrator();

export function migrate(kind: FileFormat, raw: unknown): MigrateResult {
  return defaultMigrator.migrate(kind, raw);
}
