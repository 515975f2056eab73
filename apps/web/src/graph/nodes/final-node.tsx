// A final state: a rounded pill with a double border.
import { CheckCircleFilled } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { leafSize } from '../node-size';
import type { DiagramFlowNode } from './flow-types';
import { frameStyle, ProblemBadge, StateHandles } from './node-parts';

export const FinalNode = memo(function FinalNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const { width, height } = leafSize({ final: true, task: false } as never);
  const frame = frameStyle(data, selected);
  return (
    <div
      data-testid={`state-${data.path}`}
      style={{
        width,
        height,
        borderRadius: height / 2,
        padding: '0 12px',
        boxSizing: 'border-box',
        position: 'relative',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontWeight: 600,
        fontSize: 13,
        ...frame,
        border: `3px double ${data.problems.length > 0 ? '#ff4d4f' : data.active ? '#52c41a' : '#595959'}`,
      }}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <CheckCircleFilled style={{ color: '#595959', marginRight: 6 }} />
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{data.title}</span>
    </div>
  );
});
