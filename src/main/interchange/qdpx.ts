/**
 * The `.qdpx` container: a zip holding `project.qde` and the sources under `sources/`. Writing
 * uses fflate; reading refuses archives that would unpack to more than a notebook could hold,
 * before unpacking them, and never writes any of their paths to disk.
 */
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { UserError } from '../../shared/api/result';

/** Larger than any project of text sources; a zip claiming more is refused unread. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** Zips the project and its sources (the XML and the texts compress well). */
export function packQdpx(projectXml: string, sources: { path: string; text: string }[]): Uint8Array {
  // Buffer's native UTF-8 encoder is several times faster than fflate's strToU8 on megabytes of text.
  const files: Zippable = { 'project.qde': Buffer.from(projectXml, 'utf8') };
  for (const source of sources) files[source.path] = Buffer.from(source.text, 'utf8');
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** What a `.qdpx` holds: the project XML and a reader for its text files by their internal path. */
export interface OpenedQdpx {
  projectXml: string;
  /** The text of a source by `plainTextPath` (`internal://x.txt` or `relative://…`), or undefined. */
  text(plainTextPath: string): string | undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Opens a `.qdpx`; `name` names it in messages. */
export function openQdpx(bytes: Uint8Array, name: string): OpenedQdpx {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) throw new UserError('invalid-input', `"${name}" would unpack to more than 1 GB, more than a project of texts holds. It may be damaged or not a REFI-QDA project.`);
        // Only the project and text files are read; pictures, audio and video are left packed.
        return /\.(qde|txt)$/i.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('invalid-input', `"${name}" is not a .qdpx project: it cannot be opened as a zip archive (${(error as Error).message}).`);
  }
  const projectName = Object.keys(files).find((f) => /(^|\/)project\.qde$/i.test(f)) ?? Object.keys(files).find((f) => /\.qde$/i.test(f));
  if (!projectName) throw new UserError('invalid-input', `"${name}" holds no project.qde, so it is not a REFI-QDA project. Export the project again as .qdpx.`);
  const decode = (path: string, data: Uint8Array) => {
    try {
      return decoder.decode(data).replace(/^\uFEFF/, '');
    } catch {
      throw new UserError('invalid-input', `${path} in "${name}" is not UTF-8 text, which the standard requires.`);
    }
  };
  const byLowerName = new Map(Object.keys(files).map((f) => [f.toLowerCase(), f]));
  return {
    projectXml: decode(projectName, files[projectName]!),
    text(plainTextPath) {
      const m = /^(?:internal|relative):\/\/\/?(.+)$/i.exec(plainTextPath);
      const wanted = m ? m[1]! : plainTextPath;
      const candidates = [`sources/${wanted}`, wanted].map((p) => byLowerName.get(p.toLowerCase()));
      const found = candidates.find((c) => c !== undefined);
      return found === undefined ? undefined : decode(found, files[found]!);
    },
  };
}

/** The text of a file as UTF-8 (for `.qdc` files). */
export function utf8(bytes: Uint8Array): string {
  return strFromU8(bytes);
}
