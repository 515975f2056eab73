// Why the form is (or is not) live: unclaimed (with Claim), someone else's, not mine, finished.
import type { Task } from '@liucheng/contracts';
import { Alert, App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClaimTask } from '../api/tasks.api';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import type { TaskAccess } from './task-access';

export function TaskStatusNotice(props: { task: Task; access: TaskAccess; outcomeLabel: (type: string) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const claim = useClaimTask();
  const { task, access } = props;

  switch (access) {
    case 'candidate':
      return (
        <>
          <Alert
            type="info"
            showIcon
            title={t('inbox.claimHint')}
            action={
              <Button
                type="primary"
                loading={claim.isPending}
                onClick={() =>
                  claim.mutate(
                    { id: task.id, action: 'claim' },
                    { onSuccess: () => void message.success(t('inbox.claimed')) },
                  )
                }
              >
                {t('inbox.claim')}
              </Button>
            }
          />
          {claim.error && <ErrorAlert error={claim.error} />}
        </>
      );
    case 'claimed-by-other':
      return <Alert type="warning" showIcon title={t('inbox.claimedBy', { user: task.assignee })} />;
    case 'none':
      return <Alert type="warning" showIcon title={t('inbox.notCandidate')} />;
    case 'done':
      return (
        <Alert
          type="success"
          showIcon
          title={t('inbox.doneBy', {
            user: task.completedBy ?? '—',
            at: formatDateTime(task.completedAt, language),
            outcome: task.outcome ? props.outcomeLabel(task.outcome) : '—',
          })}
        />
      );
    case 'cancelled':
      return <Alert type="info" showIcon title={t('inbox.cancelled')} />;
    case 'transferred':
      return <Alert type="info" showIcon title={t('inbox.transferred')} />;
    case 'delegated':
      return <Alert type="info" showIcon title={t('inbox.delegated')} />;
    case 'removed':
      return <Alert type="info" showIcon title={t('inbox.removed')} />;
    case 'moved':
      return <Alert type="info" showIcon title={t('inbox.moved')} />;
    default:
      return null;
  }
}
