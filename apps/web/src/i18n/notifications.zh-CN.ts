// The header's notification bell and its list, zh-CN. Flat: `notifications.<key>`.
export const notificationsZhCN = {
  bell: '通知',
  bellCount: '{{count}} 条未读通知',
  title: '通知',
  empty: '暂无通知',
  markRead: '标为已读',
  readAll: '全部已读',
  unreadOnly: '只看未读',
  open: '查看流程',
  more: '加载更多',
};
