// The bell's list: newest notifications, unread ones marked, each opening its instance; mark read / all read.
import type { Notification } from '@liucheng/contracts';
import { Badge, Button, Empty, Flex, List, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../common/error-alert';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './notifications.api';

export function NotificationList({ unread, onNavigate }: { unread: number; onNavigate: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly, true);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const open = (item: Notification) => {
    if (!item.readAt) markRead.mutate(item.id);
    onNavigate();
    navigate(`/instances/${item.instanceId}`);
  };

  return (
    <Flex vertical gap={8} style={{ width: 'min(360px, 86vw)' }} data-testid="notification-list">
      <Flex justify="space-between" align="center" gap={8}>
        <Flex align="center" gap={6}>
          <Switch
            size="small"
            checked={unreadOnly}
            onChange={setUnreadOnly}
            aria-label={t('notifications.unreadOnly')}
          />
          <Typography.Text type="secondary">{t('notifications.unreadOnly')}</Typography.Text>
        </Flex>
        <Button
          size="small"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
          data-testid="notifications-read-all"
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      {list.error ? (
        <ErrorAlert error={list.error} />
      ) : (
        <List<Notification>
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
          style={{ maxHeight: 400, overflowY: 'auto' }}
          renderItem={(item) => (
            <List.Item
              data-notification-id={item.id}
              data-read={item.readAt ? 'true' : 'false'}
              actions={
                item.readAt
                  ? undefined
                  : [
                      <Button key="read" type="link" size="small" onClick={() => markRead.mutate(item.id)}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                avatar={<Badge status={item.readAt ? 'default' : 'processing'} />}
                title={
                  <Typography.Link strong={!item.readAt} onClick={() => open(item)}>
                    {pickLabel(item.definitionTitle, language, item.definitionKey)}
                  </Typography.Link>
                }
                description={
                  <Flex vertical>
                    <Typography.Text>{pickLabel(item.message, language)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(item.createdAt, language)}
                    </Typography.Text>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
