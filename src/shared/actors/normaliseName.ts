/**
 * Name keys for matching mentions to actors: case-, accent- and punctuation-insensitive, so that
 * "U.S." = "US", "Thomas-Greenfield" = "Thomas Greenfield" and "Wang Wenbin's" = "Wang Wenbin".
 */

/** The matching key of a name or mention ("" when nothing is left). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The last word of a person's name, as news text uses it on second mention ("Stoltenberg"). */
export function surnameKey(name: string): string {
  // Split on spaces before normalising so a hyphenated surname ("Thomas-Greenfield") stays whole.
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? nameKey(words[words.length - 1]!) : '';
}
