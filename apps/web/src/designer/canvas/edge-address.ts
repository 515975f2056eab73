// Edge ids <-> transition addresses (`source|kind|event|index|targetIndex`).
import type { TransitionKind } from '../../graph/graph.types';
import type { TransitionAddress } from '../editing/spec-edits';
import { edgeId } from '../../graph/spec-to-graph';

/** The transition an edge id names. */
export function addressOfEdge(id: string): TransitionAddress {
  const [source, kind, event, index] = id.split('|');
  return { source, kind: kind as TransitionKind, ...(event ? { event } : {}), index: Number(index) };
}

/** The id of the (first) edge drawn for a transition. */
export function edgeOfAddress(address: TransitionAddress): string {
  return edgeId(address.source, address.kind, address.event, address.index);
}
