// A human task: title, candidate roles or assignee, due rule.
import { ClockCircleOutlined, UserOutlined } from '@ant-design/icons';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { word, type DiagramLanguage } from '../diagram-labels';
import type { DiagramFlowNode } from './flow-types';
import { useDetailed } from './use-detailed';
import { ApprovalModeBadge, LoopList, StateCard } from './node-parts';

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
  const roles = data.roles.map((role) => t(`roles.${role}` as 'roles.staff', { defaultValue: role })).join('、');
  const who = [roles, data.assignee ? `→ ${assigneeText(data.assignee, lang)}` : ''].filter(Boolean).join(' ');
  return (
    <StateCard data={data} selected={selected} size={data.size} accent={{ borderLeft: '4px solid #1677ff' }}>
      {detailed && (
        <>
          <div style={LINE}>
            <ApprovalModeBadge data={data} />
            {(who || !data.approvalMode) && (
              <>
                <UserOutlined style={{ marginRight: 4 }} />
                {who || '—'}
              </>
            )}
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
    </StateCard>
  );
});
