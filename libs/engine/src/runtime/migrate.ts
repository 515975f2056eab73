import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { bookTransition, type Applied } from '../approval/approval-book';
import { activePaths, readApprovals, withApprovals } from '../approval/approvals-context';
import { approvalTaskAt } from '../approval/approval-effects';
import { cancelRoundTimers } from '../approval/task-timers';
import type { CompiledWorkflow } from '../compile/compiled-workflow.types';
import { moveMachineEvent } from '../compile/move-transitions';
import type { JsonObject, JsonSchema } from '../definition/definition.types';
import type { ValidationProblem } from '../definition/validation.types';
import { validateData } from '../schema/validate-data';
import { jsonClone } from '../support/json-value';
import { rejectingCalendarErrors } from './calendar-rejection';
import { withCalendar, type StepOptions } from './calendar-scope';
import { acceptedEventsOf } from './accepted-events';
import { EventRejectedError } from './engine.errors';
import { machineTransition } from './machine-transition';
import type { Effect, EngineEvent, PersistedSnapshot, StateValue, StepResult } from './runtime.types';
import { persistSnapshot, restoreSnapshot, stepResult } from './snapshot';

/** An operation in the record: a running instance moves from version N of its definition to N+1. */
export const MIGRATE_EVENT = '@migrate';

const text: JsonSchema = { type: 'string', minLength: 1, maxLength: 500 };
export const MIGRATE_EVENT_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    fromVersion: { type: 'integer', minimum: 1 },
    toVersion: { type: 'integer', minimum: 2 },
    mapping: { type: 'object', additionalProperties: text },
    reason: text,
  },
  required: ['fromVersion', 'toVersion', 'mapping', 'reason'],
  additionalProperties: false,
};

/** Data of a `@migrate` entry: `mapping` from state paths of `fromVersion` to those of `toVersion`. */
export interface MigrateData extends JsonObject {
  fromVersion: number;
  toVersion: number;
  mapping: Record<string, string>;
  reason: string;
}

/** Where each active leaf state goes, and the state value of the new version it makes. */
export interface MigrationPlan {
  moves: { from: string; to: string }[];
  value?: StateValue;
  problems: ValidationProblem[];
}

type Node = AnyStateMachine['root'];

function problem(path: string, code: string, message: string, params: Record<string, unknown> = {}): ValidationProblem {
  return { path, code, params, severity: 'error', message };
}

