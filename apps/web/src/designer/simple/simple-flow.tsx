// The simple flow on React Flow: cards laid out top-down by ELK, "+" on every edge, nothing to drag or connect.
import type { FlowTree } from '@liucheng/engine';
import { Background, Controls, MarkerType, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { layoutTreeGraph } from './layout-tree-graph';
import { treeGraph } from './model/tree-graph';
import { simpleEdgeTypes } from './plus-edge';
import { simpleNodeTypes } from './simple-cards';
import { SimpleFlowContext, type SimpleFlowActions } from './simple-flow-context';

export function SimpleFlow({ tree, actions }: { tree: FlowTree; actions: Omit<SimpleFlowActions, 'tree'> }) {
  const graph = useMemo(() => treeGraph(tree), [tree]);
  const [laid, setLaid] = useState<{ graph: typeof graph; positions: Map<string, { x: number; y: number }> } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void layoutTreeGraph(graph).then((positions) => live && setLaid({ graph, positions }));
    return () => {
      live = false;
    };
  }, [graph]);

  const context = useMemo(() => ({ ...actions, tree }), [actions, tree]);
  const nodes: Node[] = useMemo(
    () =>
      (laid?.graph.nodes ?? []).map((n) => ({
        id: n.id,
        type: n.type,
        position: laid?.positions.get(n.id) ?? { x: 0, y: 0 },
        data: { graph: n },
        draggable: false,
        connectable: false,
        // Clickable: React Flow gives nodes that are neither selectable nor draggable no pointer events.
        selectable: true,
      })),
    [laid],
  );
  const edges: Edge[] = useMemo(
    () =>
      (laid?.graph.edges ?? []).map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: 'plus',
        data: { edge: e },
        markerEnd: { type: MarkerType.ArrowClosed },
        selectable: false,
      })),
    [laid],
  );
  if (!laid) return <Spin style={{ margin: 24 }} />;
  return (
    <SimpleFlowContext.Provider value={context}>
      <div data-testid="simple-flow" style={{ width: '100%', height: '100%' }}>
        <ReactFlow
          key={laid.graph.nodes.length}
          nodes={nodes}
          edges={edges}
          nodeTypes={simpleNodeTypes}
          edgeTypes={simpleEdgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          fitView
          fitViewOptions={{ maxZoom: 1 }}
          minZoom={0.2}
          proOptions={{ hideAttribution: true }}
          onPaneClick={() => actions.select(null)}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </SimpleFlowContext.Provider>
  );
}
