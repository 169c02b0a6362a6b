/**
 * How note nodes get drawn. The nodes live in src/shared and may not import React, so their
 * `decorate()` asks this registry; the renderer registers one React renderer per node type at
 * start-up. Headless editors (export, tests) register nothing and their nodes decorate to null.
 */
import type { LexicalEditor } from 'lexical';

/** Draws one node from its plain props; returns what the editor's React host renders (JSX). */
export type NoteDecoratorRenderer<Props> = (props: Props, editor: LexicalEditor) => unknown;

const renderers = new Map<string, NoteDecoratorRenderer<never>>();

/** Registers how nodes of `type` are drawn; returns a function that removes it again. */
export function setNoteDecorator<Props>(type: string, render: NoteDecoratorRenderer<Props>): () => void {
  renderers.set(type, render as NoteDecoratorRenderer<never>);
  return () => {
    if (renderers.get(type) === render) renderers.delete(type);
  };
}

/** What the registered renderer draws for a node of `type`, or null when none is registered. */
export function renderNoteDecorator<Props>(type: string, props: Props, editor: LexicalEditor): unknown {
  const render = renderers.get(type) as NoteDecoratorRenderer<Props> | undefined;
  return render ? render(props, editor) : null;
}
