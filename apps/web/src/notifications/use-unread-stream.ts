// Keeps the bell's unread count live through GET /api/notifications/stream (server-sent events).
// EventSource cannot send the bearer token, so each connect trades it for a fresh 60 s ticket;
// EventSource's own reconnect would reuse the spent ticket, so on error we close and reconnect ourselves.
import type { NotificationStreamEvent, NotificationStreamTicket, UnreadCount } from '@liucheng/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../api/api-client';
import { notificationKeys } from './notifications.api';

const RECONNECT_MS = 3_000;

export function useUnreadStream(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const reconnectLater = () => {
      if (!stopped) timer = setTimeout(() => void connect(), RECONNECT_MS);
    };
    const connect = async () => {
      let ticket: string;
      try {
        ticket = (await apiRequest<NotificationStreamTicket>('/api/notifications/stream-ticket', { method: 'POST' }))
          .ticket;
      } catch {
        reconnectLater();
        return;
      }
      if (stopped) return;
      source = new EventSource(`/api/notifications/stream?ticket=${encodeURIComponent(ticket)}`);
      source.addEventListener('unread', (event) => {
        const { unread } = JSON.parse((event as MessageEvent<string>).data) as NotificationStreamEvent;
        const before = queryClient.getQueryData<UnreadCount>(notificationKeys.unread)?.unread;
        queryClient.setQueryData<UnreadCount>(notificationKeys.unread, { unread });
        // A new notice usually means new work or a new copy: refresh the lists that show it.
        if (before !== unread) {
          void queryClient.invalidateQueries({ queryKey: ['notifications', 'list'] });
          void queryClient.invalidateQueries({ queryKey: ['cc'] });
          if (before !== undefined && unread > before)
            void queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] });
        }
      });
      source.onerror = () => {
        source?.close();
        source = null;
        reconnectLater();
      };
    };

    void connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [enabled, queryClient]);
}
