import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstanceTimer, InstanceTimerList, TimerIncidentList } from '@liucheng/contracts';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows } from '../common/transaction';
import { CompiledDefinitionsService } from '../definitions/compiled-definitions.service';
import { TimerDrainService } from './timer-drain.service';
import { TimerWorkerService } from './timer-worker.service';
import { TIMER_COLUMNS, toInstanceTimer, toTimerIncident, type TimerRow } from './timer.mapper';
import { timerSettings } from './timer-settings';

/** The most incidents one answer lists (oldest first within each kind). */
const INCIDENT_LIMIT = 200;

/** Timers an operator must look at, an instance's pending timers, and the retry of a failed one. */
@Injectable()
export class TimerIncidentsService {
  private readonly overdueAfterMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly drain: TimerDrainService,
    private readonly worker: TimerWorkerService,
    private readonly definitions: CompiledDefinitionsService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.overdueAfterMs = timerSettings(options.timers).overdueAfterMs;
  }

  /** Failed timers, timers retrying after a failure, and timers overdue by more than the grace period. */
  async incidents(): Promise<TimerIncidentList> {
    const now = this.clock();
    const overdueBefore = new Date(now.getTime() - this.overdueAfterMs).toISOString();
    // Three indexed reads (timers_failed_idx, timers_retrying_idx, timers_run_at_idx).
    const found = await rows<TimerRow & { definition_key: string }>(
      this.dataSource,
      `(SELECT ${TIMER_COLUMNS}, i.definition_key FROM timers t JOIN instances i ON i.id = t.instance_id
          WHERE t.status = 'failed' ORDER BY t.failed_at, t.id LIMIT ${INCIDENT_LIMIT})
       UNION ALL
       (SELECT ${TIMER_COLUMNS}, i.definition_key FROM timers t JOIN instances i ON i.id = t.instance_id
          WHERE t.status = 'scheduled' AND t.attempts > 0 ORDER BY t.next_attempt_at, t.id LIMIT ${INCIDENT_LIMIT})
       UNION ALL
       (SELECT ${TIMER_COLUMNS}, i.definition_key FROM timers t JOIN instances i ON i.id = t.instance_id
          WHERE t.status = 'scheduled' AND COALESCE(t.next_attempt_at, t.due_at) <= $1 AND t.attempts = 0
          ORDER BY COALESCE(t.next_attempt_at, t.due_at), t.id LIMIT ${INCIDENT_LIMIT})`,
      [overdueBefore],
    );
    const [lag] = await rows<{ oldest: Date | null }>(
      this.dataSource,
      `SELECT COALESCE(next_attempt_at, due_at) AS oldest FROM timers
        WHERE status = 'scheduled' AND COALESCE(next_attempt_at, due_at) <= $1
        ORDER BY COALESCE(next_attempt_at, due_at) LIMIT 1`,
      [now.toISOString()],
    );
    return {
      items: found.map((row) => toTimerIncident(row, now)),
      lagMs: lag?.oldest ? Math.max(0, now.getTime() - new Date(lag.oldest).getTime()) : 0,
      overdueAfterMs: this.overdueAfterMs,
      worker: {
        enabled: this.worker.isEnabled,
        lastDrainAt: this.drain.lastDrainAt?.toISOString() ?? null,
        fired: this.drain.totals.fired,
        retried: this.drain.totals.retried,
        failed: this.drain.totals.failed,
      },
    };
  }

  /**
   * The instance's scheduled and failed timers, soonest first, each with what it does (the
   * caller checked read access).
   */
  async instanceTimers(instanceId: string): Promise<InstanceTimerList> {
    const found = await rows<TimerRow & { definition_key: string; definition_version: number }>(
      this.dataSource,
      `SELECT ${TIMER_COLUMNS}, i.definition_key, i.definition_version FROM timers t
         JOIN instances i ON i.id = t.instance_id
        WHERE t.instance_id = $1 AND t.status IN ('scheduled', 'failed')
        ORDER BY t.due_at, t.timer_id`,
      [instanceId],
    );
    if (found.length === 0) return { items: [] };
    const compiled = await this.definitions.get(this.dataSource, found[0].definition_key, found[0].definition_version);
    return { items: found.map((row) => toInstanceTimer(row, compiled)) };
  }

  /**
   * Schedules a failed (or retrying) timer's next attempt for now with a fresh attempt count,
   * and wakes this process's worker. 404 unknown id; 409 `not-an-incident` otherwise.
   */
  async retry(id: string): Promise<InstanceTimer> {
    const retried = await inTransaction(this.dataSource, async (q) => {
      const [owner] = await rows<{ instance_id: string }>(q, `SELECT instance_id FROM timers WHERE id = $1`, [id]);
      if (!owner) throw ApiError.notFound(`Timer incident ${id} does not exist`);
      // The instance first, as every event and the worker do.
      await q.query(`SELECT 1 FROM instances WHERE id = $1 FOR UPDATE`, [owner.instance_id]);
      const [row] = await rows<TimerRow>(q, `SELECT ${TIMER_COLUMNS} FROM timers t WHERE t.id = $1`, [id]);
      if (!row || !(row.status === 'failed' || (row.status === 'scheduled' && row.attempts > 0))) {
        throw ApiError.conflict(`Timer ${id} is ${row?.status ?? 'gone'} and has no failure to retry`, {
          reason: 'not-an-incident',
        });
      }
      const [updated] = await rows<TimerRow>(
        q,
        `UPDATE timers t SET status = 'scheduled', attempts = 0, next_attempt_at = $2, failed_at = NULL
          WHERE t.id = $1 RETURNING ${TIMER_COLUMNS}`,
        [id, this.clock().toISOString()],
      );
      return toInstanceTimer(updated);
    });
    this.worker.wake();
    return retried;
  }
}
