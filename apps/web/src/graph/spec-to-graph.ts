// Turns a definition spec into canvas nodes (states) and edges (transitions); pure, no React.
import type { StateSpec, TransitionsSpec, WorkflowSpec } from '@liucheng/engine';
import type {
  DesignerGraph,
  ListShape,
  StateBody,
  StateNode,
  StateNodeData,
  TransitionEdge,
  TransitionKind,
} from './graph.types';
import { resolveTarget, stateIdMap } from './resolve-target';
import { childStates, stateKind, walkStates } from './state-tree';
import { listShape, targetsOf, transitionEntries } from './transition-entries';

const TRANSITION_KEYS = new Set(['states', 'on', 'after', 'always', 'onDone']);

/** The id of the edge drawn for one target of one transition. */
export function edgeId(
  source: string,
  kind: TransitionKind,
  event: string | undefined,
  index: number,
  targetIndex = 0,
) {
  return `${source}|${kind}|${event ?? ''}|${index}|${targetIndex}`;
}

/**
 * A spec as a graph: one node per state (ids are dotted paths, children carry `parentId`,
 * parents come first as React Flow requires) and one edge per transition target.
 * Positions are `meta.position` or `{0, 0}` (see `layoutGraph`).
 *
 * @example specToGraph(spec).nodes.map((n) => n.id) // ['routing', 'settlement', 'settlement.reimbursement', ...]
 */
export function specToGraph(spec: WorkflowSpec): DesignerGraph {
  const ids = stateIdMap(spec);
  const nodes: StateNode[] = [];
  const edges: TransitionEdge[] = [];
  const parents = new Map<string, StateSpec | WorkflowSpec>();
  for (const entry of walkStates(spec)) {
    const parent = entry.parentPath === null ? spec : parents.get(entry.parentPath);
    parents.set(entry.path, entry.state);
    nodes.push(toNode(entry.path, entry.keys.at(-1) ?? '', entry.state, entry.parentPath, parent));
    for (const t of transitionEntries(entry.state)) {
      const targets = targetsOf(t.transition);
      const base = { kind: t.kind, event: t.event, index: t.index, transition: t.transition, form: t.form };
      if (targets.length === 0) {
        edges.push({
          id: edgeId(entry.path, t.kind, t.event, t.index),
          source: entry.path,
          target: entry.path,
          data: { ...base, targetIndex: 0, targetless: true, dangling: false },
        });
        continue;
      }
      targets.forEach((target, targetIndex) => {
        const resolved = resolveTarget(spec, entry.path, target, ids);
        edges.push({
          id: edgeId(entry.path, t.kind, t.event, t.index, targetIndex),
          source: entry.path,
          target: resolved ?? entry.path,
          data: { ...base, targetIndex, targetless: false, dangling: resolved === undefined },
        });
      });
    }
  }
  return { nodes, edges };
}

function toNode(
  path: string,
  key: string,
  state: StateSpec,
  parentPath: string | null,
  parent: StateSpec | WorkflowSpec | undefined,
): StateNode {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(state)) if (!TRANSITION_KEYS.has(k)) body[k] = v;
  const kind = stateKind(state);
  const parentKind = parent && parentPath !== null ? stateKind(parent as StateSpec) : parent?.type;
  const data: StateNodeData = {
    path,
    key,
    state: body as StateBody,
    keyOrder: Object.keys(state),
    shapes: shapesOf(state),
    initial: parentKind !== 'parallel' && parent?.initial === key,
    final: kind === 'final',
    parallel: kind === 'parallel',
    compound: kind === 'compound' || kind === 'parallel',
    task: Boolean(state.meta?.task),
    region: parentKind === 'parallel',
  };
  const position = state.meta?.position;
  return {
    id: path,
    type: Object.keys(childStates(state)).length > 0 ? 'group' : 'state',
    ...(parentPath !== null ? { parentId: parentPath } : {}),
    position: position ? { x: position.x, y: position.y } : { x: 0, y: 0 },
    data,
  };
}

function shapesOf(state: StateSpec): StateNodeData['shapes'] {
  const shapes: StateNodeData['shapes'] = {};
  const record = (value: Record<string, TransitionsSpec> | undefined) => {
    const out: Record<string, ListShape> = {};
    for (const [k, v] of Object.entries(value ?? {})) out[k] = listShape(v);
    return out;
  };
  if (state.on !== undefined) shapes.on = record(state.on);
  if (state.after !== undefined) shapes.after = record(state.after);
  if (state.always !== undefined) shapes.always = listShape(state.always);
  if (state.onDone !== undefined) shapes.onDone = listShape(state.onDone);
  return shapes;
}
