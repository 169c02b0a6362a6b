/**
 * Names found in an article's text, for the actor pickers. Finding them takes a few tens of
 * milliseconds on a long article, so it is done the first time a picker needs them (not when the
 * article opens) and remembered for the last few texts.
 */
import { namesInText, type NameInText } from '../../../../shared/text/names';

const cache = new Map<string, readonly NameInText[]>();
const KEEP = 4;

/** The names in `text`, computed once per text. */
export function articleNames(text: string): readonly NameInText[] {
  const names = cache.get(text) ?? namesInText(text);
  cache.delete(text);
  cache.set(text, names);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return names;
}
