import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Instance, InstancePage } from '@liucheng/contracts';
import { acceptedEvents } from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { readableInstanceIdsSql, readableInstancesSql } from '../policies/instance-access.policy';
import { inboxFilterSql } from '../common/inbox-filter';
import type { InboxFilterQuery } from '../common/inbox-filter.query';
import { rows } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { toTask, type TaskRow } from '../tasks/task.mapper';
import { decodeCursor, keysetPage } from './instance-cursor';
import {
  fieldFilterSql,
  indexedFieldFilterSql,
  indexedFieldIdsSql,
  parseFieldFilter,
  type FieldFilter,
} from './instance-field-filter';
import { HiddenFieldsService } from './hidden-fields.service';
import { INSTANCE_COLUMNS, toInstance, type InstanceRow } from './instance.mapper';
import { isSearchFieldDeclared } from './search-field-declared.query';
import { assertFieldSearchable } from './search-field-hidden.query';

export interface InstanceFilter extends InboxFilterQuery {
  status?: string;
  definitionVersion?: number;
  participant?: string;
  field?: string;
  op?: string;
  value?: string;
  limit?: number;
  cursor?: string;
}

const DEFAULT_LIMIT = 50;
/**
 * A reader (or participant) with at most this many instance ids has them gathered first and the
 * page read by id; with more, their instances are dense enough that the date-ordered scan with the
 * EXISTS rule finds a page quickly (measured at a million instances: bench/README.md, read side).
 */
const ID_SET_LIMIT = 5000;

