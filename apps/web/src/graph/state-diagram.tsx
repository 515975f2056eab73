// Read-only diagram of a definition (the task and instance pages show where an instance is, and how it got there); pan, zoom, minimap.
import type { StateValueContract } from '@liucheng/contracts';
import type { WorkflowSpec } from '@liucheng/engine';
import { Background, Controls, MarkerType, MiniMap, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Spin } from 'antd';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/use-language';
import { stateValuePaths } from '../spec/spec-meta';
import { activePaths, toFlowElements, type DiagramEdge, type DiagramNode, type NodeHeat } from './flow-elements';
import { DiagramAudienceContext, type DiagramAudience } from './nodes/diagram-audience';
import { diagramEdgeTypes, diagramNodeTypes } from './nodes/diagram-types';
import type { DiagramFlowEdge, DiagramFlowNode } from './nodes/flow-types';
import { pathTaken, type PathStep } from './path-taken';
import { ReadableFit } from './readable-fit';
import { browserRegistry } from './registry-info';
import { useLaidOutGraph } from './use-laid-out-graph';

export interface StateDiagramProps {
  /** The definition spec (any published version or draft). */
  spec: WorkflowSpec | Record<string, unknown>;
  /** The instance's state value; its active states (and their ancestors) are highlighted. */
  activeState?: StateValueContract;
  /** The instance's history: the states it went through and the transitions between them are drawn as its path. */
  history?: readonly PathStep[];
  /** Height in pixels (default 420). */
  height?: number;
  /** Show the minimap (default true; a small embedded diagram can do without). */
  showMinimap?: boolean;
  /**
   * `design` (default: the designer's panels) or `run` (task and instance pages): no action
   * jargon or state keys, its own compact layout, and a first view whose text is readable.
   */
  audience?: DiagramAudience;
  /** `run` only: centre the current step again whenever it changes (the history player). */
  followCurrent?: boolean;
  /** A heatmap over the states, by state path (the analytics view): fill colour and badge. */
  nodeHeat?: Readonly<Record<string, NodeHeat>>;
}

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 };
const TAKEN_ARROW = { ...ARROW, color: '#52c41a' };

/** Colours the minimap like the nodes: active green, tasks blue, others grey. */
function minimapColour(node: DiagramFlowNode): string {
  if (node.data.active) return '#52c41a';
  if (node.type === 'compound') return 'rgba(173,198,255,0.35)';
  if (node.data.visited) return '#b7eb8f';
  return node.type === 'task' ? '#91caff' : '#d9d9d9';
}

/**
 * The definition as a state diagram: states as nodes (groups for compound/parallel states),
 * transitions as labelled edges, laid out automatically. Read-only.
 *
 * @example <StateDiagram spec={version.spec} activeState={instance.state} history={entries} audience="run" />
 */
export function StateDiagram(props: StateDiagramProps) {
  // Its own store: embedded next to (or inside) the designer it never shares the editing canvas's viewport or nodes.
  return (
    <ReactFlowProvider>
      <DiagramAudienceContext.Provider value={props.audience ?? 'design'}>
        <DiagramView {...props} />
      </DiagramAudienceContext.Provider>
    </ReactFlowProvider>
  );
}

/** Marks nodes in the DOM (`data-active`, `data-visited`), for tests and styling. */
function withNodeAttributes(node: DiagramNode): DiagramFlowNode {
  const attributes = {
    ...(node.data.active ? { 'data-active': 'true' } : {}),
    ...(node.data.visited ? { 'data-visited': 'true' } : {}),
  };
  return (Object.keys(attributes).length > 0 ? { ...node, domAttributes: attributes } : node) as DiagramFlowNode;
}

/** The node with its heat (a group keeps its own look: its children carry the heat). */
function withHeat(node: DiagramNode, heat: NodeHeat | undefined): DiagramNode {
  return heat && node.type !== 'compound' ? { ...node, data: { ...node.data, heat } } : node;
}

/** Arrow heads, and `data-taken` on the edges the instance went along. */
function withEdgeAttributes(edge: DiagramEdge): DiagramFlowEdge {
  return {
    ...edge,
    markerEnd: edge.data.taken ? TAKEN_ARROW : ARROW,
    ...(edge.data.taken ? { domAttributes: { 'data-taken': 'true' }, zIndex: 1 } : {}),
  } as DiagramFlowEdge;
}

function DiagramView({
  spec,
  activeState,
  history,
  height = 420,
  showMinimap = true,
  audience,
  followCurrent = false,
  nodeHeat,
}: StateDiagramProps) {
  const lang = useLanguage();
  const run = audience === 'run';
  const workflow = spec as WorkflowSpec;
  const graph = useLaidOutGraph(workflow, run ? 'run' : 'design');
  const active = useMemo(
    () => (activeState === undefined ? undefined : activePaths(stateValuePaths(activeState))),
    [activeState],
  );
  const path = useMemo(() => (graph && history ? pathTaken(history, graph) : undefined), [graph, history]);
  const elements = useMemo(() => {
    if (!graph) return null;
    const flow = toFlowElements(graph, workflow, { lang, registry: browserRegistry, active, path, audience });
    const nodes = nodeHeat ? flow.nodes.map((n) => withHeat(n, nodeHeat[n.data.path])) : flow.nodes;
    return { plain: nodes, nodes: nodes.map(withNodeAttributes), edges: flow.edges.map(withEdgeAttributes) };
  }, [graph, workflow, lang, active, path, audience, nodeHeat]);
  // The current step: the active states that are not groups around other active states.
  const focus = useMemo(
    () => (elements?.nodes ?? []).filter((n) => n.data.active && n.type !== 'compound').map((n) => n.id),
    [elements],
  );
  return (
    <div
      style={{ height, width: '100%', border: '1px solid #f0f0f0', borderRadius: 8 }}
      data-testid="state-diagram"
      data-audience={audience ?? 'design'}
    >
      {elements ? (
        <ReactFlow<DiagramFlowNode, DiagramFlowEdge>
          nodes={elements.nodes}
          edges={elements.edges}
          nodeTypes={diagramNodeTypes}
          edgeTypes={diagramEdgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          // The run view fits itself (ReadableFit); on a page the wheel scrolls the page, dragging pans.
          fitView={!run}
          zoomOnScroll={!run}
          preventScrolling={!run}
          minZoom={0.1}
          onlyRenderVisibleElements={!run}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={16} />
          {showMinimap && (
            <MiniMap
              pannable
              zoomable
              nodeColor={minimapColour}
              style={run ? { width: 100, height: 64 } : { width: 140, height: 90 }}
            />
          )}
          <Controls showInteractive={false}>
            {run && <ReadableFit nodes={elements.plain} focus={focus} follow={followCurrent} />}
          </Controls>
        </ReactFlow>
      ) : (
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' }}>
          <Spin />
        </div>
      )}
    </div>
  );
}
