import type { JsonObject, StateSpec } from '../definition/definition.types';
import { walkStates } from '../definition/state-walk';

/** Machine-only event that moves an instance to `path` (an admin's `@move`). */
export const moveMachineEvent = (path: string) => `liucheng.move.${path}`;

/**
 * Adds `liucheng.move.<path>` for every state (history pseudo-states excepted) to the root and to
 * each ancestor of that state (into a detached config copy). XState takes the deepest active
 * node's transition, so a move inside a running parallel region exits only that region's states
 * and keeps the others; from outside it the move enters the target through its ancestors.
 * Returns every state path a move may go to.
 */
export function addMoveTransitions(copy: JsonObject, machineId: string): string[] {
  const targets: string[] = [];
  for (const state of walkStates(copy)) {
    if (state.node.type === 'history') continue;
    const path = state.keys.join('.');
    targets.push(path);
    const transition = { target: `#${machineId}.${path}` };
    const owners: { on?: StateSpec['on'] }[] = [copy as { on?: StateSpec['on'] }];
    for (let parent = state.parent; parent; parent = parent.parent) owners.push(parent.node);
    for (const owner of owners) (owner.on ??= {})[moveMachineEvent(path)] = transition;
  }
  return targets;
}
