// The inbox on wide screens: one table row per task.
import type { TaskListItem } from '@liucheng/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InboxTab } from './inbox-tab';
import { OutcomeText } from './outcome-text';
import { SummaryValues } from './summary-values';
import { TaskActions } from './task-actions';
import { ProcessText, StarterText, TaskTitleLink, WhenText } from './task-cells';

export interface TaskViewProps {
  tasks: TaskListItem[];
  tab: InboxTab;
  now: number;
  processTitle: (key: string) => string | undefined;
}

export function TaskTable({ tasks, tab, now, processTitle }: TaskViewProps) {
  const { t } = useTranslation();
  return (
    <Table<TaskListItem>
      rowKey="id"
      size="middle"
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('inbox.colTask'), key: 'task', render: (_, task) => <TaskTitleLink task={task} /> },
        {
          title: t('inbox.colProcess'),
          key: 'process',
          render: (_, task) => <ProcessText task={task} fallback={processTitle(task.definitionKey)} />,
        },
        { title: t('inbox.colStarter'), key: 'starter', render: (_, task) => <StarterText task={task} /> },
        {
          title: t('inboxTabs.colSummary'),
          key: 'summary',
          render: (_, task) => <SummaryValues fields={task.instance?.summary} />,
        },
        {
          title: tab === 'done' ? t('inbox.colCompleted') : t('inbox.colDue'),
          key: 'when',
          render: (_, task) => <WhenText task={task} tab={tab} now={now} />,
        },
        ...(tab === 'done'
          ? [
              {
                title: t('inbox.colOutcome'),
                key: 'outcome',
                render: (_: unknown, task: TaskListItem) => <OutcomeText task={task} />,
              },
            ]
          : []),
        {
          title: t('inbox.colActions'),
          key: 'actions',
          align: 'right' as const,
          render: (_, task) => <TaskActions task={task} tab={tab} />,
        },
      ]}
    />
  );
}
