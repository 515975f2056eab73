import type { ListedTransition } from './transition-list';
import type { IndexedState, StateIndex } from './state-index';

/**
 * States that some sequence of transitions can make active, starting from the initial
 * configuration. Entering a state enters its initial child (compound) or every region
 * (parallel); targeting a descendant activates its ancestors and their other parallel regions.
 */
export function reachableStates(
  index: StateIndex,
  transitions: Map<IndexedState, ListedTransition[]>,
): Set<IndexedState> {
  const active = new Set<IndexedState>();
  const entered = new Set<IndexedState>();
  const queue: IndexedState[] = [];
  const activate = (node: IndexedState) => {
    if (active.has(node)) return;
    active.add(node);
    queue.push(node);
  };
  const enter = (node: IndexedState): void => {
    if (entered.has(node)) return;
    entered.add(node);
    activate(node);
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      activate(parent);
      if (parent.kind === 'parallel')
        Object.values(parent.children)
          .filter((r) => r !== child)
          .forEach(enter);
    }
    if (node.kind === 'compound' && typeof node.config.initial === 'string' && node.children[node.config.initial]) {
      enter(node.children[node.config.initial]);
    } else if (node.kind === 'compound') {
      // No valid initial (reported elsewhere): treat every child as enterable to avoid follow-on noise.
      Object.values(node.children).forEach(enter);
    } else if (node.kind === 'parallel') {
      Object.values(node.children).forEach(enter);
    } else if (node.kind === 'history' && node.parent) {
      // A history state resumes some earlier child; without a default target it acts like the parent's initial.
      const fallback =
        typeof node.config.target === 'string' ? index.resolveTarget(node, node.config.target).node : undefined;
      const initial =
        typeof node.parent.config.initial === 'string' ? node.parent.children[node.parent.config.initial] : undefined;
      const next = fallback ?? initial;
      if (next) enter(next);
    }
  };
  enter(index.root);
  while (queue.length > 0) {
    const node = queue.shift() as IndexedState;
    for (const t of transitions.get(node) ?? []) {
      for (const { target } of t.targets) {
        const resolved = index.resolveTarget(node, target).node;
        if (resolved) enter(resolved);
      }
    }
  }
  return active;
}
