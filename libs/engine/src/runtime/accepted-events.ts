import type { AnyMachineSnapshot } from 'xstate';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { PersistedSnapshot } from './runtime.types';
import { restoreSnapshot } from './snapshot';

/** True when an `on` descriptor (exact, `*`, or `prefix.*`) matches the event type. */
export function descriptorMatches(descriptor: string, type: string): boolean {
  if (descriptor === type || descriptor === '*') return true;
  return descriptor.endsWith('.*') && type.startsWith(descriptor.slice(0, -1));
}

/** True when some active state node has a transition for `type` (guards not evaluated). */
export function isHandled(snapshot: AnyMachineSnapshot, type: string): boolean {
  if (snapshot.status !== 'active') return false;
  return snapshot._nodes.some((node) => [...node.transitions.keys()].some((d) => descriptorMatches(d, type)));
}

/** Sorted event types the active nodes handle, without internal (`xstate.*`, `liucheng.*`) or wildcard descriptors. */
export function acceptedEventsOf(snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const types = new Set<string>();
  for (const node of snapshot._nodes) {
    for (const descriptor of node.transitions.keys()) {
      if (!descriptor.startsWith('xstate.') && !descriptor.startsWith('liucheng.') && !descriptor.includes('*'))
        types.add(descriptor);
    }
  }
  return [...types].sort();
}

/**
 * Event types the snapshot's state handles (guards not evaluated), without internal/timer events.
 *
 * @example acceptedEvents(compiled, result.snapshot) // ['APPROVE', 'REJECT']
 */
export function acceptedEvents(compiled: CompiledWorkflow, snapshot: PersistedSnapshot): string[] {
  return acceptedEventsOf(restoreSnapshot(compiled.machine, snapshot));
}
