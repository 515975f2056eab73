// Lays a spec out with ELK only when states are added or moved to another parent, so label edits,
// transition edits, drags and deletions never move the other states.
import type { WorkflowSpec } from '@liucheng/engine';
import { useEffect, useMemo, useState } from 'react';
import type { DesignerGraph, StateNode } from './graph.types';
import { elkLayout, withManualPositions, type ElkLayoutResult, type LayoutProfile } from './layout-graph';
import { specToGraph } from './spec-to-graph';

/** Whether `laidOut` already places every node of `graph` (same id, same parent, same kind). */
export function coversGraph(laidOut: readonly StateNode[], graph: DesignerGraph): boolean {
  const placed = new Map(laidOut.map((n) => [n.id, n]));
  return graph.nodes.every((n) => {
    const p = placed.get(n.id);
    return (
      p !== undefined &&
      p.parentId === n.parentId &&
      p.type === n.type &&
      p.data.task === n.data.task &&
      p.data.final === n.data.final
    );
  });
}

/**
 * The spec's graph with positions; `null` until the first layout is done. A new layout runs when
 * the previous one does not cover every state; until it arrives the previous positions are used.
 */
export function useLaidOutGraph(spec: WorkflowSpec | null, profile: LayoutProfile = 'design'): DesignerGraph | null {
  const graph = useMemo(() => (spec ? specToGraph(spec) : null), [spec]);
  const [laidOut, setLaidOut] = useState<ElkLayoutResult | null>(null);
  const covered = useMemo(() => Boolean(graph && laidOut && coversGraph(laidOut.nodes, graph)), [graph, laidOut]);

  useEffect(() => {
    if (!graph || covered) return;
    let cancelled = false;
    void elkLayout(graph, profile).then((result) => {
      if (!cancelled) setLaidOut(result);
    });
    return () => {
      cancelled = true;
    };
  }, [graph, covered, profile]);

  // The designer's dragged positions belong to its own layout; the run layout ignores them.
  return useMemo(
    () => (graph && laidOut ? withManualPositions(laidOut, graph, profile === 'design') : null),
    [graph, laidOut, profile],
  );
}
