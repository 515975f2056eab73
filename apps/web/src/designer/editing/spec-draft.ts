// Copy-on-write helpers the spec edits share: clone, find a state, rename a key in place.
import type { StateSpec, TransitionSpec, TransitionsSpec, WorkflowSpec } from '@liucheng/engine';
import { childStates, parentPathOf, splitStatePath, stateAt } from '../../graph/state-tree';
import type { TransitionKind } from '../../graph/graph.types';

/** Names one transition: its source state, where it is written and its list index. */
export interface TransitionAddress {
  source: string;
  kind: TransitionKind;
  /** Event type (`on`) or delay key (`after`). */
  event?: string;
  index: number;
}

/** Thrown when an edit names a state or transition that is not in the spec. */
export class SpecEditError extends Error {}

/** A deep copy; edits never mutate the spec they were given. */
export function cloneSpec(spec: WorkflowSpec): WorkflowSpec {
  return structuredClone(spec);
}

/** The (mutable) state at a path in a cloned spec; throws when missing. */
export function mustState(spec: WorkflowSpec, path: string): StateSpec {
  const state = path === '' ? undefined : stateAt(spec, path);
  if (!state) throw new SpecEditError(`No state at "${path}"`);
  return state as StateSpec;
}

/** The parent's `states` record of a state path (the root's for a top-level state). */
export function siblingsOf(spec: WorkflowSpec, path: string): Record<string, StateSpec> {
  const parent = stateAt(spec, parentPathOf(path));
  if (!parent) throw new SpecEditError(`No state at "${parentPathOf(path)}"`);
  return childStates(parent);
}

/** Returns `record` with `oldKey` renamed to `newKey`, keeping every key where it was. */
export function renameKey<T>(record: Record<string, T>, oldKey: string, newKey: string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) out[key === oldKey ? newKey : key] = value;
  return out;
}

/** Replaces every key of `target` with those of `source`, in `source`'s order (keeps the object identity). */
export function replaceContents(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

/** The last key of a dotted state path. */
export function lastKey(path: string): string {
  return splitStatePath(path).at(-1) ?? '';
}

/** Reads the transitions value an address points into (the whole entry, not the item). */
export function readEntry(state: StateSpec, address: TransitionAddress): TransitionsSpec | undefined {
  if (address.kind === 'on' || address.kind === 'after') {
    return address.event === undefined ? undefined : state[address.kind]?.[address.event];
  }
  return state[address.kind];
}

/** Writes a transitions value back (or removes the entry when `undefined`). */
export function writeEntry(state: StateSpec, address: TransitionAddress, value: TransitionsSpec | undefined): void {
  if (address.kind === 'on' || address.kind === 'after') {
    const record = (state[address.kind] ??= {});
    if (value === undefined) delete record[address.event ?? ''];
    else record[address.event ?? ''] = value;
    return;
  }
  if (value === undefined) delete state[address.kind];
  else state[address.kind] = value;
}

/** The items of an entry as an array (a single string/object becomes one item). */
export function entryItems(value: TransitionsSpec | undefined): Array<string | TransitionSpec> {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value];
}

/** Puts items back in the entry's original shape where possible. */
export function packItems(items: Array<string | TransitionSpec>, wasArray: boolean): TransitionsSpec | undefined {
  if (items.length === 0) return undefined;
  return wasArray || items.length > 1 ? items : items[0];
}

/** An item in object form; a bare target string becomes `{target}`. */
export function itemObject(item: string | TransitionSpec): TransitionSpec {
  return typeof item === 'string' ? { target: item } : item;
}

/** An object item back to a bare string when it only holds one target and was a string before. */
export function itemBack(transition: TransitionSpec, wasString: boolean): string | TransitionSpec {
  const keys = Object.keys(transition);
  if (wasString && keys.length === 1 && keys[0] === 'target' && typeof transition.target === 'string') {
    return transition.target;
  }
  return transition;
}
