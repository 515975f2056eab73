import type { JsonObject } from '../definition/definition.types';
import { isPlainObject } from './json-value';

/** Splits `a.b.0` into `['a', 'b', '0']`; an empty path is the root. */
export function splitPath(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

/**
 * The value at a dotted path inside `root`, or `undefined`.
 *
 * @example getAt({ guest: { count: 3 } }, 'guest.count') // 3
 */
export function getAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of splitPath(path)) {
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    else if (isPlainObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/**
 * A copy of `root` with `value` written at the dotted path; missing objects are created.
 * Only the objects along the path are copied; `root` is never mutated.
 *
 * @example setAt({ a: { b: 1 } }, 'a.c', 2) // { a: { b: 1, c: 2 } }
 */
export function setAt(root: JsonObject, path: string, value: unknown): JsonObject {
  const keys = splitPath(path);
  if (keys.length === 0) return isPlainObject(value) ? { ...value } : root;
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i];
    const last = i === keys.length - 1;
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      const copy = node.slice();
      copy[Number(key)] = last ? value : write(copy[Number(key)], i + 1);
      return copy;
    }
    const base = isPlainObject(node) ? node : {};
    return { ...base, [key]: last ? value : write(base[key], i + 1) };
  };
  return write(root, 0) as JsonObject;
}

/** Roots a guard or action may read from: `context.<path>` or `event.<path>`. */
export const READ_ROOTS = ['context', 'event'] as const;

/**
 * Reads a rooted path (`context.amount`, `event.data.days`, `event.actor`).
 *
 * @example readRooted({ context: { a: 1 }, event: { type: 'X' } }, 'context.a') // 1
 */
export function readRooted(args: { context: unknown; event: unknown }, path: string): unknown {
  const [root, ...rest] = splitPath(path);
  if (root === 'context') return getAt(args.context, rest.join('.'));
  if (root === 'event') return getAt(args.event, rest.join('.'));
  return undefined;
}

/** True for `context` / `event` followed by dotted identifier segments. */
export function isRootedPath(path: unknown): path is string {
  return typeof path === 'string' && /^(context|event)(\.[^.\s]+)*$/.test(path);
}
