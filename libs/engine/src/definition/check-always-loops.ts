import type { IndexedState, StateIndex } from './state-index';
import type { ListedTransition } from './transition-list';
import type { Problems } from './problems';

/** The atomic states entered when `node` is entered (initial children, every parallel region). */
function entryLeaves(node: IndexedState): IndexedState[] {
  const children = Object.values(node.children);
  if (children.length === 0) return [node];
  if (node.kind === 'parallel') return children.flatMap(entryLeaves);
  const initial = typeof node.config.initial === 'string' ? node.children[node.config.initial] : undefined;
  return initial ? entryLeaves(initial) : [];
}

/** Unguarded `always` transitions of a state and its ancestors (they fire whenever it is active). */
function unguardedAlways(state: IndexedState, transitions: Map<IndexedState, ListedTransition[]>) {
  const out: Array<{ owner: IndexedState; t: ListedTransition }> = [];
  for (let n: IndexedState | undefined = state; n; n = n.parent) {
    for (const t of transitions.get(n) ?? []) if (t.source === 'always' && !t.guard) out.push({ owner: n, t });
  }
  return out;
}

/**
 * XState runs eventless transitions until none is enabled, so an unguarded `always` with no
 * target, or a cycle of unguarded `always` transitions, never ends. Report both.
 */
export function checkAlwaysLoops(
  index: StateIndex,
  transitions: Map<IndexedState, ListedTransition[]>,
  problems: Problems,
): void {
  const reported = new Set<string>();
  const report = (path: string, code: 'endless-always' | 'always-loop', message: string) => {
    if (!reported.has(path)) problems.add(path, code, message);
    reported.add(path);
  };
  for (const list of transitions.values()) {
    for (const t of list) {
      if (t.source === 'always' && !t.guard && t.targets.length === 0) {
        report(
          t.path,
          'endless-always',
          'an unguarded always transition without a target repeats forever; add a guard or a target',
        );
      }
    }
  }
  // Depth-first search over "leaf -> leaves entered by its first unguarded always transition".
  const next = (leaf: IndexedState): { path: string; leaves: IndexedState[] } | undefined => {
    const first = unguardedAlways(leaf, transitions).find(({ t }) => t.targets.length > 0);
    if (!first) return undefined;
    const leaves = first.t.targets.flatMap(({ target }) => {
      const node = index.resolveTarget(first.owner, target).node;
      return node ? entryLeaves(node) : [];
    });
    return { path: first.t.path, leaves };
  };
  const state = new Map<IndexedState, 'visiting' | 'done'>();
  const visit = (leaf: IndexedState, trail: string[]): void => {
    if (state.get(leaf) === 'done') return;
    if (state.get(leaf) === 'visiting')
      return report(trail[trail.length - 1], 'always-loop', 'unguarded always transitions form a loop that never ends');
    state.set(leaf, 'visiting');
    const step = next(leaf);
    if (step) step.leaves.forEach((l) => visit(l, [...trail, step.path]));
    state.set(leaf, 'done');
  };
  index.all.filter((s) => Object.keys(s.children).length === 0).forEach((leaf) => visit(leaf, []));
}
