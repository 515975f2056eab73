// ELK's route for an edge, only while its end nodes are drawn where the route expects them.
import { useInternalNode } from '@xyflow/react';
import type { EdgeRoute, RoutePoint } from '../graph.types';

/** Within half a pixel: React Flow keeps positions as given, so this only tolerates rounding. */
function same(a: RoutePoint | undefined, b: RoutePoint): boolean {
  return a !== undefined && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

/**
 * `route` if both end nodes are still at the route's anchors, otherwise `undefined` (while a node
 * is dragged on the canvas, before the drop records its position, its edges follow the handles).
 */
export function useLiveRoute(source: string, target: string, route: EdgeRoute | undefined): EdgeRoute | undefined {
  const from = useInternalNode(source)?.internals.positionAbsolute;
  const to = useInternalNode(target)?.internals.positionAbsolute;
  if (!route) return undefined;
  return same(from, route.anchors.source) && same(to, route.anchors.target) ? route : undefined;
}
