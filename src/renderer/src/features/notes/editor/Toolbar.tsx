/**
 * The note's toolbar: text style, bold / italic / underline / code, lists, link, citing a quote,
 * mentioning an actor, undo and redo. One tab stop; ← and → move between its controls.
 */
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { IconBold, IconBulletList, IconCite, IconCode, IconItalic, IconLink, IconMention, IconNumberList, IconRedo, IconUnderline, IconUndo } from '../ui/noteIcons';
import { typeTrigger } from './typeTrigger';
import { $readFormatState, NO_FORMAT, sameFormat, type BlockStyle, type FormatState } from './formatState';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

const BLOCK_LABELS: [BlockStyle, string][] = [
  ['paragraph', 'Paragraph'],
  ['h1', 'Heading 1'],
  ['h2', 'Heading 2'],
  ['h3', 'Heading 3'],
  ['quote', 'Block quote'],
  ['bullet', 'Bulleted list'],
  ['number', 'Numbered list'],
];

/** The editor's format state, updated as the caret moves or the text changes. */
export function useFormatState(): FormatState & { canUndo: boolean; canRedo: boolean } {
  const [editor] = useLexicalComposerContext();
  const [format, setFormat] = useState<FormatState>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readFormatState);
          setFormat((previous) => (sameFormat(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return { ...format, canUndo, canRedo };
}

function ToolButton({ label, shortcut, pressed, disabled, onClick, children }: { label: string; shortcut?: string; pressed?: boolean; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="icon-button note-toolbar__button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      tabIndex={-1}
      onMouseDown={(event) => event.preventDefault()} // keep the editor's selection
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export interface ToolbarProps {
  onLink: () => void;
}

export function Toolbar({ onLink }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const state = useFormatState();
  const bar = useRef<HTMLDivElement>(null);

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const setBlock = (block: BlockStyle) => {
    if (block === 'bullet' || block === 'number') {
      editor.dispatchCommand(state.block === block ? REMOVE_LIST_COMMAND : block === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    } else {
      if (state.block === 'bullet' || state.block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        $setBlocksType(selection, () => (block === 'paragraph' ? $createParagraphNode() : block === 'quote' ? $createQuoteNode() : $createHeadingNode(block)));
      });
    }
    editor.focus();
  };
  // One tab stop for the whole toolbar; arrows move along it (WAI-ARIA toolbar pattern).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    const items = [...(bar.current?.querySelectorAll<HTMLElement>('select, button:not(:disabled)') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.target instanceof HTMLSelectElement && (event.key === 'Home' || event.key === 'End')) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length;
    items.forEach((item, i) => (item.tabIndex = i === next ? 0 : -1));
    items[next]?.focus();
  };

  return (
    <div className="note-toolbar" role="toolbar" aria-label="Formatting" ref={bar} onKeyDown={onKeyDown}>
      <select
        className="select note-toolbar__select"
        aria-label="Text style"
        value={state.block}
        tabIndex={0}
        onChange={(event) => setBlock(event.target.value as BlockStyle)}
      >
        {BLOCK_LABELS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <span className="note-toolbar__divider" aria-hidden="true" />
      <ToolButton label="Bold" shortcut={`${mod}B`} pressed={state.bold} onClick={() => format('bold')}>
        <IconBold />
      </ToolButton>
      <ToolButton label="Italic" shortcut={`${mod}I`} pressed={state.italic} onClick={() => format('italic')}>
        <IconItalic />
      </ToolButton>
      <ToolButton label="Underline" shortcut={`${mod}U`} pressed={state.underline} onClick={() => format('underline')}>
        <IconUnderline />
      </ToolButton>
      <ToolButton label="Code" shortcut="`text`" pressed={state.code} onClick={() => format('code')}>
        <IconCode />
      </ToolButton>
      <span className="note-toolbar__divider" aria-hidden="true" />
      <ToolButton label="Bulleted list" shortcut="- at line start" pressed={state.block === 'bullet'} onClick={() => setBlock('bullet')}>
        <IconBulletList />
      </ToolButton>
      <ToolButton label="Numbered list" shortcut="1. at line start" pressed={state.block === 'number'} onClick={() => setBlock('number')}>
        <IconNumberList />
      </ToolButton>
      <ToolButton label={state.link ? 'Edit link' : 'Add link'} pressed={state.link !== null} onClick={onLink}>
        <IconLink />
      </ToolButton>
      <span className="note-toolbar__divider" aria-hidden="true" />
      <ToolButton label="Cite a quote" shortcut="/quote" onClick={() => typeTrigger(editor, '/quote ')}>
        <IconCite />
      </ToolButton>
      <ToolButton label="Mention an actor" shortcut="@" onClick={() => typeTrigger(editor, '@')}>
        <IconMention />
      </ToolButton>
      <span className="note-toolbar__spacer" />
      <ToolButton label="Undo" shortcut={`${mod}Z`} disabled={!state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        <IconUndo />
      </ToolButton>
      <ToolButton label="Redo" shortcut={isMac ? '⇧⌘Z' : 'Ctrl+Y'} disabled={!state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        <IconRedo />
      </ToolButton>
    </div>
  );
}
