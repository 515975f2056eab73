// A plain state: title, key, targetless transitions.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { word } from '../diagram-labels';
import { leafSize } from '../node-size';
import type { DiagramFlowNode } from './flow-types';
import { useDetailed } from './use-detailed';
import { LoopList, StateCard } from './node-parts';

export const AtomicNode = memo(function AtomicNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const lang = useLanguage();
  const detailed = useDetailed();
  return (
    <StateCard data={data} selected={selected} size={leafSize({ final: false, task: false } as never)}>
      <div style={{ fontSize: 11, color: '#8c8c8c' }}>{data.key}</div>
      {detailed && <LoopList loops={data.loops} label={word('internal', lang)} />}
    </StateCard>
  );
});
