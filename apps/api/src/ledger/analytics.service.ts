import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { VersionAnalyticsReport } from '@liucheng/contracts';
import { versionAnalytics, type StateValue } from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { rows } from '../common/transaction';

/**
 * One definition version's analytics from its instances, their history and their tasks:
 * instances by status and state, time in each state (median, p90) and the overdue rate.
 */
@Injectable()
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  async version(key: string, version: number, now: Date): Promise<VersionAnalyticsReport> {
    const exists = await rows(this.dataSource, `SELECT 1 FROM definition_versions WHERE key = $1 AND version = $2`, [
      key,
      version,
    ]);
    if (exists.length === 0) throw ApiError.notFound(`Definition ${key} has no version ${version}`);
    const [instances, events, tasks] = await Promise.all([
      rows<{ id: string; status: string; state: StateValue }>(
        this.dataSource,
        `SELECT id, status, state FROM instances WHERE definition_key = $1 AND definition_version = $2`,
        [key, version],
      ),
      // Only entries that changed the state matter for stays; the first entry always does.
      rows<{ instance_id: string; seq: number; at: Date; state_after: StateValue }>(
        this.dataSource,
        `SELECT instance_id, seq, at, state_after FROM (
           SELECT e.instance_id, e.seq, e.at, e.state_after,
                  lag(e.state_after) OVER (PARTITION BY e.instance_id ORDER BY e.seq) AS before
             FROM instance_events e JOIN instances i ON i.id = e.instance_id
            WHERE i.definition_key = $1 AND i.definition_version = $2) s
          WHERE before IS NULL OR before <> state_after
          ORDER BY instance_id, seq`,
        [key, version],
      ),
      rows<{ due_at: Date | null; completed_at: Date | null; status: string }>(
        this.dataSource,
        `SELECT t.due_at, t.completed_at, t.status FROM tasks t JOIN instances i ON i.id = t.instance_id
          WHERE i.definition_key = $1 AND i.definition_version = $2 AND t.status <> 'cancelled'`,
        [key, version],
      ),
    ]);
    const history = new Map<string, Array<{ seq: number; at: string; stateAfter: StateValue }>>();
    for (const e of events) {
      const list = history.get(e.instance_id) ?? [];
      list.push({ seq: e.seq, at: e.at.toISOString(), stateAfter: e.state_after });
      history.set(e.instance_id, list);
    }
    const at = now.toISOString();
    const result = versionAnalytics({
      instances: instances.map((i) => ({ status: i.status, state: i.state, history: history.get(i.id) ?? [] })),
      tasks: tasks.map((t) => ({
        dueAt: t.due_at?.toISOString() ?? null,
        completedAt: t.completed_at?.toISOString() ?? null,
        status: t.status,
      })),
      now: at,
    });
    return { definitionKey: key, version, at, ...result };
  }
}
