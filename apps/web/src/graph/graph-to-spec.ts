// Rebuilds a definition spec from its graph: node bodies in node order, transitions from edges.
import type { StateSpec, TransitionSpec, TransitionsSpec, WorkflowSpec } from '@liucheng/engine';
import type { DesignerGraph, ListShape, StateNode, TransitionEdge, TransitionKind } from './graph.types';

type Json = Record<string, unknown>;

/**
 * The inverse of `specToGraph`: everything outside `states` comes from `baseSpec`; each state
 * is its node's body with its children and its transitions (from the edges) put back where they
 * were, in the same shape (string, object or array), so `graphToSpec(specToGraph(s), s)` equals `s`
 * down to key order.
 */
export function graphToSpec(graph: DesignerGraph, baseSpec: WorkflowSpec): WorkflowSpec {
  const bySource = groupEdges(graph.edges);
  const built = new Map<string, Json>();
  const rootStates: Json = {};
  for (const node of graph.nodes) {
    const state = buildState(node, bySource.get(node.id) ?? []);
    built.set(node.id, state);
    const parent = node.parentId === undefined ? undefined : built.get(node.parentId);
    const siblings = parent ? ((parent.states ??= {}) as Json) : rootStates;
    siblings[node.data.key] = state;
  }
  const spec: Json = {};
  for (const [key, value] of Object.entries(baseSpec)) spec[key] = key === 'states' ? rootStates : value;
  if (!('states' in spec)) spec.states = rootStates;
  return spec as unknown as WorkflowSpec;
}

function groupEdges(edges: TransitionEdge[]): Map<string, TransitionEdge[]> {
  const out = new Map<string, TransitionEdge[]>();
  for (const edge of edges) {
    if (edge.data.targetIndex !== 0) continue;
    const list = out.get(edge.source) ?? [];
    list.push(edge);
    out.set(edge.source, list);
  }
  return out;
}

function buildState(node: StateNode, edges: TransitionEdge[]): Json {
  const { state: body, keyOrder, shapes } = node.data;
  const keys = [...keyOrder];
  for (const key of Object.keys(body)) if (!keys.includes(key)) keys.push(key);
  for (const edge of edges) if (!keys.includes(edge.data.kind)) keys.push(edge.data.kind);
  const state: Json = {};
  for (const key of keys) {
    if (key === 'states') state.states = {};
    else if (key === 'on' || key === 'after') state[key] = buildRecord(edges, key, shapes[key] ?? {});
    else if (key === 'always' || key === 'onDone') {
      const value = buildList(
        edges.filter((e) => e.data.kind === key),
        shapes[key],
      );
      if (value !== undefined) state[key] = value;
    } else if (key in body) state[key] = (body as Json)[key];
  }
  return state as StateSpec as Json;
}

function buildRecord(
  edges: TransitionEdge[],
  kind: Extract<TransitionKind, 'on' | 'after'>,
  shapes: Record<string, ListShape>,
): Record<string, TransitionsSpec> {
  const ofKind = edges.filter((e) => e.data.kind === kind);
  const events = Object.keys(shapes);
  for (const edge of ofKind)
    if (edge.data.event !== undefined && !events.includes(edge.data.event)) events.push(edge.data.event);
  const record: Record<string, TransitionsSpec> = {};
  for (const event of events) {
    const value = buildList(
      ofKind.filter((e) => e.data.event === event),
      shapes[event],
    );
    // An event written as an empty list stays an empty list.
    record[event] = value ?? [];
  }
  return record;
}

function buildList(edges: TransitionEdge[], shape: ListShape | undefined): TransitionsSpec | undefined {
  const items = [...edges].sort((a, b) => a.data.index - b.data.index).map(toItem);
  if (items.length === 0) return shape === 'array' ? [] : undefined;
  if (shape === 'array' || items.length > 1) return items;
  return items[0];
}

function toItem(edge: TransitionEdge): string | TransitionSpec {
  const { transition, form } = edge.data;
  const keys = Object.keys(transition);
  const bare = form === 'string' && keys.length === 1 && keys[0] === 'target' && typeof transition.target === 'string';
  return bare ? (transition.target as string) : transition;
}
