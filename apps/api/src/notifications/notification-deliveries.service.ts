import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationDeliveryList } from '@liucheng/contracts';
import { rows } from '../common/transaction';
import { decodeCursor, keysetPage } from '../instances/instance-cursor';
import type { ListDeliveriesQuery } from './dto/list-deliveries.query';
import { toDelivery, type DeliveryRow } from './notification.mapper';

const DEFAULT_LIMIT = 50;

/** The delivery outbox as admins see it. */
@Injectable()
export class NotificationDeliveriesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListDeliveriesQuery): Promise<NotificationDeliveryList> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.status) where.push(`d.status = ${add(query.status)}`);
    if (query.channel) where.push(`d.channel = ${add(query.channel)}`);
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      where.push(`(d.created_at, d.id) < (${add(cursor.createdAt)}::timestamptz, ${add(cursor.id)}::uuid)`);
    }
    const found = await rows<DeliveryRow>(
      this.dataSource,
      `SELECT d.id, d.notification_id, d.channel, d.status, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at,
         d.created_at, n.recipient, n.instance_id
       FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY d.created_at DESC, d.id DESC LIMIT ${add(limit + 1)}`,
      params,
    );
    const { page, nextCursor } = keysetPage(found, limit);
    return {
      items: page.map(toDelivery),
      nextCursor,
    };
  }
}
