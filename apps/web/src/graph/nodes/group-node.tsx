// A compound or parallel state drawn as a frame around its children; parallel regions are dashed.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useLanguage } from '../../i18n/use-language';
import { word } from '../diagram-labels';
import type { DiagramFlowNode } from './flow-types';
import { NodeTitle, ProblemBadge, StateHandles } from './node-parts';

export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const lang = useLanguage();
  const border = data.problems.length > 0 ? '#ff4d4f' : data.active ? '#52c41a' : selected ? '#1677ff' : '#adc6ff';
  return (
    <div
      data-testid={`state-${data.path}`}
      style={{
        width: '100%',
        height: '100%',
        borderRadius: 10,
        border: `${selected || data.active ? 2 : 1}px ${data.region ? 'dashed' : 'solid'} ${border}`,
        background: data.parallel
          ? 'rgba(240,245,255,0.6)'
          : data.region
            ? 'rgba(255,255,255,0.7)'
            : 'rgba(250,250,250,0.7)',
        boxSizing: 'border-box',
        position: 'relative',
        padding: '6px 10px',
      }}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <div style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
        <NodeTitle data={data} />
        {data.parallel && (
          <span
            style={{ fontSize: 11, color: '#1677ff', border: '1px solid #91caff', borderRadius: 4, padding: '0 4px' }}
          >
            ‖ {word('parallel', lang)}
          </span>
        )}
      </div>
    </div>
  );
});
