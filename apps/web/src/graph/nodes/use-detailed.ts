// Whether the diagram is zoomed in enough for details (labels, roles, icons); big diagrams stay fluid zoomed out.
import { useStore } from '@xyflow/react';

/** Below this zoom, edge labels and node details are left out (unreadable anyway). */
export const DETAIL_MIN_ZOOM = 0.45;

/** True while zoom ≥ DETAIL_MIN_ZOOM; re-renders only when that flips. */
export function useDetailed(): boolean {
  return useStore((s) => s.transform[2] >= DETAIL_MIN_ZOOM);
}
