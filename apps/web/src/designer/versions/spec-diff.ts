// diffSpecs: which states and transitions were added, removed or changed between two specs.
import { canonicalJson } from '@liucheng/engine';
import { summariseDiff } from './diff-summary';
import type { SpecDiff, StateDiffEntry, TransitionDiffEntry } from './spec-diff.types';
import { flattenSpec, type FlatState, type FlatTransition } from './spec-walk';

/**
 * Compares spec `a` (older) with spec `b` (newer). States match by dotted path; a state is changed when any
 * own field differs (children and `meta.position` excluded). Transitions match within their list (source,
 * kind, event): identical ones wherever they moved, the others by order; entries name the newer index
 * (`<source>|<kind>|<event>|<index>`). Key order never counts as a change.
 *
 * @example diffSpecs(v1, v2).states.added.map((s) => s.path) // ['directorApproval']
 */
export function diffSpecs(a: unknown, b: unknown): SpecDiff {
  const before = flattenSpec(a);
  const after = flattenSpec(b);
  const states = compare(before.states, after.states, stateEntry, (x, y) => changedFields(x.own, y.own));
  const transitions = compareTransitions(before.transitions, after.transitions);
  const rootFields = changedFields(before.root, after.root);
  const diff: Omit<SpecDiff, 'summary'> = {
    states,
    transitions,
    rootFields,
    identical:
      rootFields.length === 0 &&
      [states, transitions].every((group) => group.added.length + group.removed.length + group.changed.length === 0),
  };
  return { ...diff, summary: summariseDiff(diff) };
}

function compare<T, E>(
  before: Map<string, T>,
  after: Map<string, T>,
  entry: (item: T, fields: string[]) => E,
  fieldsOf: (older: T, newer: T) => string[],
): { added: E[]; removed: E[]; changed: E[] } {
  const result = { added: [] as E[], removed: [] as E[], changed: [] as E[] };
  for (const [key, newer] of after) {
    const older = before.get(key);
    if (older === undefined) {
      result.added.push(entry(newer, []));
      continue;
    }
    const fields = fieldsOf(older, newer);
    if (fields.length > 0) result.changed.push(entry(newer, fields));
  }
  for (const [key, older] of before) if (!after.has(key)) result.removed.push(entry(older, []));
  return result;
}

/**
 * Transitions are compared per list (source + kind + event): identical ones pair up first wherever they moved,
 * so inserting a transition in front reports one addition, not a cascade of changes; the rest pair by order.
 */
function compareTransitions(
  before: Map<string, FlatTransition>,
  after: Map<string, FlatTransition>,
): SpecDiff['transitions'] {
  const result: SpecDiff['transitions'] = { added: [], removed: [], changed: [] };
  const olderLists = groupByList(before);
  const newerLists = groupByList(after);
  for (const list of new Set([...olderLists.keys(), ...newerLists.keys()])) {
    const older = [...(olderLists.get(list) ?? [])];
    const newer: FlatTransition[] = [];
    for (const t of newerLists.get(list) ?? []) {
      const twin = older.findIndex((o) => same(o.transition, t.transition));
      if (twin >= 0) older.splice(twin, 1);
      else newer.push(t);
    }
    newer.forEach((t, i) => (i < older.length ? result.changed : result.added).push(transitionEntry(t)));
    older.slice(newer.length).forEach((t) => result.removed.push(transitionEntry(t)));
  }
  return result;
}

function groupByList(transitions: Map<string, FlatTransition>): Map<string, FlatTransition[]> {
  const lists = new Map<string, FlatTransition[]>();
  for (const t of transitions.values()) {
    const list = `${t.source}|${t.kind}|${t.event}`;
    lists.set(list, [...(lists.get(list) ?? []), t]);
  }
  return lists;
}

function stateEntry(state: FlatState, fields: string[]): StateDiffEntry {
  return { path: state.path, title: state.title, fields };
}

function transitionEntry(t: FlatTransition): TransitionDiffEntry {
  return { key: t.key, source: t.source, kind: t.kind, event: t.event, index: t.index, targets: t.targets };
}

/** Keys whose values differ, sorted. */
function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !same(a[key], b[key])).sort();
}

function same(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}
