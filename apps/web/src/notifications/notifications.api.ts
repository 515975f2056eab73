// In-app notification endpoints and their react-query hooks: the list, the unread count, read marks.
import type { Notification, NotificationList, ReadAllResult, UnreadCount } from '@liucheng/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  unread: ['notifications', 'unread'] as const,
};

const LIST_SIZE = 20;

/** GET /api/notifications (the newest 20), loaded while the bell's list is open. */
export function useNotifications(unreadOnly: boolean, enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ signal }) =>
      apiRequest<NotificationList>('/api/notifications', {
        query: { unread: unreadOnly ? 'true' : undefined, limit: LIST_SIZE },
        signal,
      }),
    enabled,
  });
}

/** GET /api/notifications/unread-count: the bell's count until the stream answers (and if it cannot). */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => apiRequest<UnreadCount>('/api/notifications/unread-count', { signal }),
  });
}

/** POST /api/notifications/:id/read */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<Notification>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

/** POST /api/notifications/read-all */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<ReadAllResult>('/api/notifications/read-all', { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
