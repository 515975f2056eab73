import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockInstances } from '@liucheng/persistence';
import { SYSTEM_ACTOR } from '../auth/authenticated-user';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { EventPathService } from '../instances/event-path.service';
import { BatchedWrites } from './batched-writes';
import { afterFailure } from './timer-backoff.policy';
import { describeFailure, isTransientLockError, retiresTimer, retryTransient } from './timer-failure';
import { timerSettings, type TimerSettings } from './timer-settings';

/** What one drain did. */
export interface DrainResult {
  fired: number;
  /** Timers whose state was left (or whose instance ended) before they fired: cancelled. */
  retired: number;
  /** Failed, another attempt scheduled. */
  retried: number;
  /** Failed their last attempt: now `failed` incidents. */
  failed: number;
}

interface DueTimer {
  instance_id: string;
  timer_id: string;
  event_type: string;
  attempts: number;
}

/** `COALESCE(next_attempt_at, due_at)`: when a scheduled timer is to run (matches timers_run_at_idx). */
const RUN_AT = 'COALESCE(t.next_attempt_at, t.due_at)';

/**
 * Fires due timers through the event path as the `system` actor, exactly once each: the timer
 * row's `fired` mark is written by the event's own statement, in the event's transaction.
 *
 * Lock order is the event path's own: the instance row first (`FOR UPDATE OF i SKIP LOCKED`),
 * timer rows only afterwards, so a timer and a user event on one instance cannot deadlock.
 * Several timers fire per transaction: all at once (one read of the batch's instances, one
 * message of step statements with COMMIT), or, after a failure, each under its own savepoint,
 * so one failing event does not undo the others.
 */
