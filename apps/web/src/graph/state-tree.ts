// Walking and addressing the state tree of a spec by dotted state paths (`review.finance.pending`).
import type { StateSpec, WorkflowSpec } from '@liucheng/engine';

/** One state with its place in the tree. */
export interface StateEntry {
  path: string;
  keys: string[];
  state: StateSpec;
  parentPath: string | null;
}

/** Joins state keys into a dotted state path. */
export function joinStatePath(keys: readonly string[]): string {
  return keys.join('.');
}

/** Splits a dotted state path; the root is `''` and has no keys. */
export function splitStatePath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

/** The child states of a state, or an empty record. */
export function childStates(state: StateSpec | WorkflowSpec): Record<string, StateSpec> {
  const states = state.states;
  return states && typeof states === 'object' && !Array.isArray(states) ? states : {};
}

/** Every state in pre-order (parents before children, siblings in key order). */
export function walkStates(spec: WorkflowSpec): StateEntry[] {
  const out: StateEntry[] = [];
  const visit = (states: Record<string, StateSpec>, keys: string[], parentPath: string | null) => {
    for (const [key, state] of Object.entries(states)) {
      if (!state || typeof state !== 'object') continue;
      const childKeys = [...keys, key];
      const path = joinStatePath(childKeys);
      out.push({ path, keys: childKeys, state, parentPath });
      visit(childStates(state), childKeys, path);
    }
  };
  visit(childStates(spec), [], null);
  return out;
}

/** The state at a dotted path, or `undefined`; `''` is the root. */
export function stateAt(spec: WorkflowSpec, path: string): StateSpec | WorkflowSpec | undefined {
  let node: StateSpec | WorkflowSpec | undefined = spec;
  for (const key of splitStatePath(path)) {
    node = node ? childStates(node)[key] : undefined;
    if (!node) return undefined;
  }
  return node;
}

/** The parent path of a state path (`''` for a top-level state). */
export function parentPathOf(path: string): string {
  const keys = splitStatePath(path);
  return joinStatePath(keys.slice(0, -1));
}

/** XState's kind of a state: explicit `type`, else compound with children, else atomic. */
export function stateKind(state: StateSpec): NonNullable<StateSpec['type']> {
  if (state.type) return state.type;
  if (Object.keys(childStates(state)).length > 0) return 'compound';
  return state.history ? 'history' : 'atomic';
}
