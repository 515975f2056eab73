// The pieces of an inbox row, shared by the table (wide screens) and the cards (phones).
import type { TaskListItem } from '@liucheng/contracts';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { DueText } from './due-text';
import type { InboxTab } from './inbox-tab';
import { useUserNames } from './use-user-names';

/** The task title in the current language, linking to the task page. */
export function TaskTitleLink({ task }: { task: TaskListItem }) {
  const language = useLanguage();
  return (
    <Link
      to={`/tasks/${task.id}`}
      style={{ fontWeight: 600 }}
      data-task-id={task.id}
      data-instance-id={task.instanceId}
    >
      {pickLabel(task.title, language, task.statePath)}
    </Link>
  );
}

/** The process title (from the instance summary, else the catalogue, else the key). */
export function ProcessText({ task, fallback }: { task: TaskListItem; fallback?: string }) {
  const language = useLanguage();
  // `instance` arrived with the task-list contract change; older servers send bare tasks.
  const title = task.instance?.title ? pickLabel(task.instance.title, language) : fallback;
  return <Typography.Text>{title || task.definitionKey}</Typography.Text>;
}

/** Business key (when there is one) and who started the instance. */
export function StarterText({ task }: { task: TaskListItem }) {
  const { t } = useTranslation();
  const nameOf = useUserNames();
  const instance = task.instance;
  if (!instance) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0}>
      {instance.businessKey && <Typography.Text code>{instance.businessKey}</Typography.Text>}
      <Typography.Text type="secondary">{t('inbox.startedBy', { user: nameOf(instance.startedBy) })}</Typography.Text>
    </Space>
  );
}

/** Due time for open tasks; completion time for done ones. */
export function WhenText({ task, tab, now }: { task: TaskListItem; tab: InboxTab; now: number }) {
  const language = useLanguage();
  if (tab === 'done') return <Typography.Text>{formatDateTime(task.completedAt, language)}</Typography.Text>;
  return <DueText dueAt={task.dueAt} now={now} />;
}
