// The node and edge components React Flow uses for diagrams (stable objects, defined once).
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { AtomicNode } from './atomic-node';
import { FinalNode } from './final-node';
import { GroupNode } from './group-node';
import { TaskNode } from './task-node';
import { TransitionEdge } from './transition-edge';

export const diagramNodeTypes: NodeTypes = {
  atomic: AtomicNode,
  task: TaskNode,
  final: FinalNode,
  compound: GroupNode,
};
export const diagramEdgeTypes: EdgeTypes = { transition: TransitionEdge };
