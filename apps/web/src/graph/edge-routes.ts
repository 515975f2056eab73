// ELK's edge routes in canvas coordinates, and which of them still fit the nodes as drawn.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { EdgeRoute, RoutePoint, StateNode, TransitionEdge } from './graph.types';

type ElkRoutedEdge = ElkExtendedEdge & { container?: string };

/**
 * Every routed edge of an ELK result with its points made absolute. ELK gives section and label
 * coordinates relative to the edge's `container` (with INCLUDE_CHILDREN, the lowest common
 * ancestor of its ends), so the container's absolute offset is added.
 */
export function collectRoutes(result: ElkNode): Map<string, EdgeRoute> {
  const offsets = new Map<string, RoutePoint>([[result.id, { x: result.x ?? 0, y: result.y ?? 0 }]]);
  const edges: ElkRoutedEdge[] = [];
  const walk = (node: ElkNode, at: RoutePoint) => {
    edges.push(...((node.edges ?? []) as ElkRoutedEdge[]));
    for (const child of node.children ?? []) {
      const abs = { x: at.x + (child.x ?? 0), y: at.y + (child.y ?? 0) };
      offsets.set(child.id, abs);
      walk(child, abs);
    }
  };
  walk(result, offsets.get(result.id)!);

  const routes = new Map<string, EdgeRoute>();
  for (const edge of edges) {
    const section = edge.sections?.[0];
    const [source, target] = [edge.sources[0], edge.targets[0]];
    if (!section || !source || !target) continue;
    const origin = offsets.get(edge.container ?? result.id) ?? offsets.get(result.id)!;
    const shift = (p: RoutePoint) => ({ x: origin.x + p.x, y: origin.y + p.y });
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(shift);
    // ELK occasionally joins a wrapped cross-hierarchy route with a slanted jump; such an edge is drawn as a curve.
    if (!orthogonal(points)) continue;
    const label = edge.labels?.[0];
    routes.set(edge.id, {
      source,
      target,
      points,
      ...(label?.x !== undefined && label.y !== undefined
        ? { label: shift({ x: label.x + (label.width ?? 0) / 2, y: label.y + (label.height ?? 0) / 2 }) }
        : {}),
      anchors: { source: offsets.get(source) ?? origin, target: offsets.get(target) ?? origin },
    });
  }
  return routes;
}

/** Every segment horizontal or vertical (within half a pixel of rounding). */
function orthogonal(points: readonly RoutePoint[]): boolean {
  return points.slice(1).every((p, i) => Math.abs(p.x - points[i].x) < 0.5 || Math.abs(p.y - points[i].y) < 0.5);
}

/** Absolute top-left corner and size of every node (React Flow positions are parent-relative). */
export function absoluteBoxes(nodes: readonly StateNode[]): Map<string, RoutePoint & { w?: number; h?: number }> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, RoutePoint & { w?: number; h?: number }>();
  const resolve = (node: StateNode): RoutePoint => {
    const known = out.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const base = parent ? resolve(parent) : { x: 0, y: 0 };
    const box = { x: base.x + node.position.x, y: base.y + node.position.y, w: node.width, h: node.height };
    out.set(node.id, box);
    return box;
  };
  nodes.forEach(resolve);
  return out;
}

/**
 * The edges with `data.route` set where ELK's route still fits: same ends, and both end nodes
 * exactly where (and as large as) the layout put them. A dragged node (or a group that grew
 * around one) leaves its edges without a route, so they fall back to handle-to-handle curves.
 */
export function withRoutes(
  edges: readonly TransitionEdge[],
  routes: ReadonlyMap<string, EdgeRoute>,
  laidOut: readonly StateNode[],
  nodes: readonly StateNode[],
): TransitionEdge[] {
  const planned = absoluteBoxes(laidOut);
  const drawn = absoluteBoxes(nodes);
  const unmoved = (id: string) => {
    const [a, b] = [planned.get(id), drawn.get(id)];
    return a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
  };
  return edges.map((edge) => {
    const { route: _stale, ...data } = edge.data;
    const route = routes.get(edge.id);
    const fits =
      route !== undefined &&
      route.source === edge.source &&
      route.target === edge.target &&
      unmoved(edge.source) &&
      unmoved(edge.target);
    return { ...edge, data: fits ? { ...data, route } : data };
  });
}
