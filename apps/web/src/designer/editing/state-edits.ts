// Pure spec transforms for states: add, paste, rename the key, titles, delete, task, position.
import type { LocalizedText, StateSpec, TaskSpec, TransitionsSpec, WorkflowSpec } from '@liucheng/engine';
import { parseTarget, resolveTarget, stateIdMap } from '../../graph/resolve-target';
import { childStates, joinStatePath, parentPathOf, splitStatePath, stateAt, walkStates } from '../../graph/state-tree';
import { targetsOf } from '../../graph/transition-entries';
import {
  cloneSpec,
  entryItems,
  itemObject,
  lastKey,
  mustState,
  renameKey,
  replaceContents,
  SpecEditError,
  siblingsOf,
} from './spec-draft';

/** A state key XState accepts and our paths can carry: no dots, no `#`, not empty. */
export function isValidStateKey(key: string): boolean {
  return /^[A-Za-z_$][\w$-]*$/.test(key);
}

/** A key not yet used among the children of `parentPath` (`base`, `base2`, `base3`, ...). */
export function freeStateKey(spec: WorkflowSpec, parentPath: string, base: string): string {
  const siblings = childStates(stateAt(spec, parentPath) ?? spec);
  if (!(base in siblings)) return base;
  let n = 2;
  while (`${base}${n}` in siblings) n += 1;
  return `${base}${n}`;
}

/**
 * Adds a state under `parentPath` (`''` = top level), last among its siblings. A parent with no
 * `initial` (and not parallel) gets this state as its initial one.
 * @example addState(spec, '', 'review', { title: { zh: '审核', en: 'Review' } }).spec.states.review
 */
export function addState(
  spec: WorkflowSpec,
  parentPath: string,
  key: string,
  state: StateSpec = {},
): { spec: WorkflowSpec; path: string } {
  if (!isValidStateKey(key)) throw new SpecEditError(`Invalid state key "${key}"`);
  const next = cloneSpec(spec);
  const parent = parentPath === '' ? next : mustState(next, parentPath);
  const states = (parent.states ??= {});
  if (key in states) throw new SpecEditError(`State "${key}" already exists under "${parentPath}"`);
  states[key] = structuredClone(state);
  if (parent.initial === undefined && parent.type !== 'parallel') parent.initial = key;
  return { spec: next, path: joinStatePath([...splitStatePath(parentPath), key]) };
}

/** Renames a state's key in place (same position), and every target, `initial` that names it. */
export function renameState(spec: WorkflowSpec, path: string, newKey: string): WorkflowSpec {
  const oldKey = lastKey(path);
  if (newKey === oldKey) return spec;
  if (!isValidStateKey(newKey)) throw new SpecEditError(`Invalid state key "${newKey}"`);
  if (newKey in siblingsOf(spec, path)) throw new SpecEditError(`State "${newKey}" already exists`);
  const depth = splitStatePath(path).length - 1;
  const ids = stateIdMap(spec);
  const next = cloneSpec(spec);
  for (const entry of walkStates(next)) {
    rewriteTargets(entry.state, (target) => {
      const parsed = parseTarget(target, entry.path, ids);
      const resolved = resolveTarget(spec, entry.path, target, ids);
      if (!parsed || !resolved || !isWithin(resolved, path)) return target;
      const at = depth - parsed.base.length;
      if (at < 0 || parsed.segments[at] !== oldKey) return target;
      const segments = [...parsed.segments];
      segments[at] = newKey;
      return writeTarget(parsed.form, parsed.idPrefix, segments);
    });
  }
  const parent = (stateAt(next, parentPathOf(path)) ?? next) as StateSpec;
  parent.states = renameKey(childStates(parent), oldKey, newKey);
  if (parent.initial === oldKey) parent.initial = newKey;
  return next;
}

/** Sets one language of a state's title (`meta.title`), creating `meta`/`title` when missing. */
export function setStateTitle(spec: WorkflowSpec, path: string, lang: keyof LocalizedText, text: string): WorkflowSpec {
  const next = cloneSpec(spec);
  const state = mustState(next, path);
  const meta = (state.meta ??= {});
  meta.title = meta.title ? { ...meta.title, [lang]: text } : { zh: '', en: '', [lang]: text };
  // Keep the title where it was: spreading preserves key order of the existing object.
  return next;
}

/** Replaces fields of a state (e.g. `type`, `initial`); `undefined` removes a field. */
export function setStateFields(spec: WorkflowSpec, path: string, fields: Partial<StateSpec>): WorkflowSpec {
  const next = cloneSpec(spec);
  const state = mustState(next, path) as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete state[key];
    else state[key] = value;
  }
  return next;
}

/**
 * Deletes a state with its children and every transition that targets it or a child.
 * A parent whose `initial` it was falls back to its first remaining child.
 */
