// Keyboard: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, Ctrl/⌘+C/V copy/paste a state, Delete removes the selection.
import type { StateSpec } from '@liucheng/engine';
import { useEffect, useRef } from 'react';
import { parentPathOf, stateAt } from '../../graph/state-tree';
import type { DesignerStore } from '../editing/designer-store';
import { deleteState, pasteState, removeTransition } from '../editing/spec-edits';
import { lastKey } from '../editing/spec-draft';

/** Typing in a field keeps its own undo, copy and delete. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** Removes what is selected (a state with its incoming transitions, or one transition). */
export function deleteSelection(store: DesignerStore): void {
  const { selection } = store.getSnapshot();
  if (!selection) return;
  if (selection.kind === 'state') store.setSpec((s) => deleteState(s, selection.path));
  else store.setSpec((s) => removeTransition(s, selection.address));
  store.select(null);
}

export function useDesignerShortcuts(store: DesignerStore): void {
  const clipboard = useRef<{ key: string; state: StateSpec } | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const { selection, spec } = store.getSnapshot();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.redo();
        else store.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        store.redo();
      } else if (mod && key === 'c' && selection?.kind === 'state' && spec) {
        const state = stateAt(spec, selection.path) as StateSpec | undefined;
        if (state) clipboard.current = { key: lastKey(selection.path), state: structuredClone(state) };
      } else if (mod && key === 'v' && clipboard.current && spec) {
        event.preventDefault();
        const parent = selection?.kind === 'state' ? parentPathOf(selection.path) : '';
        const copied = clipboard.current;
        let path = '';
        store.setSpec((s) => {
          const result = pasteState(s, parent, copied.key, copied.state);
          path = result.path;
          return result.spec;
        });
        if (path) store.select({ kind: 'state', path });
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && selection) {
        event.preventDefault();
        deleteSelection(store);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
