// Which canvas nodes and edges to colour for a diff: the older spec shows removals, the newer additions.
import type { ChangeKind, SpecDiff } from './spec-diff.types';

export interface DiagramHighlights {
  /** By state path (the canvas node id). */
  nodes: Record<string, ChangeKind>;
  /** By transition key `<source>|<kind>|<event>|<index>` (a canvas edge id minus its target index). */
  edges: Record<string, ChangeKind>;
}

export const CHANGE_COLORS: Record<ChangeKind, string> = {
  added: '#52c41a',
  removed: '#ff4d4f',
  changed: '#fa8c16',
};

/**
 * Highlights for one side of a diff: `before` marks removed and changed items, `after` added and changed.
 * @example diffHighlights(diff, 'after').nodes // { directorApproval: 'added', leaderApproval: 'changed' }
 */
export function diffHighlights(diff: SpecDiff, side: 'before' | 'after'): DiagramHighlights {
  const kinds: ChangeKind[] = side === 'before' ? ['removed', 'changed'] : ['added', 'changed'];
  const highlights: DiagramHighlights = { nodes: {}, edges: {} };
  for (const kind of kinds) {
    for (const state of diff.states[kind]) highlights.nodes[state.path] = kind;
    for (const transition of diff.transitions[kind]) highlights.edges[transition.key] = kind;
  }
  return highlights;
}

/** The highlight of a canvas edge id (`<source>|<kind>|<event>|<index>|<targetIndex>`), if any. */
export function edgeHighlight(highlights: DiagramHighlights, edgeId: string): ChangeKind | undefined {
  return highlights.edges[edgeId.slice(0, edgeId.lastIndexOf('|'))];
}
