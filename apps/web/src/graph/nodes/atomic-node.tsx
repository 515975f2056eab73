// A plain state: title, key, targetless transitions.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { word } from '../diagram-labels';
import { leafSize } from '../node-size';
import type { DiagramFlowNode } from './flow-types';
import { useDetailed } from './use-detailed';
import { frameStyle, LoopList, NodeTitle, ProblemBadge, StateHandles } from './node-parts';

export const AtomicNode = memo(function AtomicNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const lang = useLanguage();
  const detailed = useDetailed();
  const { width, height } = leafSize({ final: false, task: false } as never);
  return (
    <div
      data-testid={`state-${data.path}`}
      style={{
        width,
        height,
        borderRadius: 8,
        padding: '6px 10px',
        boxSizing: 'border-box',
        position: 'relative',
        ...frameStyle(data, selected),
      }}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <NodeTitle data={data} />
      <div style={{ fontSize: 11, color: '#8c8c8c' }}>{data.key}</div>
      {detailed && <LoopList loops={data.loops} label={word('internal', lang)} />}
    </div>
  );
});
