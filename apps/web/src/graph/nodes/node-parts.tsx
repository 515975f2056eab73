// Pieces every state node shares: connection handles, the problem badge, the title line.
import { ExclamationCircleFilled, PlayCircleFilled } from '@ant-design/icons';
import { Handle, Position } from '@xyflow/react';
import { Tooltip } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { approvalModeLabel } from '../approval-mode-labels';
import type { DiagramNodeData } from '../flow-elements';
import { TITLE_LINE } from '../node-size';

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

/** The heatmap's badge (analytics), top left; nothing without heat. */
export function HeatBadge({ data }: { data: DiagramNodeData }) {
  if (!data.heat) return null;
  return (
    <Tooltip title={data.heat.detail}>
      <span
        data-testid="heat-badge"
        style={{
          position: 'absolute',
          top: -10,
          left: 6,
          height: 18,
          borderRadius: 9,
          background: '#262626',
          color: '#fff',
          fontSize: 11,
          lineHeight: '18px',
          padding: '0 6px',
          whiteSpace: 'nowrap',
          zIndex: 2,
        }}
      >
        {data.heat.badge}
      </span>
    </Tooltip>
  );
}

/** Wraps to at most three lines (the node is sized for them, see node-size.ts); the full title on hover. */
const TITLE_STYLE: CSSProperties = {
  fontWeight: 600,
  fontSize: 13,
  lineHeight: `${TITLE_LINE}px`,
  overflow: 'hidden',
  overflowWrap: 'anywhere',
  display: '-webkit-box',
  WebkitBoxOrient: 'vertical',
  WebkitLineClamp: 3,
};

/** The state title with the start marker of initial states. */
export function NodeTitle({ data }: { data: DiagramNodeData }) {
  return (
    <div style={TITLE_STYLE} title={data.title} data-testid="node-title">
      {data.initial && <PlayCircleFilled style={{ color: '#52c41a', marginRight: 4 }} />}
      {data.title}
    </div>
  );
}

/** 或签/会签/依次/票签 of an approval step, as a small tag; nothing on other states. */
export function ApprovalModeBadge({ data }: { data: DiagramNodeData }) {
  const lang = useLanguage();
  if (!data.approvalMode) return null;
  return (
    <span
      data-testid="approval-mode"
      data-mode={data.approvalMode}
      style={{
        fontSize: 11,
        lineHeight: '16px',
        color: '#531dab',
        background: '#f9f0ff',
        border: '1px solid #d3adf7',
        borderRadius: 4,
        padding: '0 4px',
        marginRight: 4,
        whiteSpace: 'nowrap',
      }}
    >
      {approvalModeLabel(data.approvalMode, lang)}
    </span>
  );
}

/**
 * The frame colours: red for problems, green when active (the current step, with a halo), pale
 * green once visited on the instance's path, blue when selected.
 */
export function frameStyle(data: DiagramNodeData, selected: boolean | undefined): CSSProperties {
  const border =
    data.problems.length > 0
      ? '#ff4d4f'
      : data.active
        ? '#52c41a'
        : selected
          ? '#1677ff'
          : data.visited
            ? '#95de64'
            : '#d9d9d9';
  const halo = selected ? '0 0 0 3px rgba(22,119,255,0.2)' : data.active ? '0 0 0 4px rgba(82,196,26,0.25)' : undefined;
  return {
    border: `${data.active || selected || data.visited ? 2 : 1}px solid ${border}`,
    background: data.active ? '#f6ffed' : data.visited ? '#fcfff8' : '#fff',
    boxShadow: halo ?? '0 1px 2px rgba(0,0,0,0.06)',
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
        ...(data.heat ? { background: data.heat.colour } : {}),
      }}
      data-heat={data.heat ? data.heat.colour : undefined}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <HeatBadge data={data} />
      <NodeTitle data={data} />
      {children}
    </div>
  );
}
