import type { AnyMachineSnapshot } from 'xstate';
import { applyEvent } from '../approval/apply-event';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject } from '../definition/definition.types';
import { jsonClone } from '../support/json-value';
import { withCalendar, type StepOptions } from './calendar-scope';
import { inDocumentOrder } from './document-order';
import type { InstanceStatus, RecordedEvent, StateValue } from './runtime.types';
import { instanceStatus, persistSnapshot, restoreSnapshot } from './snapshot';
import { enter, START_EVENT } from './start';

/**
 * The live snapshot after one recorded entry, stepped from the live snapshot before it: no
 * restore and no serialisation per entry, which `replay` pays for its per-entry results.
 */
export function replayEntry(
  compiled: CompiledWorkflow,
  previous: AnyMachineSnapshot | undefined,
  entry: RecordedEvent,
): AnyMachineSnapshot {
  const now = new Date(entry.at);
  if (!previous) {
    if (entry.type !== START_EVENT) throw new Error(`history entry 1 must be ${START_EVENT}, found ${entry.type}`);
    return enter(compiled, entry.data, now, entry.actor).snapshot;
  }
  const next = applyEvent(compiled, previous, { type: entry.type, data: entry.data, actor: entry.actor }, now).snapshot;
  // A live step restores the stored snapshot in document order; do the same if XState's value drifted.
  const { machine } = compiled;
  return inDocumentOrder(machine, next.value) === next.value
    ? next
    : restoreSnapshot(machine, persistSnapshot(machine, next));
}

/** The instance as it was after the last of `events`. */
export interface ReplayedState {
  state: StateValue;
  context: JsonObject;
  status: InstanceStatus;
}

/**
 * The instance after the last recorded entry, stepped through live snapshots and read once at
 * the end (what `replay(...).at(-1)` gives, without a result per entry). Throws when the
 * history does not fit, like `replay`.
 */
export function replayFinal(
  compiled: CompiledWorkflow,
  events: readonly RecordedEvent[],
  options: StepOptions = {},
): ReplayedState {
  if (events.length === 0) throw new Error('a history has at least its entry 1');
  return withCalendar(options.calendar, () => {
    let current: AnyMachineSnapshot | undefined;
    for (const entry of events) current = replayEntry(compiled, current, entry);
    const last = current as AnyMachineSnapshot;
    return {
      state: last.value as StateValue,
      context: jsonClone(last.context) as JsonObject,
      status: instanceStatus(last.status),
    };
  });
}
