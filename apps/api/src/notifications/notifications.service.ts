import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Notification, NotificationList, ReadAllResult, UnreadCount } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { rows } from '../common/transaction';
import { decodeCursor, keysetPage } from '../instances/instance-cursor';
import type { ListNotificationsQuery } from './dto/list-notifications.query';
import { NOTIFICATION_COLUMNS, NOTIFICATION_JOINS, toNotification, type NotificationRow } from './notification.mapper';

const DEFAULT_LIMIT = 50;

/** The signed-in user's inbox: every query is narrowed to `recipient = <me>`. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(username: string, query: ListNotificationsQuery): Promise<NotificationList> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const params: unknown[] = [username];
    const where = ['n.recipient = $1'];
    if (query.unread === 'true') where.push('n.read_at IS NULL');
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      params.push(cursor.createdAt, cursor.id);
      where.push(`(n.created_at, n.id) < ($2::timestamptz, $3::uuid)`);
    }
    params.push(limit + 1);
    const found = await rows<NotificationRow>(
      this.dataSource,
      `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n ${NOTIFICATION_JOINS}
       WHERE ${where.join(' AND ')} ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    );
    const { page, nextCursor } = keysetPage(found, limit);
    return {
      items: page.map(toNotification),
      nextCursor,
    };
  }

  async unreadCount(username: string): Promise<UnreadCount> {
    const [row] = await rows<{ unread: number }>(
      this.dataSource,
      `SELECT count(*)::int AS unread FROM notifications WHERE recipient = $1 AND read_at IS NULL`,
      [username],
    );
    return { unread: row?.unread ?? 0 };
  }

  /** Marks one of mine read (a second time keeps the first read time); another's is a 404 like a missing one. */
  async markRead(username: string, id: string): Promise<Notification> {
    const [row] = await rows<NotificationRow>(
      this.dataSource,
      `WITH marked AS (
         UPDATE notifications SET read_at = COALESCE(read_at, $3::timestamptz) WHERE id = $1 AND recipient = $2 RETURNING *
       )
       SELECT ${NOTIFICATION_COLUMNS} FROM marked n ${NOTIFICATION_JOINS}`,
      [id, username, this.clock().toISOString()],
    );
    if (!row) {
      throw new ApiError(404, `Notification ${id} does not exist`, { reason: 'notification-not-found' });
    }
    return toNotification(row);
  }

  async markAllRead(username: string): Promise<ReadAllResult> {
    const [row] = await rows<{ marked: number }>(
      this.dataSource,
      `WITH marked AS (
         UPDATE notifications SET read_at = $2::timestamptz WHERE recipient = $1 AND read_at IS NULL RETURNING 1
       )
       SELECT count(*)::int AS marked FROM marked`,
      [username, this.clock().toISOString()],
    );
    return { marked: row?.marked ?? 0 };
  }
}
