import { deepEqual, isPlainObject } from '../support/json-value';

/** One difference between two contexts, at a dotted path (array items by index). */
export interface ContextChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/**
 * The paths where `after` differs from `before`: objects are walked key by key, arrays item by item,
 * and anything else that differs (a scalar, or an object that became an array) is one `changed`
 * entry. Keys are sorted, so the same two contexts always give the same list.
 *
 * @example contextDiff({ a: 1 }, { a: 2, b: 3 }) // [{path:'a',kind:'changed',before:1,after:2},{path:'b',kind:'added',after:3}]
 */
export function contextDiff(before: unknown, after: unknown, prefix = ''): ContextChange[] {
  const out: ContextChange[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isPlainObject(a) && isPlainObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) {
        const at = path ? `${path}.${key}` : key;
        if (!(key in b)) out.push({ path: at, kind: 'removed', before: a[key] });
        else if (!(key in a)) out.push({ path: at, kind: 'added', after: b[key] });
        else walk(a[key], b[key], at);
      }
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const at = path ? `${path}.${i}` : String(i);
        if (i >= b.length) out.push({ path: at, kind: 'removed', before: a[i] });
        else if (i >= a.length) out.push({ path: at, kind: 'added', after: b[i] });
        else walk(a[i], b[i], at);
      }
      return;
    }
    if (!deepEqual(a, b)) out.push({ path, kind: 'changed', before: a, after: b });
  };
  walk(before, after, prefix);
  return out;
}
