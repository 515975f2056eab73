// A user's proxy ranges (latest first) with their state; active and upcoming ones can be cancelled.
import type { UserProxy } from '@liucheng/contracts';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCancelProxy, useUserProxies } from '../api/proxies.api';
import { ErrorAlert } from '../common/error-alert';
import { useLanguage } from '../i18n/use-language';
import { UserName } from '../users/user-name';
import { lastDayOf, proxyRangeState, type ProxyRangeState } from './proxy-range';

type StateKey = 'admin.proxyUpcoming' | 'admin.proxyActive' | 'admin.proxyEnded' | 'admin.proxyCancelledState';

const STATE_TAG: Record<ProxyRangeState, { color: string; key: StateKey }> = {
  upcoming: { color: 'blue', key: 'admin.proxyUpcoming' },
  active: { color: 'green', key: 'admin.proxyActive' },
  ended: { color: 'default', key: 'admin.proxyEnded' },
  cancelled: { color: 'default', key: 'admin.proxyCancelledState' },
};

export function ProxyList({ username }: { username: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const proxies = useUserProxies(username);
  const cancel = useCancelProxy(username);
  const day = (date: Date) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(date);
  const now = new Date();

  return (
    <>
      {proxies.error && <ErrorAlert error={proxies.error} />}
      {cancel.error && <ErrorAlert error={cancel.error} />}
      <Table<UserProxy>
        rowKey="id"
        size="small"
        data-testid="proxy-list"
        loading={proxies.isPending}
        dataSource={proxies.data ?? []}
        pagination={false}
        locale={{ emptyText: t('admin.noProxies') }}
        scroll={{ x: true }}
        columns={[
          { key: 'proxy', title: t('admin.proxy'), render: (_v, row) => <UserName username={row.proxy} /> },
          {
            key: 'range',
            title: t('admin.range'),
            render: (_v, row) => `${day(new Date(row.startsAt))} ${t('admin.until')} ${day(lastDayOf(row.endsAt))}`,
          },
          {
            key: 'reason',
            title: t('admin.reason'),
            dataIndex: 'reason',
            render: (reason: string | null) => reason || '—',
          },
          {
            key: 'state',
            title: t('admin.status'),
            render: (_v, row) => {
              const tag = STATE_TAG[proxyRangeState(row, now)];
              return <Tag color={tag.color}>{t(tag.key)}</Tag>;
            },
          },
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_v, row) => {
              const state = proxyRangeState(row, now);
              if (state !== 'active' && state !== 'upcoming') return null;
              return (
                <Popconfirm
                  title={t('admin.cancelProxyConfirm')}
                  okText={t('admin.cancelProxy')}
                  cancelText={t('admin.cancel')}
                  onConfirm={() =>
                    cancel.mutate(row.id, { onSuccess: () => void message.success(t('admin.proxyCancelled')) })
                  }
                >
                  <Button size="small" danger>
                    {t('admin.cancelProxy')}
                  </Button>
                </Popconfirm>
              );
            },
          },
        ]}
      />
    </>
  );
}
