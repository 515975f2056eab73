// The simple flow as a graph for React Flow: cards for the start, nodes, branch headers and the end,
// small joins where branches meet, and an edge wherever a "+" may insert (it knows its line and index).
import type { FlowNode, FlowTree } from '@liucheng/engine';
import type { LineRef } from './tree-edits';

export type TreeGraphNode =
  | { id: string; type: 'start' }
  | { id: string; type: 'end' }
  | { id: string; type: 'step'; node: FlowNode }
  | { id: string; type: 'branch'; owner: string; branch: number }
  | { id: string; type: 'join' };

export interface TreeGraphEdge {
  id: string;
  source: string;
  target: string;
  /** Where its "+" inserts; absent on the fan-out from a condition or parallel node to its branch headers. */
  insert?: { line: LineRef; index: number };
}

export interface TreeGraph {
  nodes: TreeGraphNode[];
  edges: TreeGraphEdge[];
}

export const START_ID = 'simple:start';
export const END_ID = 'simple:end';
export const branchId = (owner: string, branch: number) => `simple:${owner}:branch:${branch}`;
export const joinId = (owner: string) => `simple:${owner}:join`;

/**
 * The graph of a tree, top-down: start → nodes → end; a condition or parallel node fans out to
 * one header per branch and meets again at its join.
 */
export function treeGraph(tree: FlowTree): TreeGraph {
  const nodes: TreeGraphNode[] = [{ id: START_ID, type: 'start' }];
  const edges: TreeGraphEdge[] = [];
  const edge = (source: string, target: string, line: LineRef, index: number) =>
    edges.push({ id: `${source}->${target}`, source, target, insert: { line, index } });

  /** Lays out a line after `from`; returns the id the line ends at. */
  const addLine = (line: FlowNode[], ref: LineRef, from: string): string => {
    let previous = from;
    line.forEach((node, index) => {
      nodes.push({ id: node.key, type: 'step', node });
      edge(previous, node.key, ref, index);
      previous = node.key;
      if (node.kind === 'condition' || node.kind === 'parallel') {
        const join = joinId(node.key);
        const count = node.kind === 'condition' ? node.branches.length + 1 : node.branches.length;
        for (let i = 0; i < count; i++) {
          const branch = node.kind === 'condition' && i === node.branches.length ? -1 : i;
          const header = branchId(node.key, branch);
          nodes.push({ id: header, type: 'branch', owner: node.key, branch });
          edges.push({ id: `${node.key}->${header}`, source: node.key, target: header });
          const inner =
            node.kind === 'condition'
              ? branch < 0
                ? node.otherwise.nodes
                : node.branches[branch].nodes
              : node.branches[branch].nodes;
          const last = addLine(inner, { node: node.key, branch }, header);
          edge(last, join, { node: node.key, branch }, inner.length);
        }
        nodes.push({ id: join, type: 'join' });
        previous = join;
      }
      if (node.kind === 'watch') {
        // 限期督办: its line under one header; the deadline is told on the card.
        const join = joinId(node.key);
        const header = branchId(node.key, 0);
        nodes.push({ id: header, type: 'branch', owner: node.key, branch: 0 });
        edges.push({ id: `${node.key}->${header}`, source: node.key, target: header });
        const inner = node.line.nodes;
        const last = addLine(inner, { node: node.key, branch: 0 }, header);
        edge(last, join, { node: node.key, branch: 0 }, inner.length);
        nodes.push({ id: join, type: 'join' });
        previous = join;
      }
    });
    return previous;
  };

  const last = addLine(tree.nodes, {}, START_ID);
  nodes.push({ id: END_ID, type: 'end' });
  edge(last, END_ID, {}, tree.nodes.length);
  return { nodes, edges };
}
