/**
 * What can be imported and how big it may be, shared by the importers (main), the CLI and the
 * window (which checks a file's size before reading it, so a huge file is never loaded).
 */

/** The largest file Quotebook imports. Articles are kilobytes; a bigger file is almost always the wrong file. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/**
 * The most text one imported article may hold, in characters (UTF-16 code units): about 2,500
 * pages. A longer text is a book or a machine's output, and would make every later step slow.
 */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** The most paragraphs (blocks) one imported article may hold. */
export const MAX_ARTICLE_BLOCKS = 200_000;

/** Why an article's text is too long (after the file's quoted name), with its length when known. */
export function textTooLongReason(length?: number): string {
  return `holds ${length === undefined ? 'more' : length.toLocaleString('en')} characters of text, more than the ${MAX_ARTICLE_CHARS.toLocaleString('en')} one article may hold (about 2,500 pages). Split it into several files, one per article, and import those.`;
}

/** Why an article has too many paragraphs (after the file's quoted name). */
export function tooManyBlocksReason(count: number): string {
  return `holds ${count.toLocaleString('en')} paragraphs, more than the ${MAX_ARTICLE_BLOCKS.toLocaleString('en')} one article may hold. Split it into several files, one per article, and import those.`;
}

/** File name endings the importers understand, by format. */
export const EXTENSIONS = {
  text: ['.txt', '.text'],
  markdown: ['.md', '.markdown', '.mdown', '.mkd'],
  html: ['.html', '.htm', '.xhtml', '.shtml'],
  pdf: ['.pdf'],
  docx: ['.docx'],
} as const;

/** One of the formats Quotebook imports. */
export type ImportFormat = keyof typeof EXTENSIONS;

/** Every supported ending, e.g. for a file chooser's `accept`. */
export const ALL_EXTENSIONS: readonly string[] = Object.values(EXTENSIONS).flat();

/** The formats in words, for messages. */
export const SUPPORTED_FORMATS = 'plain text (.txt), Markdown (.md), web pages (.html), PDF (.pdf) and Word (.docx)';

/** The lower-case extension of a file name ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format an extension stands for, or null when Quotebook does not import such files. */
export function formatOfExtension(extension: string): ImportFormat | null {
  for (const [format, endings] of Object.entries(EXTENSIONS) as [ImportFormat, readonly string[]][]) {
    if (endings.includes(extension)) return format;
  }
  return null;
}

/** True when a file found in a folder should be imported (hidden files and unknown types are skipped). */
export function isImportableName(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name;
  return !base.startsWith('.') && formatOfExtension(extensionOf(base)) !== null;
}

/** A size in words: "512 bytes", "12.5 KB", "50.0 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file over the limit is refused (after its quoted name). */
export function tooLargeReason(bytes: number): string {
  return `is ${formatBytes(bytes)}, more than the ${formatBytes(MAX_IMPORT_BYTES)} Quotebook imports. An article is rarely over 1 MB: check that this is the right file (a saved page with its images inlined can be re-saved as "Web page, HTML only").`;
}
