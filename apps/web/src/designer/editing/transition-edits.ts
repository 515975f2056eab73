// Pure spec transforms for transitions: add, re-target, rename the event, guard, actions, delay.
import type { ActionRef, GuardRef, TransitionSpec, WorkflowSpec } from '@liucheng/engine';
import { targetFor } from '../../graph/resolve-target';
import {
  cloneSpec,
  entryItems,
  itemBack,
  itemObject,
  mustState,
  packItems,
  readEntry,
  renameKey,
  SpecEditError,
  writeEntry,
  type TransitionAddress,
} from './spec-draft';

/** Applies `change` to one transition (in object form) and writes it back in its original form. */
export function updateTransition(
  spec: WorkflowSpec,
  address: TransitionAddress,
  change: (transition: TransitionSpec) => TransitionSpec,
): WorkflowSpec {
  const next = cloneSpec(spec);
  const state = mustState(next, address.source);
  const entry = readEntry(state, address);
  const items = entryItems(entry);
  const item = items[address.index];
  if (item === undefined) throw new SpecEditError(`No transition at ${describeAddress(address)}`);
  items[address.index] = itemBack(change(structuredClone(itemObject(item))), typeof item === 'string');
  writeEntry(state, address, packItems(items, Array.isArray(entry)));
  return next;
}

/**
 * Adds a transition from `source` to `targetPath` (written as the shortest target that works).
 * For `on`, `event` is the event type; an existing entry for it becomes a list. A guarded
 * transition is inserted before the entry's first unguarded one (the fallback), else appended.
 * @returns the new spec and the new transition's address.
 */
export function addTransition(
  spec: WorkflowSpec,
  source: string,
  targetPath: string | undefined,
  event: string,
  kind: 'on' | 'after' | 'always' = 'on',
  guard?: GuardRef,
): { spec: WorkflowSpec; address: TransitionAddress } {
  const next = cloneSpec(spec);
  const state = mustState(next, source);
  const address: TransitionAddress = { source, kind, event: kind === 'always' ? undefined : event, index: 0 };
  const entry = readEntry(state, address);
  const items = entryItems(entry);
  const transition: TransitionSpec = targetPath === undefined ? {} : { target: targetFor(spec, source, targetPath) };
  if (guard !== undefined) transition.guard = guard;
  // The first enabled transition wins: a guarded one goes before an unguarded fallback.
  const fallback = guard === undefined ? -1 : firstFallback(items);
  address.index = fallback === -1 ? items.length : fallback;
  items.splice(address.index, 0, transition);
  writeEntry(state, address, packItems(items, Array.isArray(entry)));
  return { spec: next, address };
}

/**
 * Moves the transition at index `from` of one entry (`on`/`after` keyed by `event`, or `always`/`onDone`)
 * to index `to`, keeping the entry's shape. Order matters: the first enabled transition wins.
 */
export function moveTransition(
  spec: WorkflowSpec,
  source: string,
  kind: TransitionAddress['kind'],
  event: string | undefined,
  from: number,
  to: number,
): WorkflowSpec {
  const address: TransitionAddress = { source, kind, event, index: from };
  const next = cloneSpec(spec);
  const state = mustState(next, source);
  const entry = readEntry(state, address);
  const items = entryItems(entry);
  if (items[from] === undefined) throw new SpecEditError(`No transition at ${describeAddress(address)}`);
  if (to < 0 || to >= items.length) throw new SpecEditError(`Cannot move ${describeAddress(address)} to ${to}`);
  if (from === to) return spec;
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  writeEntry(state, address, packItems(items, Array.isArray(entry)));
  return next;
}

/**
 * Sets a guard like {@link setGuard}; when the transition gains a guard while an unguarded fallback
 * comes before it in the same entry, it is moved just before that fallback (else it could never win).
 * @returns the new spec and where the transition is now.
 */
export function guardTransition(
  spec: WorkflowSpec,
  address: TransitionAddress,
  guard: GuardRef | undefined,
): { spec: WorkflowSpec; address: TransitionAddress; moved: boolean } {
  const guarded = setGuard(spec, address, guard);
  if (guard === undefined) return { spec: guarded, address, moved: false };
  const state = mustState(guarded, address.source);
  const fallback = firstFallback(entryItems(readEntry(state, address)));
  if (fallback === -1 || fallback >= address.index) return { spec: guarded, address, moved: false };
  const moved = moveTransition(guarded, address.source, address.kind, address.event, address.index, fallback);
  return { spec: moved, address: { ...address, index: fallback }, moved: true };
}

/** Index of the first transition without a guard, or -1. */
function firstFallback(items: Array<string | TransitionSpec>): number {
  return items.findIndex((item) => itemObject(item).guard === undefined);
}

/** Removes one transition; an entry left empty is removed. */
export function removeTransition(spec: WorkflowSpec, address: TransitionAddress): WorkflowSpec {
  const next = cloneSpec(spec);
  const state = mustState(next, address.source);
  const entry = readEntry(state, address);
  const items = entryItems(entry);
  if (items[address.index] === undefined) throw new SpecEditError(`No transition at ${describeAddress(address)}`);
  items.splice(address.index, 1);
  writeEntry(state, address, packItems(items, Array.isArray(entry)));
  if (state.on && Object.keys(state.on).length === 0) delete state.on;
  if (state.after && Object.keys(state.after).length === 0) delete state.after;
  return next;
}

