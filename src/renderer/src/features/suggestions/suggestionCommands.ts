/** Suggestion entries for the command palette and the shortcut list. */
import type { Command } from '../../workbench/commands';
import type { Workbench } from '../../workbench/WorkbenchContext';
import { setSuggestOnImport, suggestOnImport } from './suggestOnImport';
import { requestAboutEdit, requestSpeakerEdit } from './suggestionKeys';
import { acceptSuggestions, isSuggestionId, rejectSuggestions, runSuggest, suggestionsOf } from './suggestionStore';

const articleOpen = (wb: Workbench) => wb.active?.kind === 'article';
const suggestionSelected = (wb: Workbench) => articleOpen(wb) && isSuggestionId(wb.selection.quoteId);
const withAbove = (wb: Workbench, min: number) => (wb.active ? suggestionsOf(wb.active.id).items.filter((s) => s.confidence >= min && !s.stance).map((s) => s.id) : []);

export const suggestionCommands: Command[] = [
  { id: 'suggest.article', title: 'Suggest quotes and speakers for this article', shortcut: 'Shift+S', group: 'Suggestions', available: articleOpen, run: (wb) => wb.active && void runSuggest(wb.active.id, wb) },
  { id: 'suggest.accept', title: 'Accept the selected suggestion', shortcut: 'Enter', group: 'Suggestions', available: suggestionSelected, run: (wb) => wb.active && void acceptSuggestions(wb.active.id, [wb.selection.quoteId!], wb) },
  { id: 'suggest.reject', title: 'Reject the selected suggestion', shortcut: 'Delete', group: 'Suggestions', available: suggestionSelected, run: (wb) => wb.active && void rejectSuggestions(wb.active.id, [wb.selection.quoteId!], wb) },
  // From the palette, the field takes the keyboard once the palette has closed and handed it back.
  { id: 'suggest.edit', title: 'Change the selected suggestion’s speaker', shortcut: 'E', group: 'Suggestions', available: suggestionSelected, run: () => void requestAnimationFrame(requestSpeakerEdit) },
  { id: 'suggest.about', title: 'Change whom the selected suggestion is about', shortcut: 'O', group: 'Suggestions', available: suggestionSelected, run: () => void requestAnimationFrame(requestAboutEdit) },
  {
    id: 'suggest.acceptLikely',
    title: 'Accept every suggestion at least 85% likely',
    group: 'Suggestions',
    available: (wb) => articleOpen(wb) && withAbove(wb, 0.85).length > 0,
    run: (wb) => wb.active && void acceptSuggestions(wb.active.id, withAbove(wb, 0.85), wb),
  },
  {
    id: 'suggest.onImport',
    title: 'Turn suggesting on import on or off',
    group: 'Suggestions',
    run: (wb) => {
      const on = !suggestOnImport();
      setSuggestOnImport(on);
      wb.notify(on ? 'Articles imported one at a time now open with their suggested quotes.' : 'Imported articles now open without suggestions; press Shift+S to ask for them.', 'info');
    },
  },
];
