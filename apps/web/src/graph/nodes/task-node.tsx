// A human task: title, candidate roles or assignee, due rule.
import { ClockCircleOutlined, UserOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { word, type DiagramLanguage } from '../diagram-labels';
import { leafSize } from '../node-size';
import type { DiagramFlowNode } from './flow-types';
import { useDetailed } from './use-detailed';
import { frameStyle, LoopList, NodeTitle, ProblemBadge, StateHandles } from './node-parts';

const LINE = {
  fontSize: 11,
  color: '#595959',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

/** `starter` / `starter.manager` / `context.x` in words. */
export function assigneeText(assignee: string, lang: DiagramLanguage): string {
  if (assignee === 'starter') return word('starter', lang);
  if (assignee === 'starter.manager') return word('starterManager', lang);
  return assignee.replace(/^context\./, '');
}

export const TaskNode = memo(function TaskNode({ data, selected }: NodeProps<DiagramFlowNode>) {
  const lang = useLanguage();
  const detailed = useDetailed();
  const { t } = useTranslation();
  const { width, height } = leafSize({ final: false, task: true } as never);
  const roles = data.roles.map((role) => t(`roles.${role}` as 'roles.staff', { defaultValue: role })).join('、');
  const who = [roles, data.assignee ? `→ ${assigneeText(data.assignee, lang)}` : ''].filter(Boolean).join(' ');
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
        borderLeft: '4px solid #1677ff',
        ...frameStyle(data, selected),
      }}
    >
      <StateHandles />
      <ProblemBadge problems={data.problems} />
      <NodeTitle data={data} />
      {detailed && (
        <>
          <div style={LINE}>
            <UserOutlined style={{ marginRight: 4 }} />
            {who || '—'}
          </div>
          {data.due && (
            <div style={LINE}>
              <ClockCircleOutlined style={{ marginRight: 4 }} />
              {word('due', lang)} {data.due}
            </div>
          )}
          <LoopList loops={data.loops} label={word('internal', lang)} />
        </>
      )}
    </div>
  );
});
