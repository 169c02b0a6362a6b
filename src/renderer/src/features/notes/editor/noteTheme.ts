/** Class names the note editor's CSS styles (see ui notes.css via features/notes/notes.css). */
import type { EditorThemeClasses } from 'lexical';

export const noteTheme: EditorThemeClasses = {
  paragraph: 'nt-p',
  heading: { h1: 'nt-h1', h2: 'nt-h2', h3: 'nt-h3', h4: 'nt-h3', h5: 'nt-h3', h6: 'nt-h3' },
  quote: 'nt-blockquote',
  list: {
    ul: 'nt-ul',
    ol: 'nt-ol',
    listitem: 'nt-li',
    nested: { listitem: 'nt-li--nested' },
  },
  link: 'nt-link',
  text: { bold: 'nt-bold', italic: 'nt-italic', underline: 'nt-underline', code: 'nt-code' },
  // Read by QuoteCardNode / ActorMentionNode.createDOM for their host elements.
  quoteCard: 'nt-card-host',
  actorMention: 'nt-mention-host',
};
