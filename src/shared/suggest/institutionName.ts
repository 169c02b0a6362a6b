/**
 * The proper name of an institution the article describes with a common noun: "Orsova's shipping
 * ministry" is the "Ministry of Shipping" when the article calls it that (or names its "Minister
 * of Shipping"), "the justice department" the "Justice Department". Analysts (and the labels)
 * record a ministry by its name; a description with the country's possessive names no one the
 * article lists, so the same body would otherwise end up under two names.
 */

const DESCRIBED = /^(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+(?:'s|’s)\s+|\p{Lu}[\p{L}-]*\s+)?(\p{Ll}+)\s+(ministry|department)$/u;

/** The article's proper name for a described ministry or department, or null when it gives none. */
export function properInstitutionName(article: string, description: string): string | null {
  const m = DESCRIBED.exec(description);
  if (!m) return null;
  const noun = m[1]!;
  // Only a noun that can name a portfolio: "a ministry" or "the former ministry" is no subject area.
  if (noun.length < 4 || /^(?:former|new|old|said|whole|same|other|federal|state)$/.test(noun)) return null;
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  if (m[2] === 'ministry') {
    const named = new RegExp(`\\bMinistry (?:of|for) (?:the )?${Noun}(?: Affairs)?\\b`).exec(article);
    if (named) return named[0];
    // "Deputy Minister of Shipping Ana Brakspear": a minister of shipping heads a Ministry of Shipping.
    const minister = new RegExp(`\\bMinister (of|for) ${Noun}\\b(?! Affairs)`).exec(article);
    return minister ? `Ministry ${minister[1]} ${Noun}` : null;
  }
  const named = new RegExp(`\\bDepartment (?:of|for) (?:the )?${Noun}\\b|\\b${Noun} Department\\b`).exec(article);
  return named ? named[0] : null;
}
