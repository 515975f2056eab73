// Presentation: a laid-out graph plus language, problems and active states -> what React Flow draws.
import type { ActionRef, ApprovalMode, RegistryDescription, WorkflowSpec } from '@liucheng/engine';
import { describeGuard } from './describe-guard';
import { pick, word, type DiagramLanguage } from './diagram-labels';
import { specFieldLabeler } from './field-labels';
import { formatDelay } from './format-delay';
import type { DesignerGraph, EdgeRoute, StateNode, TransitionEdge } from './graph.types';
import { leafSize } from './node-size';
import { problemTarget } from './problem-target';

// Not `group`: React Flow styles its built-in `group` type with a frame of its own.
export type DiagramNodeKind = 'atomic' | 'task' | 'final' | 'compound';

export interface DiagramNodeData extends Record<string, unknown> {
  path: string;
  key: string;
  title: string;
  initial: boolean;
  parallel: boolean;
  region: boolean;
  roles: string[];
  assignee?: string;
  due?: string;
  /** Transitions that stay in the state (no target), as labels. */
  loops: string[];
  problems: string[];
  active: boolean;
  /** On the path the instance took (it was in this state before, or is now). */
  visited: boolean;
  /** The drawn size of a leaf (from node-size.ts; groups are sized by the layout). */
  size: { width: number; height: number };
  /** How an approval step decides (或签/会签/依次/票签); absent on other states. */
  approvalMode?: ApprovalMode;
  /** A colour and short badge laid over the node (the analytics heatmap); absent normally. */
  heat?: NodeHeat;
}

/** What a heatmap puts on one state: its fill colour and a short badge text (e.g. "2.5 小时"). */
export interface NodeHeat {
  colour: string;
  badge: string;
  /** The badge's tooltip. */
  detail?: string;
}

export interface DiagramEdgeData extends Record<string, unknown> {
  title: string;
  /** Place among the edges between the same two states, so their labels do not overlap. */
  lane: number;
  lanes: number;
  guard?: string;
  actions?: string;
  timer?: string;
  problems: string[];
  active: boolean;
  /** The instance went along this transition. */
  taken: boolean;
  /** ELK's route when it still fits the nodes; without it the edge is a curve between handles. */
  route?: EdgeRoute;
}

export interface DiagramNode {
  id: string;
  type: DiagramNodeKind;
  parentId?: string;
  position: { x: number; y: number };
  data: DiagramNodeData;
  style?: { width: number; height: number };
  zIndex?: number;
}

export interface DiagramEdge {
  id: string;
  type: 'transition';
  source: string;
  target: string;
  data: DiagramEdgeData;
}

export interface FlowOptions {
  lang: DiagramLanguage;
  registry: RegistryDescription;
  /** Problems with their message already in the UI language. */
  problems?: readonly { path: string; message: string }[];
  /** Dotted paths of active states (ancestors included). */
  active?: ReadonlySet<string>;
  /** The path an instance took: visited state paths and taken edge ids (see path-taken.ts). */
  path?: { visited: ReadonlySet<string>; taken: ReadonlySet<string> };
  /**
   * Who reads it: `design` (the designer: actions on edges, outgoing edges of active states lit)
   * or `run` (people working on an instance: no action jargon; the path taken is lit instead).
   */
  audience?: 'design' | 'run';
}

/**
 * The nodes and edges React Flow draws for a laid-out graph. Targetless transitions become
 * labels inside their node; dangling ones are left out (the problems list names them).
 */
export function toFlowElements(
  graph: DesignerGraph,
  spec: WorkflowSpec,
  options: FlowOptions,
): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const { lang, registry } = options;
  const fieldLabel = specFieldLabeler(spec);
  const nodeProblems = new Map<string, string[]>();
  const edgeProblems = new Map<string, string[]>();
  for (const problem of options.problems ?? []) {
    const target = problemTarget(problem.path, spec);
    const [map, id] = target.edgeId ? [edgeProblems, target.edgeId] : [nodeProblems, target.nodeId];
    if (id) map.set(id, [...(map.get(id) ?? []), problem.message]);
  }
  const loops = new Map<string, string[]>();
  const edges: DiagramEdge[] = [];
  for (const edge of graph.edges) {
    const data = edgeData(edge, spec, options, fieldLabel, edgeProblems.get(edge.id) ?? []);
    if (edge.data.targetless) {
      loops.set(edge.source, [...(loops.get(edge.source) ?? []), data.title]);
      nodeProblems.set(edge.source, [...(nodeProblems.get(edge.source) ?? []), ...data.problems]);
    } else if (edge.data.dangling) {
      nodeProblems.set(edge.source, [...(nodeProblems.get(edge.source) ?? []), ...data.problems]);
    } else {
      edges.push({ id: edge.id, type: 'transition', source: edge.source, target: edge.target, data });
    }
  }
  spreadLanes(edges);
  const nodes = graph.nodes.map((node) =>
    toDiagramNode(
      node,
      lang,
      registry,
      loops.get(node.id) ?? [],
      nodeProblems.get(node.id) ?? [],
      options,
      spec.meta?.delays,
    ),
  );
  return { nodes, edges };
}

