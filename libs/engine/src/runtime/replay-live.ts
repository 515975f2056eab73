import type { AnyMachineSnapshot } from 'xstate';
import { applyEvent } from '../approval/apply-event';
import { migrationTarget, type VersionLookup } from './history-versions';
import { applyMigrate, MIGRATE_EVENT } from './migrate';
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
 * restore and no serialisation per entry, which `replay` pays for its per-entry results. `to`:
 * the version a `@migrate` entry switches to (the snapshot returned is of its machine).
 */
export function replayEntry(
  compiled: CompiledWorkflow,
  previous: AnyMachineSnapshot | undefined,
  entry: RecordedEvent,
  to?: CompiledWorkflow,
): AnyMachineSnapshot {
  const now = new Date(entry.at);
  if (!previous) {
    if (entry.type !== START_EVENT) throw new Error(`history entry 1 must be ${START_EVENT}, found ${entry.type}`);
    return enter(compiled, entry.data, now, entry.actor).snapshot;
  }
  const event = { type: entry.type, data: entry.data, actor: entry.actor, at: now.toISOString() };
  const next = to
    ? applyMigrate(compiled, to, previous, event, now).snapshot
    : applyEvent(compiled, previous, event, now).snapshot;
  // A live step restores the stored snapshot in document order; do the same if XState's value drifted.
  const { machine } = to ?? compiled;
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
  options: StepOptions & { versions?: VersionLookup } = {},
): ReplayedState {
  if (events.length === 0) throw new Error('a history has at least its entry 1');
  return withCalendar(options.calendar, () => {
    let current: AnyMachineSnapshot | undefined;
    let on = compiled;
    events.forEach((entry, i) => {
      // At a `@migrate` the instance goes on with the version it names.
      const to =
        current && entry.type === MIGRATE_EVENT ? migrationTarget(options.versions, entry.data, i + 1) : undefined;
      current = replayEntry(on, current, entry, to);
      if (to) on = to;
    });
    const last = current as AnyMachineSnapshot;
    return {
      state: last.value as StateValue,
      context: jsonClone(last.context) as JsonObject,
      status: instanceStatus(last.status),
    };
  });
}
