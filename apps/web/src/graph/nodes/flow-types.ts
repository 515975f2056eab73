// React Flow node/edge types over the diagram's display data.
import type { Edge, Node } from '@xyflow/react';
import type { DiagramEdgeData, DiagramNodeData, DiagramNodeKind } from '../flow-elements';

export type DiagramFlowNode = Node<DiagramNodeData, DiagramNodeKind>;
export type DiagramFlowEdge = Edge<DiagramEdgeData, 'transition'>;
