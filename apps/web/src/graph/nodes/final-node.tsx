// A final state: a rounded pill with a double border.
import { CheckCircleFilled } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { TITLE_LINE } from '../node-size';
import type { DiagramFlowNode } from './flow-types';
import { frameStyle, ProblemBadge, StateHandles } from './node-parts';

export const FinalNode = memo(function FinalNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const { width, height } = data.size;
  const frame = frameStyle(data, selected);
  return (
    <div
      data-testid={`state-${data.path}`}
      style={{
        width,
        height,
        borderRadius: Math.min(height / 2, 24),
        padding: '0 12px',
        boxSizing: 'border-box',
        position: 'relative',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontWeight: 600,
        fontSize: 13,
        ...frame,
        border: `3px double ${data.problems.length > 0 ? '#ff4d4f' : data.active || data.visited ? '#52c41a' : '#595959'}`,
      }}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <CheckCircleFilled style={{ color: '#595959', marginRight: 6 }} />
      <span
        title={data.title}
        data-testid="node-title"
        style={{ lineHeight: `${TITLE_LINE}px`, overflowWrap: 'anywhere' }}
      >
        {data.title}
      </span>
    </div>
  );
});