const pointer = (key: string) => `/mapping/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function leaves(value: StateValue): string[] {
  if (typeof value === 'string') return [value];
  return Object.entries(value).flatMap(([key, child]) => leaves(child).map((path) => `${key}.${path}`));
}

function nodeAt(machine: AnyStateMachine, path: string): Node | undefined {
  let node: Node | undefined = machine.root;
  for (const key of path.split('.')) node = node?.states[key];
  return node;
}

type Tree = Map<string, Tree>;

/** XState's way of writing a value: a compound state's single active child by its name. */
function toValue(tree: Tree): StateValue {
  const keys = [...tree.keys()];
  if (keys.length === 1 && tree.get(keys[0])!.size === 0) return keys[0];
  return Object.fromEntries(keys.map((key) => [key, tree.get(key)!.size === 0 ? {} : toValue(tree.get(key)!)]));
}

/**
 * The state value of `to` holding every target path, or why there is none: two targets under one
 * compound (non-parallel) state, or one target inside another. XState enters the initial children
 * of a compound target and every region of a parallel one when the snapshot is resolved.
 */
function valueOf(machine: AnyStateMachine, targets: string[]): { value: StateValue } | { conflict: string } {
  for (const a of targets)
    for (const b of targets)
      if (b.startsWith(`${a}.`)) return { conflict: `${b} lies inside ${a}; map to one of them` };
  const root: Tree = new Map();
  for (const target of targets) {
    let holder = root;
    let node: Node = machine.root;
    for (const key of target.split('.')) {
      const other = [...holder.keys()].find((k) => k !== key);
      if (node.type !== 'parallel' && other !== undefined)
        return { conflict: `${target} and a state under ${other} cannot both be active` };
      if (!holder.has(key)) holder.set(key, new Map());
      holder = holder.get(key)!;
      node = node.states[key];
    }
  }
  return { value: toValue(root) };
}

/**
 * Pure: where each active leaf state of an instance of `from` goes in `to` — `mapping[path]`, or
 * the same path when `to` has it — with every reason it cannot: a mapping key that is no state of
 * `from`, an active state left unmapped, a target that is no state of `to`, a final target (move
 * the instance after migrating), two targets that cannot be active together. Dry run and real run
 * use the same plan.
 */
export function planMigration(
  from: CompiledWorkflow,
  to: CompiledWorkflow,
  value: StateValue,
  mapping: Readonly<Record<string, string>>,
): MigrationPlan {
  const problems: ValidationProblem[] = [];
  const known = new Set(from.moveTargets ?? []);
  const targets = new Set(to.moveTargets ?? []);
  for (const key of Object.keys(mapping).sort())
    if (!known.has(key))
      problems.push(
        problem(pointer(key), 'unknown-state', `no state ${key} in the version migrated from`, { state: key }),
      );
  const moves: MigrationPlan['moves'] = [];
  for (const leaf of leaves(value)) {
    const target = mapping[leaf] ?? (targets.has(leaf) ? leaf : undefined);
    if (target === undefined) {
      problems.push(
        problem(pointer(leaf), 'unmapped-state', `active state ${leaf} has no state to go to in the new version`, {
          state: leaf,
        }),
      );
      continue;
    }
    if (!targets.has(target)) {
      problems.push(
        problem(pointer(leaf), 'unknown-state', `no state ${target} in the new version`, { state: target }),
      );
      continue;
    }
    if (nodeAt(to.machine, target)?.type === 'final') {
      problems.push(
        problem(pointer(leaf), 'final-state', `${target} is a final state; migrate, then move the instance there`, {
          state: target,
        }),
      );
      continue;
    }
    moves.push({ from: leaf, to: target });
  }
  if (problems.length > 0) return { moves, problems };
  const built = valueOf(to.machine, [...new Set(moves.map((m) => m.to))]);
  if ('conflict' in built) return { moves, problems: [problem('/mapping', 'conflicting-states', built.conflict)] };
  return { moves, value: built.value, problems };
}

/** Ancestors-and-self of each path. */
function withAncestors(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    const keys = path.split('.');
    keys.forEach((_, i) => out.add(keys.slice(0, i + 1).join('.')));
  }
  return out;
}

/**
 * `@migrate {fromVersion, toVersion, mapping, reason}` applied to a live snapshot of `from`: the
 * instance continues on `to` in the mapped states with its context. States kept (the same path
 * in both versions) keep their open tasks and timers; states left close their tasks as `moved`,
 * cancel their timers and approval rounds; each mapped state not active before runs its entry as
 * on a move (tasks open, timers schedule, an approval round opens). Entry actions of new
 * ancestors above a mapped state do not run. Pure; throws EventRejectedError `invalid-data` with
 * one problem per reason, paths under `/mapping`.
 */
export function applyMigrate(
  from: CompiledWorkflow,
  to: CompiledWorkflow,
  current: AnyMachineSnapshot,
  event: Required<EngineEvent>,
  now: Date,
): Applied {
  const errors = validateData(MIGRATE_EVENT_SCHEMA, event.data);
  if (errors.length > 0) throw new EventRejectedError('invalid-data', MIGRATE_EVENT, [], errors);
  if (current.status !== 'active') throw new EventRejectedError('not-accepted', MIGRATE_EVENT, []);
  const data = event.data as MigrateData;
  const plan = planMigration(from, to, current.value as StateValue, data.mapping);
  if (!plan.value) throw new EventRejectedError('invalid-data', MIGRATE_EVENT, [], plan.problems);
  const before = activePaths(current);
  const after = withAncestors(plan.moves.map((m) => m.to));
  const left = [...before].filter((path) => !after.has(path)).sort();
  const effects: Effect[] = [];
  for (const path of left) {
    if (!from.tasks?.[path]) continue;
    effects.push({ kind: 'closeTask', statePath: path, status: 'moved' });
    const approval = approvalTaskAt(from, path);
    if (approval) effects.push(...cancelRoundTimers(approval.approval, path));
  }
  const leftSet = new Set(left);
  for (const [eventType, path] of Object.entries(from.timerStates ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
    if (leftSet.has(path)) effects.push({ kind: 'cancelTimer', timerId: eventType });
  const context = jsonClone(current.context) as JsonObject;
  let snapshot = to.machine.resolveState({ value: plan.value, context, status: 'active' } as never);
  if (from.features?.approvals || to.features?.approvals) {
    const approvals = readApprovals(context);
    for (const [path, record] of Object.entries(approvals.states))
      if (leftSet.has(path) && (record.status === 'open' || record.status === 'resolving')) record.status = 'cancelled';
    snapshot = withApprovals(to.machine, snapshot, approvals);
  }
  // Each mapped state new to the instance is entered through its compiled move transition; what
  // that transition closes (its own subtree) was never open in this instance.
  for (const target of [...new Set(plan.moves.map((m) => m.to))].filter((p) => !before.has(p)).sort()) {
    const moveEvent = { ...event, type: moveMachineEvent(target) };
    const [next, actions] = machineTransition(to, snapshot, moveEvent, MIGRATE_EVENT);
    const applied = bookTransition(to, next, actions, now);
    snapshot = applied.snapshot;
    effects.push(...applied.effects.filter((e) => e.kind !== 'closeTask' && e.kind !== 'cancelTimer'));
  }
  return { snapshot, effects };
}

/**
 * Pure, like `step`: the next snapshot (of `to`'s machine) and effects of a `@migrate` entry.
 * `options.calendar`: the new version's calendar.
 */
export function migrate(
  from: CompiledWorkflow,
  to: CompiledWorkflow,
  snapshot: PersistedSnapshot,
  event: EngineEvent,
  now: Date,
  options: StepOptions = {},
): StepResult {
  const full = { type: MIGRATE_EVENT, data: event.data ?? {}, actor: event.actor ?? 'system', at: now.toISOString() };
  const applied = withCalendar(options.calendar, () =>
    rejectingCalendarErrors(MIGRATE_EVENT, () =>
      applyMigrate(from, to, restoreSnapshot(from.machine, snapshot), full, now),
    ),
  );
  return stepResult(persistSnapshot(to.machine, applied.snapshot), applied.effects, acceptedEventsOf(applied.snapshot));
}