function toDiagramNode(
  node: StateNode,
  lang: DiagramLanguage,
  registry: RegistryDescription,
  loops: string[],
  problems: string[],
  { active, path }: FlowOptions,
  workingDelays?: WorkflowSpec['meta']['delays'],
): DiagramNode {
  const { data } = node;
  const task = data.state.meta?.task;
  const approval = task?.approval;
  const type: DiagramNodeKind =
    node.type === 'group' ? 'compound' : data.final ? 'final' : data.task ? 'task' : 'atomic';
  const depth = node.id.split('.').length;
  return {
    id: node.id,
    type,
    ...(node.parentId ? { parentId: node.parentId } : {}),
    position: node.position,
    ...(type === 'compound' && node.width && node.height ? { style: { width: node.width, height: node.height } } : {}),
    // Deeper groups above their parents; edges of nested states stay visible above groups.
    ...(type === 'compound' ? { zIndex: depth - 10 } : {}),
    data: {
      path: data.path,
      key: data.key,
      // A task state without a title of its own is called by its task.
      title: pick(data.state.meta?.title ?? task?.title, lang, data.key),
      initial: data.initial,
      parallel: data.parallel,
      region: data.region,
      roles: task?.candidateRoles ?? [],
      ...(task?.assignee ? { assignee: task.assignee } : {}),
      ...(task?.due ? { due: formatDelay(task.due, lang, registry.delays, undefined, workingDelays) } : {}),
      loops,
      problems,
      active: active?.has(node.id) ?? false,
      visited: path?.visited.has(node.id) ?? false,
      size: leafSize(data),
      ...(approval ? { approvalMode: approval.mode ?? 'any' } : {}),
    },
  };
}

function edgeData(
  edge: TransitionEdge,
  spec: WorkflowSpec,
  { lang, registry, active, path, audience = 'design' }: FlowOptions,
  fieldLabel: ReturnType<typeof specFieldLabeler>,
  problems: string[],
): DiagramEdgeData {
  const { kind, event, transition } = edge.data;
  let title = '';
  let timer: string | undefined;
  if (kind === 'on') title = pick(spec.meta?.events?.[event ?? '']?.title, lang, event);
  else if (kind === 'after') timer = formatDelay(event ?? '', lang, registry.delays, fieldLabel, spec.meta?.delays);
  else if (kind === 'onDone') title = word('onDone', lang);
  else title = transition.guard ? '' : word(edge.data.index > 0 ? 'otherwise' : 'always', lang);
  // Actions are the designer's business; people on an instance see where it goes, not how.
  const actions = (audience === 'run' ? [] : actionList(transition.actions))
    .map((a) =>
      pick(
        registry.actions.find((r) => r.name === (typeof a === 'string' ? a : a.type))?.title,
        lang,
        typeof a === 'string' ? a : a.type,
      ),
    )
    .filter((name, i, all) => all.indexOf(name) === i);
  return {
    title,
    ...(transition.guard ? { guard: describeGuard(transition.guard, registry.guards, lang, fieldLabel) } : {}),
    ...(actions.length > 0 ? { actions: actions.join(lang === 'en' ? ', ' : '、') } : {}),
    ...(timer !== undefined ? { timer } : {}),
    problems,
    active: audience === 'run' ? false : (active?.has(edge.source) ?? false),
    taken: path?.taken.has(edge.id) ?? false,
    lane: 0,
    lanes: 1,
    ...(edge.data.route ? { route: edge.data.route } : {}),
  };
}

/** Numbers the edges that join the same pair of states (either direction). */
function spreadLanes(edges: DiagramEdge[]): void {
  const groups = new Map<string, DiagramEdge[]>();
  for (const edge of edges) {
    const pair = [edge.source, edge.target].sort().join('\u0000');
    groups.set(pair, [...(groups.get(pair) ?? []), edge]);
  }
  for (const group of groups.values()) {
    group.forEach((edge, lane) => {
      edge.data.lane = lane;
      edge.data.lanes = group.length;
    });
  }
}

function actionList(actions: ActionRef | ActionRef[] | undefined): ActionRef[] {
  if (actions === undefined) return [];
  return Array.isArray(actions) ? actions : [actions];
}

/** Every active state path, ancestors included, from the active leaf paths. */
export function activePaths(leaves: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const leaf of leaves) {
    const keys = leaf.split('.');
    keys.forEach((_, i) => out.add(keys.slice(0, i + 1).join('.')));
  }
  return out;
}
