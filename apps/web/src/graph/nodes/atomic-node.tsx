// A plain state: title, key, targetless transitions.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { word } from '../diagram-labels';
import type { DiagramFlowNode } from './flow-types';
import { useDiagramAudience } from './diagram-audience';
import { useDetailed } from './use-detailed';
import { LoopList, StateCard } from './node-parts';

export const AtomicNode = memo(function AtomicNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const lang = useLanguage();
  const detailed = useDetailed();
  // The key is the designer's name for the state; people on an instance read its title only.
  const design = useDiagramAudience() === 'design';
  return (
    <StateCard data={data} selected={selected} size={data.size}>
      {design && <div style={{ fontSize: 11, color: '#8c8c8c' }}>{data.key}</div>}
      {detailed && <LoopList loops={data.loops} label={word('internal', lang)} />}
    </StateCard>
  );
});