@Injectable()
export class TimerDrainService {
  private readonly logger = new Logger('TimerWorker');
  private readonly settings: TimerSettings;
  /** This process's totals since start (GET /api/admin/timer-incidents shows them). */
  readonly totals: DrainResult = { fired: 0, retired: 0, retried: 0, failed: 0 };
  lastDrainAt: Date | null = null;
  /** Batches this process redid the careful way since start (something failed in the fast one). */
  carefulBatches = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.settings = timerSettings(options.timers);
  }

  /**
   * Fires every timer due now: `concurrency` loops (disjoint thanks to SKIP LOCKED), each
   * running batch after batch until one comes back short.
   */
  async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { fired: 0, retired: 0, retried: 0, failed: 0 };
    const loop = async () => {
      for (;;) {
        const { claimed, outcome } = await this.nextBatch();
        for (const k of Object.keys(result) as (keyof DrainResult)[]) {
          result[k] += outcome[k];
          this.totals[k] += outcome[k];
        }
        if (claimed < this.settings.batchSize) return;
      }
    };
    await Promise.all(Array.from({ length: this.settings.concurrency }, loop));
    this.lastDrainAt = this.clock();
    return result;
  }

  /**
   * The fast way first: every event of the batch straight into one transaction, the last write
   * riding with COMMIT. Any failure undoes that batch, which is then redone the careful way (a
   * savepoint per event, so each failure is recorded against its own timer).
   */
  private async nextBatch(): Promise<{ claimed: number; outcome: DrainResult }> {
    try {
      return await retryTransient(() => this.fireBatch(false));
    } catch (error) {
      if (isTransientLockError(error)) throw error;
      this.carefulBatches++;
      return retryTransient(() => this.fireBatch(true));
    }
  }

  /** Milliseconds until the next scheduled timer is due (null when none is scheduled). */
  async msUntilNextDue(): Promise<number | null> {
    const [row] = await rows<{ next: Date | null }>(
      this.dataSource,
      `SELECT ${RUN_AT} AS next FROM timers t WHERE t.status = 'scheduled' ORDER BY ${RUN_AT} LIMIT 1`,
    );
    return row?.next ? new Date(row.next).getTime() - this.clock().getTime() : null;
  }

  /** One transaction: claim up to `batchSize` due timers on unlocked instances and fire them. */
  private async fireBatch(careful: boolean): Promise<{ claimed: number; outcome: DrainResult }> {
    return inTransaction(this.dataSource, async (q) => {
      const outcome: DrainResult = { fired: 0, retired: 0, retried: 0, failed: 0 };
      const now = this.clock().toISOString();
      // Parameter-free, so BEGIN travels with it. The literals are an ISO date and an integer.
      const claimed = await rows<{ instance_id: string; timer_id: string }>(
        q,
        `SELECT t.instance_id, t.timer_id FROM timers t JOIN instances i ON i.id = t.instance_id
         WHERE t.status = 'scheduled' AND ${RUN_AT} <= '${now}'::timestamptz
         ORDER BY ${RUN_AT} LIMIT ${Math.trunc(this.settings.batchSize)} FOR UPDATE OF i SKIP LOCKED`,
      );
      if (claimed.length === 0) return { claimed: 0, outcome };
      // Read the timers again now that their instances are locked: the claim's snapshot may
      // predate another worker's (or a user event's) commit that fired or rescheduled one.
      const due = await rows<DueTimer>(
        q,
        `SELECT t.instance_id, t.timer_id, t.event_type, t.attempts FROM timers t
         JOIN unnest($1::uuid[], $2::text[]) AS c(instance_id, timer_id)
           ON c.instance_id = t.instance_id AND c.timer_id = t.timer_id
         WHERE t.status = 'scheduled' AND ${RUN_AT} <= $3
         ORDER BY ${RUN_AT}, t.instance_id, t.timer_id`,
        [claimed.map((c) => c.instance_id), claimed.map((c) => c.timer_id), now],
      );
      if (careful) for (const timer of due) outcome[await this.fireCarefully(q, timer)]++;
      else outcome.fired += await this.fireAll(q, due);
      return { claimed: claimed.length, outcome };
    });
  }

  /**
   * Reads every instance of the batch in one statement, steps each event from its row, and
   * leaves all the step statements to COMMIT: with the claim and the re-read, four round trips
   * for the whole batch, none per timer.
   * Any error aborts the batch (see nextBatch).
   */
  private async fireAll(q: Tx, due: DueTimer[]): Promise<number> {
    const writes = new BatchedWrites(q);
    const rows = await lockInstances(writes, [...new Set(due.map((t) => t.instance_id))]);
    const locked = new Map(rows.map((row) => [row.id, row]));
    for (const timer of due) {
      // Only an instance's first timer of the batch uses the row read above; a second one
      // steps from the first one's result, which the event path reads after sending it.
      const row = locked.get(timer.instance_id);
      locked.delete(timer.instance_id);
      await this.events.sendWithin(writes, timer.instance_id, { type: timer.event_type }, SYSTEM_ACTOR, {
        firedTimerId: timer.timer_id,
        locked: row,
        respond: () => undefined,
      });
    }
    writes.release();
    return due.length;
  }

  private async fireCarefully(q: Tx, timer: DueTimer): Promise<keyof DrainResult> {
    await q.query('SAVEPOINT timer_fire');
    try {
      await this.events.sendWithin(q, timer.instance_id, { type: timer.event_type }, SYSTEM_ACTOR, {
        firedTimerId: timer.timer_id,
        respond: () => undefined,
      });
      // Sends the event's write first: its failure is caught here, under this savepoint.
      await q.query('RELEASE SAVEPOINT timer_fire');
      return 'fired';
    } catch (error) {
      // A deadlock aborts the whole batch, which retryTransient runs again.
      if (isTransientLockError(error)) throw error;
      await q.query('ROLLBACK TO SAVEPOINT timer_fire');
      if (retiresTimer(error)) {
        await q.query(
          `UPDATE timers SET status = 'cancelled' WHERE instance_id = $1 AND timer_id = $2 AND status = 'scheduled'`,
          [timer.instance_id, timer.timer_id],
        );
        return 'retired';
      }
      return this.recordFailure(q, timer, error);
    }
  }

  /** Counts the failed attempt, keeps its error, and schedules the next one or gives up. */
  private async recordFailure(q: Tx, timer: DueTimer, error: unknown): Promise<'retried' | 'failed'> {
    const attempts = timer.attempts + 1;
    const decision = afterFailure(attempts, this.settings);
    const now = this.clock();
    const message = describeFailure(error).slice(0, 2000);
    await q.query(
      `UPDATE timers SET attempts = $3, last_error = $4, status = $5, next_attempt_at = $6, failed_at = $7
       WHERE instance_id = $1 AND timer_id = $2`,
      [
        timer.instance_id,
        timer.timer_id,
        attempts,
        message,
        decision.status,
        decision.status === 'scheduled' ? new Date(now.getTime() + decision.delayMs).toISOString() : null,
        decision.status === 'failed' ? now.toISOString() : null,
      ],
    );
    this.logger.warn(
      `Timer ${timer.timer_id} of instance ${timer.instance_id} failed (attempt ${attempts}): ${message}` +
        (decision.status === 'failed' ? '; giving up' : `; retrying in ${decision.delayMs} ms`),
    );
    return decision.status === 'failed' ? 'failed' : 'retried';
  }
}
