import type { StateSpec } from './definition.types';
import { isPlainObject } from '../support/json-value';

/** One state node of a spec with where it sits. */
export interface WalkedState {
  /** Keys from the root, e.g. `['review', 'finance']`. */
  keys: string[];
  /** Dotted spec path, e.g. `states.review.states.finance`. */
  specPath: string;
  node: StateSpec;
  parent?: WalkedState;
}

/**
 * Every state below `root` in document order (depth first, parents before children).
 * Non-object children are skipped; the structure check reports them.
 *
 * @example walkStates(spec).map((s) => s.keys.join('.')) // ['submitted', 'approved']
 */
export function walkStates(root: { states?: unknown }): WalkedState[] {
  const out: WalkedState[] = [];
  const visit = (states: unknown, keys: string[], specPath: string, parent?: WalkedState) => {
    if (!isPlainObject(states)) return;
    for (const [key, node] of Object.entries(states)) {
      if (!isPlainObject(node)) continue;
      const walked: WalkedState = {
        keys: [...keys, key],
        specPath: `${specPath}states.${key}`,
        node: node as StateSpec,
        parent,
      };
      out.push(walked);
      visit(node.states, walked.keys, `${walked.specPath}.`, walked);
    }
  };
  visit(root.states, [], '');
  return out;
}
