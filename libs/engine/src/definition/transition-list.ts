import type { StateSpec } from './definition.types';
import { isPlainObject } from '../support/json-value';
import { joinPath, type Problems } from './problems';

/** One transition of a state, normalised, with the spec paths of its parts. */
export interface ListedTransition {
  /** `on.<EVENT>`, `after.<key>`, `always` or `onDone`. */
  source: 'on' | 'after' | 'always' | 'onDone';
  /** Event type for `on`, delay key for `after`. */
  key?: string;
  path: string;
  /** Target strings with the path of each. */
  targets: Array<{ target: string; path: string }>;
  guard?: { ref: unknown; path: string };
  actions: Array<{ ref: unknown; path: string }>;
}

function listActions(value: unknown, path: string): Array<{ ref: unknown; path: string }> {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map((ref, i) => ({ ref, path: joinPath(path, i) })) : [{ ref: value, path }];
}

function one(
  source: ListedTransition['source'],
  key: string | undefined,
  value: unknown,
  path: string,
  problems: Problems,
): ListedTransition | undefined {
  if (typeof value === 'string') return { source, key, path, targets: [{ target: value, path }], actions: [] };
  if (!isPlainObject(value)) {
    problems.add(path, 'invalid-transition', 'must be a target string or a transition object');
    return undefined;
  }
  const targets: ListedTransition['targets'] = [];
  const target = value.target;
  if (typeof target === 'string') targets.push({ target, path: joinPath(path, 'target') });
  else if (Array.isArray(target)) {
    target.forEach((t, i) => {
      if (typeof t === 'string') targets.push({ target: t, path: joinPath(path, 'target', i) });
      else problems.add(joinPath(path, 'target', i), 'not-string', 'must be a string');
    });
  } else if (target !== undefined)
    problems.add(joinPath(path, 'target'), 'invalid-target-list', 'must be a string or an array of strings');
  return {
    source,
    key,
    path,
    targets,
    guard: value.guard === undefined ? undefined : { ref: value.guard, path: joinPath(path, 'guard') },
    actions: listActions(value.actions, joinPath(path, 'actions')),
  };
}

function many(
  source: ListedTransition['source'],
  key: string | undefined,
  value: unknown,
  path: string,
  problems: Problems,
): ListedTransition[] {
  const items = Array.isArray(value) ? value.map((v, i) => [v, joinPath(path, i)] as const) : [[value, path] as const];
  return items.flatMap(([v, p]) => one(source, key, v, p, problems) ?? []);
}

/**
 * Every transition a state declares (`on`, `after`, `always`, `onDone`), normalised.
 * Shape problems are added to `problems`.
 */
export function listTransitions(config: StateSpec, statePath: string, problems: Problems): ListedTransition[] {
  const out: ListedTransition[] = [];
  for (const source of ['on', 'after'] as const) {
    const map = config[source];
    if (map === undefined) continue;
    if (!isPlainObject(map)) {
      problems.add(joinPath(statePath, source), 'not-object', 'must be an object');
      continue;
    }
    for (const [key, value] of Object.entries(map))
      out.push(...many(source, key, value, joinPath(statePath, source, key), problems));
  }
  for (const source of ['always', 'onDone'] as const) {
    if (config[source] !== undefined)
      out.push(...many(source, undefined, config[source], joinPath(statePath, source), problems));
  }
  return out;
}

/** The entry and exit action refs of a state with their paths. */
export function listStateActions(config: StateSpec, statePath: string): Array<{ ref: unknown; path: string }> {
  return [
    ...listActions(config.entry, joinPath(statePath, 'entry')),
    ...listActions(config.exit, joinPath(statePath, 'exit')),
  ];
}
