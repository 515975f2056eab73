import type { FlowNode, FlowTree } from './flow-tree.types';

/** Where every state of a tree sits: key → path of state keys from the root. */
export type TreePaths = Map<string, string[]>;

function addLine(nodes: FlowNode[], parent: string[], paths: TreePaths): void {
  for (const node of nodes) {
    paths.set(node.key, [...parent, node.key]);
    if (node.kind === 'handler' && node.askInfo) paths.set(node.askInfo.key, [...parent, node.askInfo.key]);
    if (node.kind === 'condition') {
      for (const b of node.branches) addLine(b.nodes, parent, paths);
      addLine(node.otherwise.nodes, parent, paths);
    }
    if (node.kind === 'watch') {
      const line = [...parent, node.key, node.line.key];
      paths.set(node.line.key, line);
      addLine(node.line.nodes, line, paths);
      const w = node.watch;
      const region = [...parent, node.key, w.key];
      paths.set(w.key, region);
      for (const k of [w.wait.key, w.followUp.key, w.doneKey]) paths.set(k, [...region, k]);
    }
    if (node.kind === 'parallel')
      for (const b of node.branches) {
        const region = [...parent, node.key, b.key];
        paths.set(b.key, region);
        addLine(b.nodes, region, paths);
        paths.set(b.doneKey, [...region, b.doneKey]);
      }
  }
}

/** The path of every node, region and end of the tree. */
export function treePaths(tree: FlowTree): TreePaths {
  const paths: TreePaths = new Map();
  addLine(tree.nodes, [], paths);
  for (const end of [tree.end, ...tree.ends]) paths.set(end.key, [end.key]);
  return paths;
}

/**
 * The transition target from a state under `parent` to the state `key`: the bare key for a
 * sibling, else `#<id>.<path>`.
 */
export function targetFor(tree: FlowTree, paths: TreePaths, parent: string[], key: string): string {
  const path = paths.get(key) ?? [key];
  const sameParent = path.length === parent.length + 1 && parent.every((p, i) => path[i] === p);
  return sameParent ? key : `#${tree.id}.${path.join('.')}`;
}
