// The task page's facts: process, current step, starter, assignee or candidates, arrival and due time.
import type { Instance, Task } from '@liucheng/contracts';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueText } from '../inbox/due-text';
import { useNow } from '../inbox/use-now';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { StateValueText } from '../instances/state-value-text';
import type { SpecMeta } from '../spec/spec-meta';

export interface TaskHeaderProps {
  task: Task;
  instance?: Instance;
  meta: SpecMeta;
  spec?: unknown;
}

export function TaskHeader({ task, instance, meta, spec }: TaskHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="task-title">
        {pickLabel(task.title, language, task.statePath)}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('inbox.process')}>
          <Link to={`/instances/${task.instanceId}`}>{pickLabel(meta.title, language, task.definitionKey)}</Link>
          {instance?.businessKey && <Typography.Text code> {instance.businessKey}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.state')}>
          {instance ? <StateValueText value={instance.state} spec={spec} /> : task.statePath}
        </Descriptions.Item>
        <Descriptions.Item label={t('instances.startedBy')}>{instance?.startedBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={task.assignee ? t('inbox.assignee') : t('inbox.candidates')}>
          {task.assignee ?? (
            <Space size={[4, 4]} wrap>
              <Typography.Text type="secondary">{t('inbox.unassigned')}</Typography.Text>
              {task.candidateRoles.map((role) => (
                <Tag key={role}>{t(`roles.${role}`, { defaultValue: role }) as string}</Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.arrived')}>{formatDateTime(task.createdAt, language)}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.colDue')}>
          {task.status === 'open' ? <DueText dueAt={task.dueAt} now={now} /> : formatDateTime(task.dueAt, language)}
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
