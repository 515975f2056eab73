// Pieces every state node shares: connection handles, the problem badge, the title line.
import { ExclamationCircleFilled, PlayCircleFilled } from '@ant-design/icons';
import { Handle, Position } from '@xyflow/react';
import { Tooltip } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import type { DiagramNodeData } from '../flow-elements';

const HANDLE_STYLE: CSSProperties = { width: 8, height: 8, background: '#8c8c8c', border: '1px solid #fff' };

/** A target handle on the left and a source handle on the right. */
export function StateHandles() {
  return (
    <>
      <Handle type="target" position={Position.Left} style={HANDLE_STYLE} />
      <Handle type="source" position={Position.Right} style={HANDLE_STYLE} />
    </>
  );
}

/** A red badge with the problems of this state as its tooltip; nothing when there are none. */
export function ProblemBadge({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <Tooltip
      title={problems.map((p, i) => (
        <div key={i}>{p}</div>
      ))}
    >
      <span
        data-testid="problem-badge"
        style={{
          position: 'absolute',
          top: -9,
          right: -9,
          minWidth: 18,
          height: 18,
          borderRadius: 9,
          background: '#ff4d4f',
          color: '#fff',
          fontSize: 11,
          lineHeight: '18px',
          textAlign: 'center',
          padding: '0 4px',
          zIndex: 2,
        }}
      >
        <ExclamationCircleFilled style={{ marginRight: 2 }} />
        {problems.length}
      </span>
    </Tooltip>
  );
}

/** The state title with the start marker of initial states. */
export function NodeTitle({ data }: { data: DiagramNodeData }) {
  return (
    <div style={{ fontWeight: 600, fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {data.initial && <PlayCircleFilled style={{ color: '#52c41a', marginRight: 4 }} />}
      {data.title}
    </div>
  );
}

/** The frame colours: red for problems, green when active, blue when selected. */
export function frameStyle(data: DiagramNodeData, selected: boolean | undefined): CSSProperties {
  const border = data.problems.length > 0 ? '#ff4d4f' : data.active ? '#52c41a' : selected ? '#1677ff' : '#d9d9d9';
  return {
    border: `${data.active || selected ? 2 : 1}px solid ${border}`,
    background: data.active ? '#f6ffed' : '#fff',
    boxShadow: selected ? '0 0 0 3px rgba(22,119,255,0.2)' : '0 1px 2px rgba(0,0,0,0.06)',
  };
}

/** Targetless transitions, listed small under the title. */
export function LoopList({ loops, label }: { loops: string[]; label: string }) {
  if (loops.length === 0) return null;
  return (
    <div style={{ fontSize: 11, color: '#8c8c8c', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      ↻ {loops.join(', ')} ({label})
    </div>
  );
}

/**
 * The card of a plain or task state: fixed size, frame by selection and problems, handles,
 * problem badge and title; `children` below the title.
 */
export function StateCard(props: {
  data: DiagramNodeData;
  selected: boolean | undefined;
  size: { width: number; height: number };
  accent?: CSSProperties;
  children?: ReactNode;
}) {
  const { data, selected, size, accent, children } = props;
  return (
    <div
      data-testid={`state-${data.path}`}
      style={{
        ...size,
        borderRadius: 8,
        padding: '6px 10px',
        boxSizing: 'border-box',
        position: 'relative',
        ...accent,
        ...frameStyle(data, selected),
      }}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <NodeTitle data={data} />
      {children}
    </div>
  );
}
