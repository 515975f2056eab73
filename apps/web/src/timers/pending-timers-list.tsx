// An instance's pending timers: what each does, on which step, when (Asia/Shanghai) and how long until or since.
import type { InstanceTimer, Task } from '@liucheng/contracts';
import { List, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useInstanceTimers } from '../api/timers.api';
import { QueryResult } from '../common/query-result';
import { useNow } from '../inbox/use-now';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { stateTitle } from '../spec/spec-meta';
import { formatShanghai, timeLeft } from './time-left';

const TIMEOUT_LABELS = {
  approve: 'timers.timeoutApprove',
  reject: 'timers.timeoutReject',
  sendBack: 'timers.timeoutSendBack',
  escalate: 'timers.timeoutEscalate',
} as const;

/** What the timer does, in the reader's language. */
export function purposeText(timer: InstanceTimer, t: TFunction): string {
  const { purpose } = timer;
  if (purpose.kind === 'remind') return t('timers.remind');
  if (purpose.kind === 'timeout') return t(purpose.action ? TIMEOUT_LABELS[purpose.action] : 'timers.timeoutUnknown');
  return t('timers.delay');
}

function Distance({ dueAt, now }: { dueAt: string; now: number }) {
  const { t } = useTranslation();
  const left = timeLeft(dueAt, now);
  if (!left) return null;
  const amount = t(`timers.${left.unit}`, { count: left.count });
  return left.overdue ? (
    <Tag color="error">{t('timers.overdue', { amount })}</Tag>
  ) : (
    <Tag color="processing">{t('timers.left', { amount })}</Tag>
  );
}

export function PendingTimersList({ instanceId, spec, tasks }: { instanceId: string; spec: unknown; tasks: Task[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow();
  const timers = useInstanceTimers(instanceId);
  const stepName = (path: string) =>
    pickLabel(tasks.find((task) => task.statePath === path)?.title ?? stateTitle(spec, path), language, path);
  return (
    <QueryResult query={timers}>
      {(data) => (
        <List
          size="small"
          data-testid="pending-timers"
          dataSource={data.items}
          locale={{ emptyText: t('timers.empty') }}
          renderItem={(timer) => (
            <List.Item data-timer={timer.timerId}>
              <Space orientation="vertical" size={2}>
                <Space size={8} wrap>
                  <Typography.Text strong>{purposeText(timer, t)}</Typography.Text>
                  {timer.status === 'failed' ? (
                    <Tag color="error">{t('timers.failed')}</Tag>
                  ) : (
                    <Distance dueAt={timer.nextAttemptAt ?? timer.dueAt} now={now} />
                  )}
                </Space>
                <Typography.Text type="secondary">
                  {t('timers.step', { step: stepName(timer.statePath) })} ·{' '}
                  {t('timers.dueAt', { at: formatShanghai(timer.dueAt, language) })}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </QueryResult>
  );
}
