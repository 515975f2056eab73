// The notification bell labels, English; typed from zh-CN so a missing key fails the type-check.
import type { Messages } from './zh-CN';

export const notificationsEn: Messages['notifications'] = {
  bell: 'Notifications',
  bellCount: '{{count}} unread notifications',
  title: 'Notifications',
  empty: 'No notifications',
  markRead: 'Mark read',
  readAll: 'Mark all read',
  unreadOnly: 'Unread only',
  open: 'Open the instance',
  more: 'Load more',
};