export function deleteState(spec: WorkflowSpec, path: string): WorkflowSpec {
  mustState(spec, path);
  const ids = stateIdMap(spec);
  const next = cloneSpec(spec);
  for (const entry of walkStates(spec)) {
    if (isWithin(entry.path, path)) continue;
    const state = stateAt(next, entry.path) as StateSpec;
    dropTransitions(state, (target) => {
      const resolved = resolveTarget(spec, entry.path, target, ids);
      return resolved !== undefined && isWithin(resolved, path);
    });
  }
  const parent = (stateAt(next, parentPathOf(path)) ?? next) as StateSpec;
  const siblings = childStates(parent);
  delete siblings[lastKey(path)];
  if (parent.initial === lastKey(path)) {
    const first = Object.keys(siblings)[0];
    if (first === undefined) delete parent.initial;
    else parent.initial = first;
  }
  return next;
}

/** Sets (or with `undefined` removes) a state's task (`meta.task`). */
export function setTask(spec: WorkflowSpec, path: string, task: TaskSpec | undefined): WorkflowSpec {
  const next = cloneSpec(spec);
  const state = mustState(next, path);
  if (task === undefined) {
    if (state.meta) delete state.meta.task;
    return next;
  }
  (state.meta ??= {}).task = task;
  return next;
}

/** Keeps a designer position in `meta.position` (the engine ignores it); rounded to whole pixels. */
export function setPosition(spec: WorkflowSpec, path: string, position: { x: number; y: number }): WorkflowSpec {
  const next = cloneSpec(spec);
  const state = mustState(next, path);
  (state.meta ??= {}).position = { x: Math.round(position.x), y: Math.round(position.y) };
  return next;
}

/** Forgets every dragged position (`meta.position`), so the automatic layout places all states again. */
export function clearPositions(spec: WorkflowSpec): WorkflowSpec {
  const next = cloneSpec(spec);
  for (const entry of walkStates(next)) {
    const meta = entry.state.meta;
    if (!meta?.position) continue;
    delete meta.position;
    if (Object.keys(meta).length === 0) delete entry.state.meta;
  }
  return next;
}

/** Inserts a copy of a state under `parentPath` with a free key derived from `key`. */
export function pasteState(
  spec: WorkflowSpec,
  parentPath: string,
  key: string,
  state: StateSpec,
): { spec: WorkflowSpec; path: string } {
  const copy = structuredClone(state);
  if (copy.meta?.position) copy.meta.position = { x: copy.meta.position.x + 40, y: copy.meta.position.y + 40 };
  return addState(spec, parentPath, freeStateKey(spec, parentPath, `${key}Copy`), copy);
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

function writeTarget(form: 'id' | 'child' | 'sibling', idPrefix: string | undefined, segments: string[]): string {
  if (form === 'id') return [idPrefix, ...segments].join('.');
  if (form === 'child') return `.${segments.join('.')}`;
  return segments.join('.');
}

/** Calls `rewrite` on every target string of a state's transitions, in place. */
function rewriteTargets(state: StateSpec, rewrite: (target: string) => string): void {
  const fix = (value: TransitionsSpec): TransitionsSpec => {
    const one = (item: string | Exclude<TransitionsSpec, string | unknown[]>) => {
      if (typeof item === 'string') return rewrite(item);
      if (item.target === undefined) return item;
      return { ...item, target: Array.isArray(item.target) ? item.target.map(rewrite) : rewrite(item.target) };
    };
    return Array.isArray(value) ? value.map(one) : one(value);
  };
  for (const kind of ['on', 'after'] as const) {
    const record = state[kind];
    if (!record) continue;
    const fixed: Record<string, TransitionsSpec> = {};
    for (const [key, value] of Object.entries(record)) fixed[key] = fix(value);
    replaceContents(record, fixed);
  }
  if (state.always !== undefined) state.always = fix(state.always);
  if (state.onDone !== undefined) state.onDone = fix(state.onDone);
}

/** Removes, in place, every transition with a target for which `drop` holds; empty entries go too. */
function dropTransitions(state: StateSpec, drop: (target: string) => boolean): void {
  const keep = (item: string | object) => !targetsOf(itemObject(item as never)).some(drop);
  const prune = (value: TransitionsSpec): TransitionsSpec | undefined => {
    const items = entryItems(value).filter(keep);
    if (items.length === 0) return undefined;
    return Array.isArray(value) ? items : items[0];
  };
  for (const kind of ['on', 'after'] as const) {
    const record = state[kind];
    if (!record) continue;
    for (const [key, value] of Object.entries(record)) {
      const pruned = prune(value);
      if (pruned === undefined) delete record[key];
      else record[key] = pruned;
    }
  }
  for (const kind of ['always', 'onDone'] as const) {
    const value = state[kind];
    if (value === undefined) continue;
    const pruned = prune(value);
    if (pruned === undefined) delete state[kind];
    else state[kind] = pruned;
  }
}
