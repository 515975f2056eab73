import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CcItem, CcList, CcReadAllResult, CcUnreadCount } from '@liucheng/contracts';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inboxFilterSql } from '../common/inbox-filter';
import { rows } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { rowSummaries } from '../definitions/row-summaries';
import { decodeCursor, keysetPage } from '../instances/instance-cursor';
import { CC_ITEM_COLUMNS, CC_ITEM_JOINS, toCcItem, type CcItemRow } from './cc-item.mapper';
import type { ListCcQuery } from './dto/list-cc.query';

const DEFAULT_LIMIT = 50;

/** 抄送我的: every query is narrowed to `recipient = <me>`. */
@Injectable()
export class CcService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly definitions: CompiledDefinitionsService,
  ) {}

  async list(username: string, query: ListCcQuery): Promise<CcList> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [`c.recipient = ${add(username)}`, ...inboxFilterSql(query, add)];
    if (query.status === 'unread') where.push('c.read_at IS NULL');
    if (query.status === 'read') where.push('c.read_at IS NOT NULL');
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      where.push(`(c.created_at, c.id) < (${add(cursor.createdAt)}::timestamptz, ${add(cursor.id)}::uuid)`);
    }
    const found = await rows<CcItemRow>(
      this.dataSource,
      `SELECT ${CC_ITEM_COLUMNS} FROM cc_items c ${CC_ITEM_JOINS}
       WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT ${add(limit + 1)}`,
      params,
    );
    const { page, nextCursor } = keysetPage(found, limit);
    const summaries = await this.summaries(page);
    return {
      items: page.map((row, i) => toCcItem(row, summaries[i])),
      nextCursor,
    };
  }

  async unreadCount(username: string): Promise<CcUnreadCount> {
    const [row] = await rows<{ unread: number }>(
      this.dataSource,
      `SELECT count(*)::int AS unread FROM cc_items WHERE recipient = $1 AND read_at IS NULL`,
      [username],
    );
    return { unread: row?.unread ?? 0 };
  }

  /** Marks one of mine read (a second time keeps the first read time); another's is a 404 like a missing one. */
  async markRead(username: string, id: string): Promise<CcItem> {
    const [row] = await rows<CcItemRow>(
      this.dataSource,
      `WITH marked AS (
         UPDATE cc_items SET read_at = COALESCE(read_at, $3::timestamptz) WHERE id = $1 AND recipient = $2 RETURNING *
       )
       SELECT ${CC_ITEM_COLUMNS} FROM marked c ${CC_ITEM_JOINS}`,
      [id, username, this.clock().toISOString()],
    );
    if (!row) throw new ApiError(404, `CC item ${id} does not exist`, { reason: 'cc-not-found' });
    const [summary] = await this.summaries([row]);
    return toCcItem(row, summary);
  }

  private summaries(found: CcItemRow[]) {
    return rowSummaries(
      this.definitions,
      this.dataSource,
      found.map((r) => ({ key: r.definition_key, version: r.i_version, context: r.i_context })),
    );
  }

  async markAllRead(username: string): Promise<CcReadAllResult> {
    const [row] = await rows<{ marked: number }>(
      this.dataSource,
      `WITH marked AS (
         UPDATE cc_items SET read_at = $2::timestamptz WHERE recipient = $1 AND read_at IS NULL RETURNING 1
       )
       SELECT count(*)::int AS marked FROM marked`,
      [username, this.clock().toISOString()],
    );
    return { marked: row?.marked ?? 0 };
  }
}
