// The path an instance took, from its history: every state it was in and the transitions between
// consecutive states (each history entry's `stateAfter` against the one before it).
import type { StateValueContract } from '@liucheng/contracts';
import { stateValuePaths } from '../spec/spec-meta';
import type { DesignerGraph, TransitionEdge } from './graph.types';

export interface PathStep {
  type: string;
  stateAfter: StateValueContract;
}

export interface PathTaken {
  /** State paths the instance has been in, ancestors included. */
  visited: Set<string>;
  /** Ids of the edges it went along. */
  taken: Set<string>;
}

/** Every active path of a state value, ancestors included. */
function withAncestors(leaves: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const leaf of leaves) {
    const keys = leaf.split('.');
    keys.forEach((_, i) => out.add(keys.slice(0, i + 1).join('.')));
  }
  return out;
}

/**
 * Visited states and taken edges. Between two consecutive entries an edge counts when its source
 * was active before and its target is newly active after; when several fit, those of the entry's
 * event win (an `APPROVE` entry lights the APPROVE edge, not the REJECT one). The start entry is
 * read against the definition's initial state, so a routing state passed through at once counts;
 * a compound state left by `onDone` also lights the event that reached its final child.
 *
 * @example pathTaken(history.items, graph).taken.has('leaderApproval|on|APPROVE|1|0')
 */
export function pathTaken(steps: readonly PathStep[], graph: DesignerGraph): PathTaken {
  const visited = new Set<string>();
  const taken = new Set<string>();
  const initial = graph.nodes.find((n) => !n.parentId && n.data.initial);
  let before: Set<string> | null = initial ? new Set([initial.id]) : null;
  for (const step of steps) {
    const after = withAncestors(stateValuePaths(step.stateAfter));
    if (before) for (const id of movesBetween(before, after, step.type, graph)) taken.add(id);
    after.forEach((path) => visited.add(path));
    before = after;
  }
  for (const edge of graph.edges) if (taken.has(edge.id)) visited.add(edge.source).add(edge.target);
  return { visited, taken };
}

/**
 * The event's edge into a routing state passed through at once (not in any entry's `stateAfter`),
 * and that state's automatic edges into what is active after.
 */
function throughRouting(before: Set<string>, after: Set<string>, event: string, graph: DesignerGraph): string[] {
  const ids: string[] = [];
  const into = graph.edges.filter(
    (e) =>
      before.has(e.source) &&
      !after.has(e.target) &&
      !before.has(e.target) &&
      e.data.kind === 'on' &&
      e.data.event === event,
  );
  for (const first of into) {
    const out = graph.edges.filter((e) => e.source === first.target && e.data.kind !== 'on' && after.has(e.target));
    if (out.length > 0) ids.push(first.id, ...out.map((e) => e.id));
  }
  return ids;
}

function movesBetween(before: Set<string>, after: Set<string>, event: string, graph: DesignerGraph): string[] {
  const fits = graph.edges.filter((e) => before.has(e.source) && after.has(e.target) && !before.has(e.target));
  if (!fits.some((e) => e.data.kind === 'on' && e.data.event === event)) {
    const routed = throughRouting(before, after, event, graph);
    if (routed.length > 0) return routed;
  }
  const byEvent = fits.filter((e) => e.data.kind === 'on' && e.data.event === event);
  const automatic = fits.filter((e) => e.data.kind !== 'on');
  const chosen: TransitionEdge[] = byEvent.length > 0 ? byEvent : automatic.length > 0 ? automatic : fits;
  const ids = chosen.map((e) => e.id);
  for (const done of chosen.filter((e) => e.data.kind === 'onDone')) {
    const finals = new Set(graph.nodes.filter((n) => n.parentId === done.source && n.data.final).map((n) => n.id));
    graph.edges
      .filter((e) => before.has(e.source) && finals.has(e.target) && e.data.kind === 'on' && e.data.event === event)
      .forEach((e) => ids.push(e.id));
  }
  return ids;
}

export interface StepEntered {
  /** Leaf state path. */
  path: string;
  /** When it was entered (the history entry's time). */
  at?: string;
  /** Still active after the last entry. */
  current: boolean;
}

/**
 * The leaf states in the order they were entered, a state entered again (sent back, returned)
 * listed again; for a list of steps where a diagram does not fit (a phone).
 *
 * @example stepsEntered(history.items).map((s) => s.path) // ['leaderApproval', 'hosting', ...]
 */
export function stepsEntered(steps: readonly (PathStep & { at?: string })[]): StepEntered[] {
  const out: StepEntered[] = [];
  let before: string[] = [];
  for (const step of steps) {
    const leaves = stateValuePaths(step.stateAfter);
    for (const leaf of leaves) if (!before.includes(leaf)) out.push({ path: leaf, at: step.at, current: false });
    before = leaves;
  }
  // The last entry of each leaf still active is the current one.
  for (const leaf of before) {
    const last = out.map((s) => s.path).lastIndexOf(leaf);
    if (last >= 0) out[last].current = true;
  }
  return out;
}
