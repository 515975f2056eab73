// A transition: ELK's routed path (bezier between handles when there is none) with a label (event, [guard], / actions) or a clock and the delay for timers.
import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useDetailed } from './use-detailed';
import { Tooltip } from 'antd';
import { memo, useContext } from 'react';
import { EdgeLabelClickContext } from './edge-click-context';
import type { DiagramFlowEdge } from './flow-types';
import { routedPath, routeMidpoint } from './routed-path';
import { useLiveRoute } from './use-live-route';

export const TransitionEdge = memo(function TransitionEdge(props: EdgeProps<DiagramFlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const route = useLiveRoute(props.source, props.target, data?.route);
  const [bezier, bezierX, bezierY] = getBezierPath(props);
  // ELK kept room for the label on the route; a curve stacks the labels of edges between the same two states.
  const routeLabel = route ? (route.label ?? routeMidpoint(route.points)) : undefined;
  const path = route ? routedPath(route.points) : bezier;
  const labelX = routeLabel ? routeLabel.x : bezierX;
  const labelY = routeLabel ? routeLabel.y : bezierY + ((data?.lane ?? 0) - ((data?.lanes ?? 1) - 1) / 2) * 38;
  const onLabelClick = useContext(EdgeLabelClickContext);
  const showLabel = useDetailed();
  const bad = (data?.problems.length ?? 0) > 0;
  const lit = data?.active || data?.taken;
  const colour = bad ? '#ff4d4f' : selected ? '#1677ff' : lit ? '#52c41a' : '#8c8c8c';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{ stroke: colour, strokeWidth: data?.taken ? 2.5 : selected || lit ? 2 : 1.2 }}
      />
      {(showLabel || bad || selected) && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            data-testid={`edge-label-${id}`}
            onClick={onLabelClick ? () => onLabelClick(id) : undefined}
            style={{
              cursor: onLabelClick ? 'pointer' : 'default',
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              pointerEvents: 'all',
              background: '#fff',
              border: `1px solid ${bad ? '#ff4d4f' : selected ? '#1677ff' : data?.taken ? '#b7eb8f' : '#f0f0f0'}`,
              borderRadius: 6,
              padding: '1px 6px',
              fontSize: 11,
              maxWidth: 180,
              lineHeight: 1.35,
              color: '#262626',
              textAlign: 'center',
            }}
          >
            {bad && (
              <Tooltip
                title={data?.problems.map((p, i) => (
                  <div key={i}>{p}</div>
                ))}
              >
                <ExclamationCircleFilled data-testid="problem-badge" style={{ color: '#ff4d4f', marginRight: 4 }} />
              </Tooltip>
            )}
            {data?.timer !== undefined && (
              <span>
                <ClockCircleOutlined style={{ marginRight: 3 }} />
                {data.timer}
              </span>
            )}
            {data?.title && <span style={{ fontWeight: 500 }}>{data.title}</span>}
            {data?.guard && <div style={{ color: '#d46b08' }}>[{data.guard}]</div>}
            {data?.actions && <div style={{ color: '#8c8c8c' }}>/ {data.actions}</div>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
