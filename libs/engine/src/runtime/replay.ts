import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import type { JsonObject } from '../definition/definition.types';
import type { StepOptions } from './calendar-scope';
import { contextDiff, type ContextChange } from './context-diff';
import type { InstanceStatus, RecordedEvent, StateValue, StepResult } from './runtime.types';
import { migrationTarget, type VersionLookup } from './history-versions';
import { migrate, MIGRATE_EVENT } from './migrate';
import { start, START_EVENT } from './start';
import { step } from './step';

/** Replay's options: the calendar, and the versions a `@migrate` entry may switch to. */
export interface ReplayOptions extends StepOptions {
  versions?: VersionLookup;
}

/**
 * Re-runs recorded history through `start`/`step` (entry 1 = `@start` with the input as
 * data); one result per entry. `compiled` is the version the instance started on; at a
 * `@migrate` entry replay goes on with `options.versions(toVersion)`. Throws what `start`/`step`
 * throw if the history does not fit.
 *
 * @example replay(compiled, history).at(-1)?.snapshot // equals the stored snapshot
 */
export function replay(compiled: CompiledWorkflow, events: RecordedEvent[], options: ReplayOptions = {}): StepResult[] {
  const results: StepResult[] = [];
  let current = compiled;
  events.forEach((entry, i) => {
    const now = new Date(entry.at);
    const event = { type: entry.type, data: entry.data, actor: entry.actor };
    if (i === 0) {
      if (entry.type !== START_EVENT) throw new Error(`History entry 1 must be ${START_EVENT}, found ${entry.type}`);
      results.push(start(current, entry.data, now, entry.actor, options));
    } else if (entry.type === MIGRATE_EVENT) {
      const target = migrationTarget(options.versions, entry.data, i + 1);
      results.push(migrate(current, target, results[i - 1].snapshot, event, now, options));
      current = target;
    } else {
      results.push(step(current, results[i - 1].snapshot, event, now, options));
    }
  });
  return results;
}

/** A move between states at one history entry: the leaf states left and the leaf states entered. */
export interface ReplayTransition {
  seq: number;
  event: string;
  from: string[];
  to: string[];
}

/** What a history player shows at one entry, all recomputed from history. */
export interface ReplayStep {
  seq: number;
  type: string;
  actor: string;
  at: string;
  data: JsonObject;
  state: StateValue;
  status: InstanceStatus;
  /** Active state paths (dotted, ancestors included), e.g. `['review', 'review.legal']`. */
  activeStates: string[];
  /** Every move from entry 1 up to this one, in order (the path taken so far). */
  transitions: ReplayTransition[];
  context: JsonObject;
  /** What changed in the context since the entry before (entry 1: against an empty context). */
  changes: ContextChange[];
  /** The definition version the instance ran on after this entry (given `range.startVersion`). */
  version?: number;
}

/** Leaf state paths of a state value, in document order of the value. */
export function stateLeaves(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([key, child]) => stateLeaves(child).map((path) => `${key}.${path}`));
}

function withAncestors(leaves: readonly string[]): string[] {
  const out: string[] = [];
  for (const leaf of leaves) {
    const keys = leaf.split('.');
    keys.forEach((_, i) => {
      const path = keys.slice(0, i + 1).join('.');
      if (!out.includes(path)) out.push(path);
    });
  }
  return out;
}

/**
 * The player's view of entries `from`..`from + limit - 1` (1-based), replaying the whole history
 * up to the last of them through the engine. A step whose state did not change (an approval vote,
 * a note) adds no transition. Throws what `replay` throws when the history does not fit.
 *
 * @example replaySteps(compiled, history, { from: 2, limit: 1 })[0].changes // [{path:'amount',kind:'added',after:300}]
 */
export function replaySteps(
  compiled: CompiledWorkflow,
  events: RecordedEvent[],
  range: { from?: number; limit?: number; versions?: VersionLookup; startVersion?: number } = {},
): ReplayStep[] {
  const from = Math.max(1, range.from ?? 1);
  const last = Math.min(events.length, range.limit === undefined ? events.length : from + range.limit - 1);
  if (last < from) return [];
  const results = replay(compiled, events.slice(0, last), { versions: range.versions });
  const steps: ReplayStep[] = [];
  const transitions: ReplayTransition[] = [];
  let leavesBefore: string[] = [];
  let contextBefore: JsonObject = {};
  let version = range.startVersion;
  results.forEach((result, i) => {
    const entry = events[i];
    if (entry.type === MIGRATE_EVENT && version !== undefined) version = Number(entry.data.toVersion);
    const leaves = stateLeaves(result.state);
    const left = leavesBefore.filter((leaf) => !leaves.includes(leaf));
    const entered = leaves.filter((leaf) => !leavesBefore.includes(leaf));
    if (left.length > 0 || entered.length > 0)
      transitions.push({ seq: i + 1, event: entry.type, from: left, to: entered });
    if (i + 1 >= from)
      steps.push({
        seq: i + 1,
        type: entry.type,
        actor: entry.actor,
        at: entry.at,
        data: entry.data,
        state: result.state,
        status: result.status,
        activeStates: withAncestors(leaves),
        transitions: [...transitions],
        context: result.context,
        changes: contextDiff(contextBefore, result.context),
        ...(version !== undefined ? { version } : {}),
      });
    leavesBefore = leaves;
    contextBefore = result.context;
  });
  return steps;
}
