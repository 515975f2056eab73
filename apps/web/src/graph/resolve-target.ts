// Resolves transition targets the way XState does, to dotted state paths.
import type { WorkflowSpec } from '@liucheng/engine';
import { childStates, splitStatePath, stateAt, walkStates } from './state-tree';

/** A parsed target: the state it is relative to (`base`), and the keys below it. */
export interface ParsedTarget {
  /** `#id` form, `.child` form or `sibling` form. */
  form: 'id' | 'child' | 'sibling';
  /** The `#id` prefix for the id form (without the rest). */
  idPrefix?: string;
  base: string[];
  segments: string[];
}

/** Maps state ids (`#id`) to state paths: the machine id is the root, custom `id`s their state. */
export function stateIdMap(spec: WorkflowSpec): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  if (typeof spec.id === 'string') ids.set(spec.id, []);
  for (const entry of walkStates(spec)) {
    if (typeof entry.state.id === 'string' && !ids.has(entry.state.id)) ids.set(entry.state.id, entry.keys);
  }
  return ids;
}

/**
 * Parses a target written on the state at `sourcePath`: `a.b` is a sibling then its child,
 * `.x` the source's own child, `#id.rest` a state by id (XState splits at the first dot).
 */
export function parseTarget(target: string, sourcePath: string, ids: Map<string, string[]>): ParsedTarget | undefined {
  const source = splitStatePath(sourcePath);
  if (target.startsWith('#')) {
    const [idPart, ...rest] = target.slice(1).split('.');
    const base = ids.get(idPart);
    return base ? { form: 'id', idPrefix: `#${idPart}`, base, segments: rest } : undefined;
  }
  if (target.startsWith('.')) return { form: 'child', base: source, segments: target.slice(1).split('.') };
  return { form: 'sibling', base: source.slice(0, -1), segments: target.split('.') };
}

/** The dotted path a target resolves to from `sourcePath`, or `undefined` when no such state exists. */
export function resolveTarget(
  spec: WorkflowSpec,
  sourcePath: string,
  target: string,
  ids: Map<string, string[]> = stateIdMap(spec),
): string | undefined {
  const parsed = parseTarget(target, sourcePath, ids);
  if (!parsed) return undefined;
  const keys = [...parsed.base, ...parsed.segments.filter((segment) => segment !== '')];
  if (keys.length === 0) return undefined;
  const path = keys.join('.');
  return stateAt(spec, path) && keys.length > 0 ? path : undefined;
}

/** Writes the shortest target that reaches `targetPath` from `sourcePath`: a sibling name, else `#machine.path`. */
export function targetFor(spec: WorkflowSpec, sourcePath: string, targetPath: string): string {
  const source = splitStatePath(sourcePath);
  const target = splitStatePath(targetPath);
  const parent = source.slice(0, -1);
  const isBelowParent = parent.every((key, i) => target[i] === key) && target.length > parent.length;
  if (isBelowParent && childStates(stateAt(spec, parent.join('.')) ?? spec)[target[parent.length]]) {
    return target.slice(parent.length).join('.');
  }
  return `#${spec.id}.${targetPath}`;
}
