// Every event type a spec mentions: declared in meta.events or handled in some state's `on`.
import type { WorkflowSpec } from '@liucheng/engine';
import { walkStates } from '../../graph/state-tree';

/** Sorted event types, declared ones first. */
export function knownEvents(spec: WorkflowSpec): string[] {
  const declared = Object.keys(spec.meta?.events ?? {});
  const handled = walkStates(spec).flatMap((s) => Object.keys(s.state.on ?? {}));
  return [...new Set([...declared, ...handled.sort()])];
}
