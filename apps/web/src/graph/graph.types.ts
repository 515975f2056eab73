// The framework-free graph a definition spec becomes: React Flow v12 node/edge shapes, plain data.
import type { StateSpec, TransitionSpec } from '@liucheng/engine';

/** How a transitions entry was written, so the spec can be rebuilt byte for byte. */
export type ListShape = 'string' | 'object' | 'array';

/** Where a transition lives on its state. */
export type TransitionKind = 'on' | 'after' | 'always' | 'onDone';

/** The state without its children and without its transitions (those become edges). */
export type StateBody = Omit<StateSpec, 'states' | 'on' | 'after' | 'always' | 'onDone'>;

export interface StateNodeData extends Record<string, unknown> {
  /** Dotted state path, also the node id (`settlement.reimbursement`). */
  path: string;
  key: string;
  state: StateBody;
  /** The keys of the state object in their original order (`states`, `on`, ... included). */
  keyOrder: string[];
  /** How each transitions entry was written: `on`/`after` per event or delay key. */
  shapes: {
    on?: Record<string, ListShape>;
    after?: Record<string, ListShape>;
    always?: ListShape;
    onDone?: ListShape;
  };
  initial: boolean;
  final: boolean;
  parallel: boolean;
  compound: boolean;
  task: boolean;
  /** A child of a parallel state (a region: always active with its siblings). */
  region: boolean;
}

export interface TransitionEdgeData extends Record<string, unknown> {
  kind: TransitionKind;
  /** Event type (`on`) or delay key (`after`); absent for `always`/`onDone`. */
  event?: string;
  /** Position in the entry's list (0 when it is not an array). */
  index: number;
  /** Position in a multi-target `target` array (0 otherwise); only index 0 rebuilds the spec. */
  targetIndex: number;
  /** The transition in object form (a string entry becomes `{target}`). */
  transition: TransitionSpec;
  /** Whether the entry was a bare target string. */
  form: 'string' | 'object';
  /** No target: runs actions without leaving the state (drawn as a self loop). */
  targetless: boolean;
  /** The target does not resolve to a state (an invalid draft); the edge points back at its source. */
  dangling: boolean;
  /** ELK's route, set by the layout only while both end nodes sit where it put them. */
  route?: EdgeRoute;
}

export interface StateNode {
  id: string;
  type: 'state' | 'group';
  parentId?: string;
  position: { x: number; y: number };
  data: StateNodeData;
  width?: number;
  height?: number;
}

export interface TransitionEdge {
  id: string;
  source: string;
  target: string;
  data: TransitionEdgeData;
}

export interface DesignerGraph {
  nodes: StateNode[];
  edges: TransitionEdge[];
}

export interface RoutePoint {
  x: number;
  y: number;
}

/** An edge's path as ELK routed it, in absolute canvas coordinates. */
export interface EdgeRoute {
  source: string;
  target: string;
  /** Start, bends, end. */
  points: RoutePoint[];
  /** Centre of the space ELK kept for the label, when it placed one. */
  label?: RoutePoint;
  /** Absolute top-left corners of the two end nodes the route was computed for. */
  anchors: { source: RoutePoint; target: RoutePoint };
}
