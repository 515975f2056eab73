// SVG path and label position along an ELK route (a polyline with rounded corners).
import type { RoutePoint } from '../graph.types';

const CORNER = 8;

/**
 * An SVG path through `points` with each bend rounded (radius at most `CORNER`, and at most half
 * of either adjoining segment so short jogs stay sharp-free).
 */
export function routedPath(points: readonly RoutePoint[]): string {
  if (points.length === 0) return '';
  const [first] = points;
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length - 1; i += 1) {
    const [prev, at, next] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(CORNER, distance(prev, at) / 2, distance(at, next) / 2);
    const before = toward(at, prev, r);
    const after = toward(at, next, r);
    d += ` L ${before.x} ${before.y} Q ${at.x} ${at.y} ${after.x} ${after.y}`;
  }
  const last = points[points.length - 1];
  return points.length > 1 ? `${d} L ${last.x} ${last.y}` : d;
}

/** The middle of the route (half its length along the polyline), where a label sits if ELK placed none. */
export function routeMidpoint(points: readonly RoutePoint[]): RoutePoint {
  const total = points.slice(1).reduce((sum, p, i) => sum + distance(points[i], p), 0);
  let left = total / 2;
  for (let i = 1; i < points.length; i += 1) {
    const length = distance(points[i - 1], points[i]);
    if (left <= length && length > 0) return toward(points[i - 1], points[i], left);
    left -= length;
  }
  return points[0] ?? { x: 0, y: 0 };
}

function distance(a: RoutePoint, b: RoutePoint): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** The point `length` from `from` on the way to `to`. */
function toward(from: RoutePoint, to: RoutePoint, length: number): RoutePoint {
  const d = distance(from, to);
  if (d === 0) return { ...from };
  return { x: from.x + ((to.x - from.x) * length) / d, y: from.y + ((to.y - from.y) * length) / d };
}
