// Canvas rectangles of diagram nodes from the layout alone (no DOM measuring): leaves by their
// drawn size, groups by the size the layout gave them, child positions made absolute.
import type { Rect } from '@xyflow/react';
import type { DiagramNode } from './flow-elements';

/** The rectangle around the nodes with `ids` (every node when `ids` is empty); null when none is found. */
export function nodesBounds(nodes: readonly DiagramNode[], ids: readonly string[] = []): Rect | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const absolute = (node: DiagramNode): { x: number; y: number } => {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const base = parent ? absolute(parent) : { x: 0, y: 0 };
    return { x: base.x + node.position.x, y: base.y + node.position.y };
  };
  const chosen = ids.length > 0 ? ids.map((id) => byId.get(id)).filter((n) => n !== undefined) : [...nodes];
  if (chosen.length === 0) return null;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of chosen) {
    const { x, y } = absolute(node);
    const { width, height } = node.style ?? node.data.size;
    [left, top] = [Math.min(left, x), Math.min(top, y)];
    [right, bottom] = [Math.max(right, x + width), Math.max(bottom, y + height)];
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
