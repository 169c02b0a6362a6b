/**
 * Connects the reader's quote marks to the app: styles each mark from `looks`, reports a click on
 * a highlight as a quote selection, and scrolls the selected quote into view when asked.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isMarkNode, MarkNode } from '@lexical/mark';
import { mergeRegister } from '@lexical/utils';
import { $getNearestNodeFromDOMNode, $getNodeByKey, CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { decorateMark, pickQuote, quotesToRestyle, type MarkLook } from './markDecoration';

export interface QuoteMarksPluginProps {
  looks: ReadonlyMap<string, MarkLook>;
  selectedQuoteId: string | null;
  /** Bumped by the caller when the selected quote should be scrolled into view. */
  scrollRequest: number;
  onSelectQuote: (quoteId: string) => void;
}

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scrolls `element` to the middle of its scroll container unless it is already fully visible. */
function revealElement(element: HTMLElement): void {
  const container = element.closest<HTMLElement>('[data-scroll-container]');
  if (container) {
    const box = element.getBoundingClientRect();
    const view = container.getBoundingClientRect();
    if (box.top >= view.top + 16 && box.bottom <= view.bottom - 16) return;
  }
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

export function QuoteMarksPlugin({ looks, selectedQuoteId, scrollRequest, onSelectQuote }: QuoteMarksPluginProps): null {
  const [editor] = useLexicalComposerContext();
  // Mark keys and their ids, and the mark keys of each quote, kept up to date by the mutation listener.
  const marks = useRef(new Map<NodeKey, readonly string[]>());
  const marksOf = useRef(new Map<string, Set<NodeKey>>());
  const latest = useRef({ looks, selectedQuoteId, onSelectQuote });
  // The looks and selection the marks were last styled with.
  const styled = useRef({ looks, selectedQuoteId });
  useLayoutEffect(() => {
    latest.current = { looks, selectedQuoteId, onSelectQuote };
  });

  useEffect(() => {
    const decorate = (key: NodeKey, ids: readonly string[]) => {
      const element = editor.getElementByKey(key);
      if (element) decorateMark(element, ids, latest.current.looks, latest.current.selectedQuoteId);
    };
    return mergeRegister(
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              for (const id of marks.current.get(key) ?? []) marksOf.current.get(id)?.delete(key);
              const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
              if (!$isMarkNode(node)) {
                marks.current.delete(key);
                continue;
              }
              const ids = node.getIDs();
              marks.current.set(key, ids);
              for (const id of ids) {
                const keys = marksOf.current.get(id) ?? new Set<NodeKey>();
                marksOf.current.set(id, keys.add(key));
              }
              decorate(key, ids);
            }
          });
        },
        { skipInitialization: false },
      ),
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const target = event.target instanceof Element ? event.target.closest('mark') : null;
          // A drag that selected text is the analyst selecting, not picking a quote.
          if (!target || !(window.getSelection()?.isCollapsed ?? true)) return false;
          const node = $getNearestNodeFromDOMNode(target);
          if (!$isMarkNode(node)) return false;
          const { looks: current, selectedQuoteId: selected, onSelectQuote: select } = latest.current;
          const id = pickQuote(node.getIDs(), current, selected);
          if (id) select(id);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  // When the looks or the selection change, restyle the marks of the quotes that look different.
  useEffect(() => {
    const restyle = new Set<NodeKey>();
    for (const id of quotesToRestyle(styled.current, { looks, selectedQuoteId })) for (const key of marksOf.current.get(id) ?? []) restyle.add(key);
    styled.current = { looks, selectedQuoteId };
    for (const key of restyle) {
      const element = editor.getElementByKey(key);
      const ids = marks.current.get(key);
      if (element && ids) decorateMark(element, ids, looks, selectedQuoteId);
    }
  }, [editor, looks, selectedQuoteId]);

  // Runs only when a scroll is requested, reading the selection the request was made for.
  useEffect(() => {
    const selected = latest.current.selectedQuoteId;
    if (scrollRequest === 0 || selected === null) return;
    // The quote's first mark in the text (a rebuilt paragraph's marks are listed last).
    const elements = [...(marksOf.current.get(selected) ?? [])].map((key) => editor.getElementByKey(key)).filter((e): e is HTMLElement => !!e);
    const first = elements.reduce<HTMLElement | null>((a, b) => (a && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : (a ?? b)), null);
    if (first) return revealElement(first);
    // Not in the editor: the quote may sit in text shown around it (the headline in the header).
    const container = editor.getRootElement()?.closest('[data-scroll-container]');
    const outside = container?.querySelector<HTMLElement>(`mark[data-quote-ids~="${CSS.escape(selected)}"]`);
    if (outside) revealElement(outside);
  }, [editor, scrollRequest]);

  return null;
}