/** Reads instances (with their open tasks and accepted events); writes go through EventPathService. */
@Injectable()
export class InstancesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: CompiledDefinitionsService,
    private readonly hidden: HiddenFieldsService,
  ) {}

  /** One instance; `hidden` the fields 表单权限 hides from its reader. */
  async get(id: string, hidden: readonly string[] = []): Promise<Instance> {
    const [row] = await rows<InstanceRow>(
      this.dataSource,
      `SELECT ${INSTANCE_COLUMNS} FROM instances i WHERE i.id = $1`,
      [id],
    );
    if (!row) throw ApiError.notFound(`Instance ${id} does not exist`);
    const [instance] = await this.withTasks([row], new Map([[id, [...hidden]]]));
    return instance;
  }

  /** Newest first, only what `user` may read; `nextCursor` continues after the last item (keyset pagination). */
  async list(filter: InstanceFilter, user: AuthenticatedUser): Promise<InstancePage> {
    const limit = filter.limit ?? DEFAULT_LIMIT;
    const field = parseFieldFilter(filter);
    if (field) await assertFieldSearchable(this.dataSource, user, field.path, filter.definitionKey);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const readableIds = await this.fewIds((bind) => readableInstanceIdsSql(user, bind));
    const readable = readableIds ? `i.id = ANY(${add(readableIds)}::uuid[])` : readableInstancesSql(user, add);
    if (readable) where.push(readable);
    where.push(...inboxFilterSql(filter, add));
    if (filter.status) where.push(`i.status = ${add(filter.status)}`);
    if (filter.definitionVersion) where.push(`i.definition_version = ${add(filter.definitionVersion)}`);
    if (filter.participant) {
      const who = filter.participant;
      const ids = await this.fewIds((bind) => participantIdsSql(bind(who)));
      where.push(ids ? `i.id = ANY(${add(ids)}::uuid[])` : participantSql(add(who)));
    }
    if (field) where.push(await this.fieldSql(field, filter.definitionKey, add));
    if (filter.cursor) {
      const cursor = decodeCursor(filter.cursor);
      where.push(`(i.created_at, i.id) < (${add(cursor.createdAt)}::timestamptz, ${add(cursor.id)}::uuid)`);
    }
    const found = await rows<InstanceRow>(
      this.dataSource,
      `SELECT ${INSTANCE_COLUMNS} FROM instances i ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY i.created_at DESC, i.id DESC LIMIT ${add(limit + 1)}`,
      params,
    );
    const { page, nextCursor } = keysetPage(found, limit);
    const hidden = await this.hidden.forInstances(
      user,
      page.map((r) => ({ id: r.id, definitionKey: r.definition_key, version: r.definition_version })),
    );
    return {
      items: await this.withTasks(page, hidden),
      nextCursor,
    };
  }

  /**
   * A data-field comparison. For a field the definition declares (`meta.search`) the search
   * table answers: its matching ids when there are at most {@link ID_SET_LIMIT} (a rare value is
   * then a page read by id), else a probe of each instance's row in the list's order (a common
   * value fills a page quickly). Otherwise every instance's context is read. Same answers.
   */
  private async fieldSql(
    field: FieldFilter,
    definitionKey: string | undefined,
    add: (value: unknown) => string,
  ): Promise<string> {
    if (!definitionKey || !(await isSearchFieldDeclared(this.dataSource, definitionKey, field.path.join('.'))))
      return fieldFilterSql(field, add);
    const ids = await this.fewIds((bind) => indexedFieldIdsSql(field, definitionKey, bind));
    return ids ? `i.id = ANY(${add(ids)}::uuid[])` : indexedFieldFilterSql(field, add);
  }

  /**
   * The distinct ids an id query (`build` binds its own parameters) gives, when it gives at most
   * {@link ID_SET_LIMIT} rows; `undefined` when there are more (or no query: the user reads all).
   */
  private async fewIds(build: (add: (value: unknown) => string) => string | undefined): Promise<string[] | undefined> {
    const params: unknown[] = [];
    const sql = build((value) => {
      params.push(value);
      return `$${params.length}`;
    });
    if (!sql) return undefined;
    const found = await rows<{ id: string }>(
      this.dataSource,
      `SELECT id FROM (${sql}) ids LIMIT ${ID_SET_LIMIT + 1}`,
      params,
    );
    if (found.length > ID_SET_LIMIT) return undefined;
    return [...new Set(found.map((r) => r.id))];
  }

  /** Adds open tasks (one query for all rows) and accepted events; leaves out each row's hidden fields. */
  private async withTasks(found: InstanceRow[], hidden: ReadonlyMap<string, string[]>): Promise<Instance[]> {
    if (found.length === 0) return [];
    const tasks = await rows<TaskRow>(
      this.dataSource,
      `SELECT * FROM tasks WHERE instance_id = ANY($1::uuid[]) AND status = 'open' ORDER BY created_at, id`,
      [found.map((r) => r.id)],
    );
    const result: Instance[] = [];
    for (const row of found) {
      // Cached per (key, version); a finished instance whose version is gone still lists, without a summary.
      const compiled = await this.definitions
        .get(this.dataSource, row.definition_key, row.definition_version)
        .catch((error: unknown) => {
          if (row.status === 'running') throw error;
          return undefined;
        });
      const accepted = row.status === 'running' && compiled ? acceptedEvents(compiled, row.snapshot) : [];
      const open = tasks.filter((t) => t.instance_id === row.id).map(toTask);
      result.push(toInstance(row, accepted, open, compiled?.spec.meta.summary, hidden.get(row.id)));
    }
    return result;
  }
}

/** The ids {@link participantSql} admits, as a UNION ALL of index scans (ids may repeat). */
function participantIdsSql(who: string): string {
  return `SELECT s.id FROM instances s WHERE s.started_by = ${who}
    UNION ALL SELECT e.instance_id FROM instance_events e WHERE e.actor = ${who}
    UNION ALL SELECT t.instance_id FROM tasks t WHERE t.assignee = ${who}
    UNION ALL SELECT t.instance_id FROM tasks t WHERE t.completed_by = ${who} AND t.completed_by IS DISTINCT FROM t.assignee`;
}

/** Started it, acted in its history (any entry, votes and timers' `system` included) or has/had a task on it. */
function participantSql(who: string): string {
  return `(i.started_by = ${who}
    OR EXISTS (SELECT 1 FROM instance_events e WHERE e.instance_id = i.id AND e.actor = ${who})
    OR EXISTS (SELECT 1 FROM tasks t WHERE t.instance_id = i.id
      AND (t.assignee = ${who} OR (t.completed_by = ${who} AND t.completed_by IS DISTINCT FROM t.assignee))))`;
}
