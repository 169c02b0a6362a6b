/**
 * Tolerant readers for the fields of note nodes. Note files can be edited by hand or damaged, so a
 * node's JSON is untrusted: anything unexpected becomes an empty value the UI can explain.
 */

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The value when it is a valid notebook id, else ''. */
export function cleanId(value: unknown): string {
  return typeof value === 'string' && ID.test(value) ? value : '';
}

/** The value when it is a string (capped so one node cannot bloat a note), else ''. */
export function cleanText(value: unknown, max = 20_000): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}
