// A row's buttons: claim (an open task nobody holds yet) and open/view.
import type { Task } from '@liucheng/contracts';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClaimTask } from '../api/tasks.api';
import { summariseError } from '../common/error-summary';
import type { InboxTab } from './inbox-tab';

export function TaskActions({ task, tab, block }: { task: Task; tab: InboxTab; block?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const claim = useClaimTask();
  const open = () => navigate(`/tasks/${task.id}`);
  const claimable = tab !== 'done' && task.status === 'open' && !task.assignee;

  return (
    <Space size={8} style={block ? { width: '100%', justifyContent: 'flex-end' } : undefined}>
      {claimable && (
        <Button
          type="primary"
          loading={claim.isPending}
          onClick={() =>
            claim.mutate(
              { id: task.id, action: 'claim' },
              {
                onSuccess: () => void message.success(t('inbox.claimed')),
                onError: (error) => void message.error(summariseError(error, t).message),
              },
            )
          }
        >
          {t('inbox.claim')}
        </Button>
      )}
      <Button type={claimable || tab === 'done' ? 'default' : 'primary'} onClick={open}>
        {tab === 'done' ? t('inbox.view') : t('inbox.open')}
      </Button>
    </Space>
  );
}
