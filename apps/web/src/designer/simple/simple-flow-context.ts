// What the simple flow's cards and "+" edges need from the page (one context instead of node data callbacks).
import type { FlowTree } from '@liucheng/engine';
import { createContext, useContext } from 'react';
import type { InsertKind, LineRef } from './model/tree-edits';
import type { SimpleSelection } from './simple-selection';

export interface SimpleFlowActions {
  tree: FlowTree;
  selection: SimpleSelection;
  select: (selection: SimpleSelection) => void;
  insert: (line: LineRef, index: number, kind: InsertKind) => void;
  move: (key: string, by: -1 | 1) => void;
  copy: (key: string) => void;
  remove: (key: string) => void;
}

export const SimpleFlowContext = createContext<SimpleFlowActions | null>(null);

export function useSimpleFlow(): SimpleFlowActions {
  const value = useContext(SimpleFlowContext);
  if (!value) throw new Error('useSimpleFlow outside SimpleFlowContext');
  return value;
}
