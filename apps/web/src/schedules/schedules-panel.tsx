// The designer's 定时发起 panel: the published version's schedules, their next occurrences, and
// pause / resume / run now for process owners and admins.
import type { ScheduleSummary } from '@liucheng/contracts';
import { App, Button, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRunScheduleNow, useSchedules, useScheduleToggle } from '../api/schedules.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { QueryResult } from '../common/query-result';
import { formatDate } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { describePeople, describeRule, formatOccurrence } from './schedule-text';

// The API lets these roles pause, resume and run schedules (route policy manageSchedules).
const MANAGER_ROLES = ['owner', 'admin'];

export function SchedulesPanel({ definitionKey }: { definitionKey: string }) {
  const { t } = useTranslation();
  const query = useSchedules(definitionKey);
  const { session } = useSession();
  const canManage = Boolean(session?.user.roles.some((role) => MANAGER_ROLES.includes(role)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="schedules-panel">
      <Typography.Paragraph type="secondary">{t('schedules.intro')}</Typography.Paragraph>
      <QueryResult query={query}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty description={t('schedules.empty')} />
          ) : (
            <List
              dataSource={items}
              rowKey="key"
              renderItem={(s) => <ScheduleItem schedule={s} definitionKey={definitionKey} canManage={canManage} />}
            />
          )
        }
      </QueryResult>
    </Space>
  );
}

function ScheduleItem(props: { schedule: ScheduleSummary; definitionKey: string; canManage: boolean }) {
  const { schedule: s, definitionKey, canManage } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const toggle = useScheduleToggle(definitionKey);
  const runNow = useRunScheduleNow(definitionKey);

  const onToggle = async () => {
    const action = s.paused ? 'resume' : 'pause';
    await toggle.mutateAsync({ scheduleKey: s.key, action });
    void message.success(t(action === 'pause' ? 'schedules.paused_done' : 'schedules.resumed_done'));
  };
  const onRun = async () => {
    const result = await runNow.mutateAsync(s.key);
    const count = (status: string) => result.items.filter((r) => r.status === status).length;
    void message.success(t('schedules.runNowDone', { started: count('started'), failed: count('failed') }));
  };

  return (
    <List.Item data-testid={`schedule-${s.key}`}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{pickLabel(s.title, language, s.key)}</Typography.Text>
          <Tag color={s.paused ? 'default' : 'green'} data-testid={`schedule-state-${s.key}`}>
            {t(s.paused ? 'schedules.paused' : 'schedules.active')}
          </Tag>
        </Space>
        <Space size={8}>
          <Typography.Text type="secondary">{t('schedules.rule')}</Typography.Text>
          <Typography.Text data-testid={`schedule-rule-${s.key}`}>{describeRule(s.rule, t)}</Typography.Text>
        </Space>
        <Space size={8}>
          <Typography.Text type="secondary">{t('schedules.people')}</Typography.Text>
          <Typography.Text>{describePeople(s.people, t)}</Typography.Text>
        </Space>
        {s.paused && s.pausedAt && (
          <Typography.Text type="secondary">
            {t('schedules.pausedBy', { user: s.pausedBy ?? '', at: formatOccurrence(s.pausedAt, language) })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">{t('schedules.next')}</Typography.Text>
        {s.next.length === 0 ? (
          <Typography.Text type="secondary">{t('schedules.noNext')}</Typography.Text>
        ) : (
          <ul style={{ margin: 0 }} data-testid={`schedule-next-${s.key}`}>
            {s.next.map((at) => (
              <li key={at}>{formatOccurrence(at, language)}</li>
            ))}
          </ul>
        )}
        {!s.paused && s.calendarCoveredUntil && s.next.length < 5 && (
          <Typography.Text type="warning" data-testid={`schedule-calendar-limit-${s.key}`}>
            {t('schedules.calendarLimit', { date: formatDate(s.calendarCoveredUntil, language) })}
          </Typography.Text>
        )}
        {canManage && (
          <Space>
            <Button
              size="small"
              loading={toggle.isPending}
              onClick={() => void onToggle().catch(() => undefined)}
              data-testid={`schedule-toggle-${s.key}`}
            >
              {t(s.paused ? 'schedules.resume' : 'schedules.pause')}
            </Button>
            <Popconfirm title={t('schedules.runNowConfirm')} onConfirm={() => onRun().catch(() => undefined)}>
              <Button size="small" type="primary" loading={runNow.isPending} data-testid={`schedule-run-${s.key}`}>
                {t('schedules.runNow')}
              </Button>
            </Popconfirm>
          </Space>
        )}
        {toggle.error && <ErrorAlert error={toggle.error} />}
        {runNow.error && <ErrorAlert error={runNow.error} />}
      </Space>
    </List.Item>
  );
}
