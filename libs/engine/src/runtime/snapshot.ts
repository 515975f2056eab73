import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { JsonObject } from '../definition/definition.types';
import { isPlainObject, jsonClone } from '../support/json-value';
import { inDocumentOrder } from './document-order';
import type { InstanceStatus, PersistedSnapshot, StateValue, StepResult, Effect } from './runtime.types';

/** History values are persisted as `{id}` references; turn them back into state nodes. */
function reviveHistory(machine: AnyStateMachine, history: unknown): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  if (!isPlainObject(history)) return out;
  for (const [key, refs] of Object.entries(history)) {
    if (!Array.isArray(refs)) continue;
    out[key] = refs.flatMap((ref) => {
      try {
        return [machine.getStateNodeById((ref as { id: string }).id)];
      } catch {
        return [];
      }
    });
  }
  return out;
}

/**
 * A machine snapshot from its persisted JSON (never mutates `persisted`). The state value is put
 * back into document order first: the store may have re-sorted its keys (`jsonb` does), and XState
 * resolves conflicts between parallel regions in key order. History values need no reordering:
 * XState looks them up by history-state id, and their arrays keep their order in every store.
 */
export function restoreSnapshot(machine: AnyStateMachine, persisted: PersistedSnapshot): AnyMachineSnapshot {
  const copy = jsonClone(persisted);
  return machine.resolveState({
    ...copy,
    value: inDocumentOrder(machine, copy.value),
    historyValue: reviveHistory(machine, copy.historyValue),
  } as never);
}

/**
 * The persisted JSON of a machine snapshot, detached and stable under replay; its state value is
 * put in document order too, so what is stored never depends on XState's internal node order.
 */
export function persistSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): PersistedSnapshot {
  const persisted = jsonClone(machine.getPersistedSnapshot(snapshot)) as PersistedSnapshot;
  return { ...persisted, value: inDocumentOrder(machine, persisted.value) };
}

/** Instance status of a snapshot status. */
export function instanceStatus(status: string): InstanceStatus {
  if (status === 'done') return 'done';
  if (status === 'active') return 'running';
  if (status === 'stopped') return 'cancelled';
  return 'failed';
}

/** Assembles a {@link StepResult} from the persisted snapshot. */
export function stepResult(snapshot: PersistedSnapshot, effects: Effect[], acceptedEvents: string[]): StepResult {
  return {
    snapshot,
    state: snapshot.value as StateValue,
    context: snapshot.context as JsonObject,
    status: instanceStatus(snapshot.status),
    effects,
    acceptedEvents,
  };
}
