// The header's bell: the live unread count, and the notification list in a popover.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { NotificationList } from './notification-list';
import { useUnreadCount } from './notifications.api';
import { useUnreadStream } from './use-unread-stream';

export function NotificationBell() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  useUnreadStream(Boolean(session));
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={t('notifications.title')}
      content={open ? <NotificationList unread={unread} onNavigate={() => setOpen(false)} /> : null}
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={unread ? t('notifications.bellCount', { count: unread }) : t('notifications.bell')}
          data-testid="notification-bell"
          data-unread={unread}
        />
      </Badge>
    </Popover>
  );
}
