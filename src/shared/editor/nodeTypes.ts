/**
 * The type names a stored note may contain, without importing Lexical: main (backlinks, the notes
 * list) reads note JSON with these alone. noteNodes.test.ts checks they match the node classes.
 */

/** A quote card: `{ type: 'quote-card', version: 1, quoteId, citedText }` (see QuoteCardNode.ts). */
export const QUOTE_CARD_TYPE = 'quote-card';

/** An actor mention: `{ type: 'actor-mention', version: 1, actorId, text }` (see ActorMentionNode.ts). */
export const ACTOR_MENTION_TYPE = 'actor-mention';

/** Every node type name a note may contain: Lexical's core and rich-text nodes, lists, links, and ours. */
export const NOTE_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  QUOTE_CARD_TYPE,
  ACTOR_MENTION_TYPE,
]);
