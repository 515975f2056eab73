// The editable canvas: drag to move (kept in meta.position), connect handles to add a transition,
// drag an edge end to re-target it, click to select; problems are drawn as red badges.
import {
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { App, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activePaths as withAncestors, toFlowElements } from '../../graph/flow-elements';
import { EdgeLabelClickContext } from '../../graph/nodes/edge-click-context';
import { diagramEdgeTypes, diagramNodeTypes } from '../../graph/nodes/diagram-types';
import type { DiagramFlowEdge, DiagramFlowNode } from '../../graph/nodes/flow-types';
import { browserRegistry } from '../../graph/registry-info';
import { useLaidOutGraph } from '../../graph/use-laid-out-graph';
import { useLanguage } from '../../i18n/use-language';
import { useDesignerStore, useDesignerStoreApi } from '../editing/use-designer-store';
import { addTransition, retargetTransition, setPosition } from '../editing/spec-edits';
import { ConnectModal, type ConnectRequest } from './connect-modal';
import { labelledProblems } from '../../common/problem-label';
import { addressOfEdge, edgeOfAddress } from './edge-address';

/** The id of the canvas node under the pointer where a drag ended. */
function nodeIdAt(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
}

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

export interface DesignerCanvasProps {
  /** Active leaf state paths to highlight (e.g. from the try-it panel). */
  activePaths?: string[];
}

export function DesignerCanvas({ activePaths }: DesignerCanvasProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useLanguage();
  const store = useDesignerStoreApi();
  const { spec, validation, selection, focus } = useDesignerStore();
  const graph = useLaidOutGraph(spec);
  const flow = useReactFlow<DiagramFlowNode, DiagramFlowEdge>();
  const [connect, setConnect] = useState<ConnectRequest | null>(null);
  const active = useMemo(() => (activePaths?.length ? withAncestors(activePaths) : undefined), [activePaths]);

  const elements = useMemo(
    () =>
      graph && spec
        ? toFlowElements(graph, spec, {
            lang,
            registry: browserRegistry,
            problems: labelledProblems([...validation.errors, ...validation.warnings], t),
            active,
          })
        : null,
    [graph, spec, lang, validation, active, t],
  );
  const selectedNode = selection?.kind === 'state' ? selection.path : null;
  const selectedEdge = selection?.kind === 'transition' ? selection.edgeId : null;

  // Nodes are local state so dragging is smooth; every spec change rebuilds them.
  const [nodes, setNodes] = useState<DiagramFlowNode[]>([]);
  const [nodesOf, setNodesOf] = useState<{ elements: typeof elements; selectedNode: string | null } | null>(null);
  if (elements && (nodesOf?.elements !== elements || nodesOf.selectedNode !== selectedNode)) {
    setNodesOf({ elements, selectedNode });
    setNodes(elements.nodes.map((n) => ({ ...n, selected: n.id === selectedNode }) as DiagramFlowNode));
  }
  const edges = useMemo(
    () =>
      (elements?.edges ?? []).map(
        (e) =>
          ({ ...e, markerEnd: ARROW, selected: e.id === selectedEdge, reconnectable: 'target' }) as DiagramFlowEdge,
      ),
    [elements, selectedEdge],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<DiagramFlowNode>[]) =>
      setNodes((current) =>
        applyNodeChanges(
          changes.filter((c) => c.type !== 'remove' && c.type !== 'select'),
          current,
        ),
      ),
    [],
  );

  const guarded = useCallback(
    (edit: () => void) => {
      try {
        edit();
      } catch (error) {
        void message.error(t('designer.edEditError', { message: (error as Error).message }));
      }
    },
    [message, t],
  );

  const selectEdge = useCallback(
    (id: string) => store.select({ kind: 'transition', edgeId: id, address: addressOfEdge(id) }),
    [store],
  );

  // Zoom to what the problems list (or anything else) asked for.
  useEffect(() => {
    if (!focus) return;
    const ids = focus.id.includes('|') ? [addressOfEdge(focus.id).source, flow.getEdge(focus.id)?.target] : [focus.id];
    const targets = ids.filter((id): id is string => Boolean(id)).map((id) => ({ id }));
    void flow.fitView({ nodes: targets, duration: 400, maxZoom: 1.2, padding: 0.4 });
  }, [focus, flow]);

  if (!spec || !elements) {
    return (
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', height: '100%' }}>
        <Spin />
      </div>
    );
  }

  return (
    <EdgeLabelClickContext.Provider value={selectEdge}>
      <ReactFlow<DiagramFlowNode, DiagramFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={diagramNodeTypes}
        edgeTypes={diagramEdgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={(_event, _node, dragged) =>
          guarded(() => store.setSpec((s) => dragged.reduce((acc, n) => setPosition(acc, n.id, n.position), s)))
        }
        onNodeClick={(_event, node) => store.select({ kind: 'state', path: node.id })}
        onEdgeClick={(_event, edge) => selectEdge(edge.id)}
        onPaneClick={() => store.select(null)}
        onConnect={(c: Connection) => c.source && c.target && setConnect({ source: c.source, target: c.target })}
        onConnectEnd={(event, connection) => {
          // Dropping anywhere on a state (not only on its handle) connects to it.
          if (connection.isValid || !connection.fromNode || connection.fromHandle?.type !== 'source') return;
          const target = nodeIdAt(event);
          if (target) setConnect({ source: connection.fromNode.id, target });
        }}
        onReconnect={(edge, c) =>
          c.target &&
          c.target !== edge.target &&
          guarded(() => store.setSpec((s) => retargetTransition(s, addressOfEdge(edge.id), c.target)))
        }
        edgesReconnectable
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        fitView
        minZoom={0.05}
        onlyRenderVisibleElements
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={16} />
        <MiniMap pannable zoomable />
        <Controls />
      </ReactFlow>
      <ConnectModal
        spec={spec}
        request={connect}
        onCancel={() => setConnect(null)}
        onConfirm={(choice) => {
          const request = connect;
          setConnect(null);
          if (!request) return;
          guarded(() => {
            let address = null as ReturnType<typeof addTransition>['address'] | null;
            const key = choice.kind === 'on' ? choice.event : choice.kind === 'after' ? choice.delay : '';
            store.setSpec((s) => {
              const result = addTransition(s, request.source, request.target, key, choice.kind);
              address = result.address;
              return result.spec;
            });
            if (address) store.select({ kind: 'transition', edgeId: edgeOfAddress(address), address });
          });
        }}
      />
    </EdgeLabelClickContext.Provider>
  );
}
