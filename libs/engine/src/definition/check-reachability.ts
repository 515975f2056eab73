import type { ListedTransition } from './transition-list';
import type { IndexedState, StateIndex } from './state-index';

/** The child a compound state enters by default, if its `initial` names one. */
function initialChild(node: IndexedState): IndexedState | undefined {
  return typeof node.config.initial === 'string' ? node.children[node.config.initial] : undefined;
}

/**
 * States that some sequence of transitions can make active, starting from the initial
 * configuration, following the statechart's entry rules: entering a state enters its initial
 * child (compound) or every region (parallel); targeting a descendant (by key or `#id`)
 * activates its ancestors and their other parallel regions; a history state enters its default
 * target (or its parent's default children) when nothing is recorded, and otherwise restores what
 * was active: a shallow history re-enters a previously active child through that child's own
 * `initial`, a deep history restores previously active descendants as they were.
 */
export function reachableStates(
  index: StateIndex,
  transitions: Map<IndexedState, ListedTransition[]>,
): Set<IndexedState> {
  const active = new Set<IndexedState>();
  const entered = new Set<IndexedState>();
  const shallowHistories: IndexedState[] = [];
  const queue: IndexedState[] = [];
  const activate = (node: IndexedState) => {
    if (active.has(node)) return;
    active.add(node);
    queue.push(node);
  };
  const enterHistory = (node: IndexedState, parent: IndexedState) => {
    if (node.config.history !== 'deep') shallowHistories.push(node);
    const fallback =
      typeof node.config.target === 'string' ? index.resolveTarget(node, node.config.target).node : undefined;
    if (fallback) return enter(fallback);
    // Nothing recorded and no default target: XState enters the parent's default children.
    const defaults = parent.kind === 'parallel' ? Object.values(parent.children) : [initialChild(parent)];
    defaults.forEach((child) => child && child.kind !== 'history' && enter(child));
  };
  const enter = (node: IndexedState): void => {
    if (entered.has(node)) return;
    entered.add(node);
    activate(node);
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      activate(parent);
      if (parent.kind === 'parallel')
        Object.values(parent.children)
          .filter((r) => r !== child && r.kind !== 'history')
          .forEach(enter);
    }
    const initial = initialChild(node);
    if (node.kind === 'compound' && initial) enter(initial);
    else if (node.kind === 'compound') {
      // No valid initial (reported elsewhere): treat every child as enterable to avoid follow-on noise.
      Object.values(node.children).forEach(enter);
    } else if (node.kind === 'parallel') {
      Object.values(node.children)
        .filter((r) => r.kind !== 'history')
        .forEach(enter);
    } else if (node.kind === 'history' && node.parent) enterHistory(node, node.parent);
  };
  const drain = () => {
    while (queue.length > 0) {
      const node = queue.shift() as IndexedState;
      for (const t of transitions.get(node) ?? []) {
        for (const { target } of t.targets) {
          const resolved = index.resolveTarget(node, target).node;
          if (resolved) enter(resolved);
        }
      }
    }
  };
  enter(index.root);
  drain();
  // A shallow history restores any child of its parent that was ever active, through the
  // child's default entry; that can reach more states, so repeat until nothing changes.
  for (let grew = true; grew;) {
    grew = false;
    for (const history of shallowHistories) {
      for (const child of Object.values(history.parent?.children ?? {})) {
        if (active.has(child) && !entered.has(child) && child.kind !== 'history') {
          enter(child);
          grew = true;
        }
      }
    }
    drain();
  }
  return active;
}
