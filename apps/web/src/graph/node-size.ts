// Sizes of the drawn state nodes; layout and the node components share them so boxes and layout agree.
import type { StateNodeData } from './graph.types';

export const NODE_WIDTH = 200;
export const GROUP_PADDING = { top: 40, left: 20, bottom: 20, right: 20 };

/** The size of a leaf state node as drawn (groups are sized by the layout). */
export function leafSize(data: StateNodeData): { width: number; height: number } {
  if (data.final) return { width: 150, height: 48 };
  if (data.task) return { width: NODE_WIDTH, height: 92 };
  return { width: NODE_WIDTH, height: 56 };
}
