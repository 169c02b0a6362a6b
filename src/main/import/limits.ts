/** The import limits and formats (shared with the window and the CLI), and the one way importers fail. */
import { UserError } from '../../shared/api/result';

export {
  EXTENSIONS,
  MAX_ARTICLE_BLOCKS,
  MAX_ARTICLE_CHARS,
  MAX_IMPORT_BYTES,
  SUPPORTED_FORMATS,
  extensionOf,
  formatBytes,
  formatOfExtension,
  isImportableName,
  textTooLongReason,
  tooLargeReason,
  tooManyBlocksReason,
  type ImportFormat,
} from '../../shared/import/formats';

/** A failure naming the file: `"name" <reason>`. */
export function importError(name: string, reason: string): UserError {
  return new UserError('invalid-input', `"${name}" ${reason}`);
}
