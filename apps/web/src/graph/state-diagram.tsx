// Read-only diagram of a definition (the task and instance pages show where an instance is); pan, zoom, minimap.
import type { StateValueContract } from '@liucheng/contracts';
import type { WorkflowSpec } from '@liucheng/engine';
import { Background, Controls, MarkerType, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Spin } from 'antd';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/use-language';
import { stateValuePaths } from '../spec/spec-meta';
import { activePaths, toFlowElements } from './flow-elements';
import { diagramEdgeTypes, diagramNodeTypes } from './nodes/diagram-types';
import type { DiagramFlowEdge, DiagramFlowNode } from './nodes/flow-types';
import { browserRegistry } from './registry-info';
import { useLaidOutGraph } from './use-laid-out-graph';

export interface StateDiagramProps {
  /** The definition spec (any published version or draft). */
  spec: WorkflowSpec | Record<string, unknown>;
  /** The instance's state value; its active states (and their ancestors) are highlighted. */
  activeState?: StateValueContract;
  /** Height in pixels (default 420). */
  height?: number;
  /** Show the minimap (default true; a small embedded diagram can do without). */
  showMinimap?: boolean;
}

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

/** Colours the minimap like the nodes: active green, tasks blue, others grey. */
function minimapColour(node: DiagramFlowNode): string {
  if (node.data.active) return '#52c41a';
  if (node.type === 'compound') return 'rgba(173,198,255,0.35)';
  return node.type === 'task' ? '#91caff' : '#d9d9d9';
}

/**
 * The definition as a state diagram: states as nodes (groups for compound/parallel states),
 * transitions as labelled edges, laid out automatically. Read-only.
 *
 * @example <StateDiagram spec={version.spec} activeState={instance.state} height={360} />
 */
export function StateDiagram(props: StateDiagramProps) {
  // Its own store: embedded next to (or inside) the designer it never shares the editing canvas's viewport or nodes.
  return (
    <ReactFlowProvider>
      <DiagramView {...props} />
    </ReactFlowProvider>
  );
}

/** Marks active nodes in the DOM (`data-active="true"`), for tests and styling. */
function withActiveAttribute(node: DiagramFlowNode): DiagramFlowNode {
  return node.data.active
    ? { ...node, domAttributes: { 'data-active': 'true' } as DiagramFlowNode['domAttributes'] }
    : node;
}

function DiagramView({ spec, activeState, height = 420, showMinimap = true }: StateDiagramProps) {
  const lang = useLanguage();
  const workflow = spec as WorkflowSpec;
  const graph = useLaidOutGraph(workflow);
  const active = useMemo(
    () => (activeState === undefined ? undefined : activePaths(stateValuePaths(activeState))),
    [activeState],
  );
  const elements = useMemo(() => {
    if (!graph) return null;
    const flow = toFlowElements(graph, workflow, { lang, registry: browserRegistry, active });
    return {
      nodes: (flow.nodes as DiagramFlowNode[]).map(withActiveAttribute),
      edges: flow.edges.map((e) => ({ ...e, markerEnd: ARROW })) as DiagramFlowEdge[],
    };
  }, [graph, workflow, lang, active]);
  return (
    <div style={{ height, width: '100%', border: '1px solid #f0f0f0', borderRadius: 8 }} data-testid="state-diagram">
      {elements ? (
        <ReactFlow<DiagramFlowNode, DiagramFlowEdge>
          nodes={elements.nodes}
          edges={elements.edges}
          nodeTypes={diagramNodeTypes}
          edgeTypes={diagramEdgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          fitView
          minZoom={0.1}
          onlyRenderVisibleElements
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={16} />
          {showMinimap && <MiniMap pannable zoomable nodeColor={minimapColour} style={{ width: 140, height: 90 }} />}
          <Controls showInteractive={false} />
        </ReactFlow>
      ) : (
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' }}>
          <Spin />
        </div>
      )}
    </div>
  );
}
