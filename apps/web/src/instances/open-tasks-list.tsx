// The instance's open tasks: title, candidate roles (when it has any), assignee and due time.
import type { Task } from '@liucheng/contracts';
import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { UserName } from '../users/user-name';

export function OpenTasksList({ tasks }: { tasks: Task[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = tasks.filter((task) => task.status === 'open');
  return (
    <List
      size="small"
      dataSource={open}
      locale={{ emptyText: t('detail.tasksEmpty') }}
      renderItem={(task) => (
        <List.Item>
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Typography.Text strong>{pickLabel(task.title, language, task.statePath)}</Typography.Text>
            {task.candidateRoles.length > 0 && (
              <Space size={[4, 4]} wrap>
                <Typography.Text type="secondary">{t('detail.candidates')}:</Typography.Text>
                {task.candidateRoles.map((role) => (
                  <Tag key={role}>{t(`roles.${role}`, { defaultValue: role }) as string}</Tag>
                ))}
              </Space>
            )}
            <Typography.Text type="secondary">
              {t('detail.assignee')}: {task.assignee ? <UserName username={task.assignee} /> : t('detail.unassigned')}
              {task.dueAt && ` · ${t('detail.dueAt')}: ${formatDateTime(task.dueAt, language)}`}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
