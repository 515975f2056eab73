// Automatic layout with ELK (layered, nested groups); positions kept in meta.position win.
import type { ELK as ElkApi, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { collectRoutes, withRoutes } from './edge-routes';
import type { DesignerGraph, EdgeRoute, StateNode, TransitionEdge } from './graph.types';
import { GROUP_PADDING, leafSize } from './node-size';

// ELK is large (~1.4 MB); load it with the first layout so pages without diagrams stay light.
let elkInstance: Promise<ElkApi> | undefined;
function loadElk(): Promise<ElkApi> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elkInstance;
}

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  // Labels get a layer of their own (see labelBox), so layers need less space between them than bare edges did.
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '50',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // Back edges ("return for rework") are the ones against the spec's order, so the flow starts where the spec does.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  // Long chains wrap into rows so the whole flow fits a screen-shaped canvas.
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '1.5',
  // Edges are drawn along ELK's routes: right-angled, around nodes, with room kept for their labels.
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.inline': 'true',
  'elk.layered.spacing.edgeNodeBetweenLayers': '30',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '20',
};
/**
 * For people reading an instance: no wrapping into rows (its row-joining edges ran the full
 * width like page dividers), edges merged where they meet a node so back edges ("return for
 * rework") share one lane close to the nodes instead of a bundle each, and tighter layers.
 * The flow reads left to right; the viewer pans rather than shrinking text.
 */
const RUN_OPTIONS: Record<string, string> = {
  'elk.layered.wrapping.strategy': 'OFF',
  'elk.layered.mergeEdges': 'true',
  'elk.layered.feedbackEdges': 'false',
  'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  'elk.spacing.nodeNode': '36',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeNode': '16',
};
/** `design` for the designer's canvas; `run` for task and instance pages (see RUN_OPTIONS). */
export type LayoutProfile = 'design' | 'run';
const LARGE_GRAPH = 80;
const GROUP_OPTIONS: Record<string, string> = {
  'elk.padding': `[top=${GROUP_PADDING.top},left=${GROUP_PADDING.left},bottom=${GROUP_PADDING.bottom},right=${GROUP_PADDING.right}]`,
};

/**
 * Lays a graph out: leaf sizes from `leafSize`, groups sized around their children, child
 * positions relative to their group (as React Flow expects). Deterministic: the same graph gives
 * the same positions, so a label edit does not move anything. A node with `meta.position` keeps it.
 *
 * @example const laidOut = await layoutGraph(specToGraph(spec));
 */
export async function layoutGraph(graph: DesignerGraph, profile: LayoutProfile = 'design'): Promise<DesignerGraph> {
  return withManualPositions(await elkLayout(graph, profile), graph);
}

/** What ELK computed: node boxes (parent-relative) and edge routes (absolute), by id. */
export interface ElkLayoutResult {
  nodes: StateNode[];
  routes: Map<string, EdgeRoute>;
}

/** ELK's positions and sizes for every node and its route for every edge, ignoring `meta.position`. */
export async function elkLayout(graph: DesignerGraph, profile: LayoutProfile = 'design'): Promise<ElkLayoutResult> {
  const elkNodes = new Map<string, ElkNode>();
  // Big graphs trade crossing-minimisation effort for speed (7 is ELK's default).
  const thoroughness = graph.nodes.length > LARGE_GRAPH ? '1' : '7';
  const layoutOptions = {
    ...LAYOUT_OPTIONS,
    ...(profile === 'run' ? RUN_OPTIONS : {}),
    'elk.layered.thoroughness': thoroughness,
  };
  const root: ElkNode = { id: '__root', layoutOptions, children: [], edges: [] };
  for (const node of graph.nodes) {
    const elkNode: ElkNode =
      node.type === 'group'
        ? { id: node.id, layoutOptions: GROUP_OPTIONS, children: [] }
        : { id: node.id, ...leafSize(node.data) };
    elkNodes.set(node.id, elkNode);
    const parent = node.parentId ? elkNodes.get(node.parentId) : root;
    (parent ?? root).children!.push(elkNode);
  }
  root.edges = layoutEdges(graph);
  const result = await (await loadElk()).layout(root);
  const placed = new Map<string, ElkNode>();
  const collect = (n: ElkNode) => n.children?.forEach((c) => (placed.set(c.id, c), collect(c)));
  collect(result);

  const nodes = graph.nodes.map((node): StateNode => {
    const box = placed.get(node.id);
    return { ...node, position: { x: box?.x ?? 0, y: box?.y ?? 0 }, width: box?.width, height: box?.height };
  });
  return { nodes, routes: collectRoutes(result) };
}

/**
 * Puts `graph`'s nodes at the laid-out positions of `laidOut` (by id), except those with a
 * `meta.position`, and grows groups around dragged children. Dragging never re-runs ELK.
 * Edges keep ELK's route (`data.route`) only while both their ends are where ELK put them.
 * `keepManual: false` (the run view, laid out differently) ignores `meta.position`.
 */
export function withManualPositions(laidOut: ElkLayoutResult, graph: DesignerGraph, keepManual = true): DesignerGraph {
  const placed = new Map(laidOut.nodes.map((n) => [n.id, n]));
  const nodes = graph.nodes.map((node): StateNode => {
    const box = placed.get(node.id);
    const manual = keepManual ? node.data.state.meta?.position : undefined;
    const position = manual ? { x: manual.x, y: manual.y } : (box?.position ?? node.position);
    return { ...node, position, width: box?.width, height: box?.height };
  });
  fitGroupsAroundChildren(nodes);
  return { nodes, edges: withRoutes(graph.edges, laidOut.routes, laidOut.nodes, nodes) };
}

/**
 * Edges ELK should route: no self loops, none between a state and its own ancestor, none that
 * stay in their state or point nowhere (those are drawn as labels in the node).
 */
function layoutEdges(graph: DesignerGraph): ElkExtendedEdge[] {
  const out: ElkExtendedEdge[] = [];
  for (const edge of graph.edges) {
    const { source, target } = edge;
    if (edge.data.targetless || edge.data.dangling) continue;
    if (source === target || source.startsWith(`${target}.`) || target.startsWith(`${source}.`)) continue;
    out.push({ id: edge.id, sources: [source], targets: [target], labels: [labelBox(edge)] });
  }
  return out;
}

/**
 * Room for the edge's label (the text is language-dependent, so a size from what it shows):
 * a title line, a wrapped guard and an actions line, at most 180px wide as the edge draws it.
 */
function labelBox(edge: TransitionEdge): { text: string; width: number; height: number } {
  const { transition } = edge.data;
  const guard = transition.guard !== undefined;
  const actions = transition.actions !== undefined;
  return {
    text: edge.data.event ?? edge.data.kind,
    width: guard || actions ? 180 : 100,
    height: 22 + (guard ? 30 : 0) + (actions ? 16 : 0),
  };
}

/** A group grows to hold children that were dragged past its edge (children first, bottom-up). */
function fitGroupsAroundChildren(nodes: StateNode[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const child = nodes[i];
    const parent = child.parentId ? byId.get(child.parentId) : undefined;
    if (!parent) continue;
    const size = child.width !== undefined ? { width: child.width, height: child.height ?? 0 } : leafSize(child.data);
    parent.width = Math.max(parent.width ?? 0, child.position.x + size.width + GROUP_PADDING.right);
    parent.height = Math.max(parent.height ?? 0, child.position.y + size.height + GROUP_PADDING.bottom);
  }
}
