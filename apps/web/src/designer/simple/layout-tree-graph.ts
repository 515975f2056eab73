// Top-down automatic layout of the simple flow with ELK (layered, model order kept so branches read left to right).
import type { ELK as ElkApi } from 'elkjs/lib/elk-api';
import { answerLineCount } from './answer-text';
import type { TreeGraph, TreeGraphNode } from './model/tree-graph';

/** The height of one line a card adds under its summary. */
export const ANSWER_LINE_HEIGHT = 18;

let elkInstance: Promise<ElkApi> | undefined;
function loadElk(): Promise<ElkApi> {
  elkInstance ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elkInstance;
}

/** Card sizes in pixels (the React components draw to these). */
export function cardSize(node: TreeGraphNode): { width: number; height: number } {
  if (node.type === 'join') return { width: 12, height: 12 };
  if (node.type === 'branch') return { width: 200, height: 64 };
  if (node.type === 'end') return { width: 120, height: 40 };
  // A handler's answer branches and 补充信息 add a line each.
  return { width: 240, height: 84 + ANSWER_LINE_HEIGHT * (node.type === 'step' ? answerLineCount(node.node) : 0) };
}

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '48',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.edgeRouting': 'ORTHOGONAL',
};

/** Positions (top-left) by node id. */
export async function layoutTreeGraph(graph: TreeGraph): Promise<Map<string, { x: number; y: number }>> {
  const elk = await loadElk();
  const laid = await elk.layout({
    id: 'root',
    layoutOptions: OPTIONS,
    children: graph.nodes.map((n) => ({ id: n.id, ...cardSize(n) })),
    edges: graph.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map((laid.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