/** Points a transition at another state. */
export function retargetTransition(spec: WorkflowSpec, address: TransitionAddress, targetPath: string): WorkflowSpec {
  return updateTransition(spec, address, (t) => ({ ...t, target: targetFor(spec, address.source, targetPath) }));
}

/**
 * Moves an `on` transition to another event type. When it was the event's only transition and
 * the new event has none, the key is renamed in place and the state's task outcomes follow.
 */
export function setEventName(spec: WorkflowSpec, address: TransitionAddress, event: string): WorkflowSpec {
  if (address.kind !== 'on' || address.event === undefined)
    throw new SpecEditError('Only `on` transitions have an event name');
  return moveKeyed(spec, address, event, true);
}

/** Changes the delay key of an `after` transition (`P3D`, `PT4H`, `context.window`, a registry delay). */
export function setAfterDelay(spec: WorkflowSpec, address: TransitionAddress, delay: string): WorkflowSpec {
  if (address.kind !== 'after' || address.event === undefined)
    throw new SpecEditError('Only `after` transitions have a delay');
  return moveKeyed(spec, address, delay, false);
}

/** Sets (or with `undefined` removes) the guard of a transition. */
export function setGuard(spec: WorkflowSpec, address: TransitionAddress, guard: GuardRef | undefined): WorkflowSpec {
  return updateTransition(spec, address, (t) => {
    if (guard === undefined) {
      const { guard: _removed, ...rest } = t;
      return rest;
    }
    return 'guard' in t ? { ...t, guard } : insertBefore(t, 'guard', guard, 'target');
  });
}

/** Appends an action to a transition (the actions become a list). */
export function addAction(spec: WorkflowSpec, address: TransitionAddress, action: ActionRef): WorkflowSpec {
  return updateTransition(spec, address, (t) => ({ ...t, actions: [...actionList(t.actions), action] }));
}

/** Replaces the action at `index`. */
export function setAction(
  spec: WorkflowSpec,
  address: TransitionAddress,
  index: number,
  action: ActionRef,
): WorkflowSpec {
  return updateTransition(spec, address, (t) => {
    const actions = actionList(t.actions);
    if (actions[index] === undefined) throw new SpecEditError(`No action ${index} at ${describeAddress(address)}`);
    actions[index] = action;
    return { ...t, actions: Array.isArray(t.actions) ? actions : actions[0] };
  });
}

/** Removes the action at `index`; no actions left removes the key. */
export function removeAction(spec: WorkflowSpec, address: TransitionAddress, index: number): WorkflowSpec {
  return updateTransition(spec, address, (t) => {
    const actions = actionList(t.actions);
    if (actions[index] === undefined) throw new SpecEditError(`No action ${index} at ${describeAddress(address)}`);
    actions.splice(index, 1);
    const { actions: _old, ...rest } = t;
    return actions.length === 0 ? rest : { ...t, actions };
  });
}

/** A readable address for error messages (`states.a.on.X.0`). */
export function describeAddress(address: TransitionAddress): string {
  const parts = [
    'states',
    ...address.source.split('.').flatMap((k, i) => (i === 0 ? [k] : ['states', k])),
    address.kind,
  ];
  if (address.event !== undefined) parts.push(address.event);
  parts.push(String(address.index));
  return parts.join('.');
}

function actionList(actions: TransitionSpec['actions']): ActionRef[] {
  if (actions === undefined) return [];
  return Array.isArray(actions) ? [...actions] : [actions];
}

function insertBefore(t: TransitionSpec, key: string, value: unknown, before: string): TransitionSpec {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [k, v] of Object.entries(t)) {
    if (k === before && !placed) {
      out[key] = value;
      placed = true;
    }
    out[k] = v;
  }
  if (!placed) out[key] = value;
  return out as TransitionSpec;
}

function moveKeyed(
  spec: WorkflowSpec,
  address: TransitionAddress,
  newKey: string,
  followOutcomes: boolean,
): WorkflowSpec {
  const oldKey = address.event as string;
  if (newKey === oldKey) return spec;
  const next = cloneSpec(spec);
  const state = mustState(next, address.source);
  const kind = address.kind as 'on' | 'after';
  const record = state[kind] ?? {};
  const entry = record[oldKey];
  const items = entryItems(entry);
  const item = items[address.index];
  if (item === undefined) throw new SpecEditError(`No transition at ${describeAddress(address)}`);
  if (items.length === 1 && record[newKey] === undefined) {
    state[kind] = renameKey(record, oldKey, newKey);
    const outcomes = state.meta?.task?.outcomes;
    if (followOutcomes && outcomes) state.meta!.task!.outcomes = outcomes.map((o) => (o === oldKey ? newKey : o));
    return next;
  }
  items.splice(address.index, 1);
  writeEntry(state, address, packItems(items, Array.isArray(entry)));
  const target = entryItems(record[newKey]);
  target.push(item);
  writeEntry(state, { ...address, event: newKey }, packItems(target, Array.isArray(record[newKey])));
  return next;
}
