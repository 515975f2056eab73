import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Database } from '@liucheng/persistence';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { inTransaction, type Tx } from '../common/transaction';
import { DATABASE } from '../database/database.module';
import { databaseFailureOf, isConnectionLoss } from '../database/database-errors';
import { BatchLane, laneOf } from './batch-lane';
import { BatchSizeStats, type BatchSizeSnapshot } from './batch-size-stats';
import { EventSavepointTx, savepointName } from './event-savepoint-tx';
import { groupCommitFromEnv, groupCommitSettings, type GroupCommitSettings } from './group-commit-options';

/** One queued event: its work inside a transaction, and its client's answer. */
interface Pending {
  work: (q: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** SQLSTATE 3B001: ROLLBACK TO a savepoint that was never set. */
const NO_SUCH_SAVEPOINT = '3B001';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommitStatus extends GroupCommitSettings, BatchSizeSnapshot {
  /** Events waiting for their lane's next batch now. */
  queued: number;
}

/**
 * Group commit (issue 15): events for different instances share one transaction and one WAL
 * flush. An instance always goes to the same lane, and a lane runs one batch at a time, so
 * per-instance order holds and two batches never wait on each other's instance rows. Each
 * event runs in its own savepoint: its error rolls back only its own statements. Every client
 * is answered after the COMMIT that holds its event; when the batch cannot commit (deadlock with
 * the timer drain, serialization failure, a failing last write) its events are run again one
 * transaction each, and when its connection is lost they all fail (503), none answered 2xx.
 */
@Injectable()
export class GroupCommitService implements BeforeApplicationShutdown {
  readonly settings: GroupCommitSettings;
  private readonly lanes: BatchLane<Pending>[];
  private readonly stats = new BatchSizeStats();
  private readonly logger = new Logger('GroupCommit');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE) database: Database,
    @Inject(APP_OPTIONS) options: AppOptions,
  ) {
    this.settings = groupCommitSettings(options.groupCommit ?? groupCommitFromEnv(), database.embedded);
    const { lanes, maxBatch, maxWaitMs } = this.settings;
    this.lanes = this.settings.enabled
      ? Array.from(
          { length: lanes },
          () => new BatchLane<Pending>((items) => this.runBatch(items), maxBatch, maxWaitMs),
        )
      : [];
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /** Runs `work` in the batch of the instance's lane; resolves after that batch committed. */
  submit<T>(instanceId: string, work: (q: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const lane = this.lanes[laneOf(instanceId, this.lanes.length)];
      lane.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  status(): GroupCommitStatus {
    const queued = this.lanes.reduce((sum, lane) => sum + lane.queued, 0);
    return { ...this.settings, ...this.stats.snapshot(), queued };
  }

  /** Lets queued events commit before the pool closes, then logs the batch sizes seen. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.idle()));
    if (this.enabled) this.logger.log(`batch sizes: ${JSON.stringify(this.stats.snapshot())}`);
  }

  private async runBatch(items: Pending[]): Promise<void> {
    this.stats.record(items.length);
    // A lone event needs no savepoint: it runs exactly as without group commit.
    if (items.length === 1) return this.oneTransactionEach(items);
    let outcomes: Outcome[];
    try {
      outcomes = await inTransaction(this.dataSource, (batch) => this.eventsWithin(batch, items));
    } catch (error) {
      if (isConnectionLoss(error)) {
        this.stats.failedBatches += 1;
        for (const item of items) item.reject(error);
      } else {
        this.stats.fallbackBatches += 1;
        await this.oneTransactionEach(items);
      }
      return;
    }
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.ok) items[i].resolve(outcome.value);
      else items[i].reject(outcome.error);
    }
  }

  /**
   * BEGIN; per event its statements, the first carrying the previous event's write and RELEASE
   * and its own SAVEPOINT (the last event's write travels with COMMIT). An event's own error
   * rolls back to its savepoint; a database failure (connection, deadlock, serialization)
   * aborts the whole batch.
   */
  private async eventsWithin(batch: Tx, items: Pending[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    /** The previous event's write + RELEASE, not sent yet, and whose it is. */
    let carry: { sql: string; owner: number } | undefined;
    for (let i = 0; i < items.length; i += 1) {
      const tx = new EventSavepointTx(batch, savepointName(i), carry?.sql);
      try {
        const value = await items[i].work(tx);
        const write = tx.takePending();
        if (tx.unsentCarry() && carry) await this.sendCarry(batch, carry, outcomes);
        carry = undefined;
        const release = tx.started ? [`RELEASE SAVEPOINT ${tx.savepoint}`] : [];
        const statement = [write, ...release].filter(Boolean).join('; ');
        if (i === items.length - 1) {
          if (write) batch.writeAtCommit(write);
        } else if (statement) {
          // An event that sent nothing yet (never queried) gets its savepoint around its write.
          carry = {
            sql: tx.started ? statement : `SAVEPOINT ${tx.savepoint}; ${statement}; RELEASE SAVEPOINT ${tx.savepoint}`,
            owner: i,
          };
        }
        outcomes[i] = { ok: true, value };
      } catch (error) {
        // Connection lost, deadlock or serialization failure: the transaction itself failed.
        if (databaseFailureOf(error)) throw error;
        if (tx.started && (await this.rollBackCarry(batch, tx, carry, outcomes, error))) {
          // The previous event's write failed, not this event: run this one again.
          carry = undefined;
          i -= 1;
          continue;
        }
        // An event that failed before sending anything leaves the previous write for the next one.
        if (tx.started) carry = undefined;
        this.stats.rolledBackEvents += 1;
        outcomes[i] = { ok: false, error };
      }
    }
    if (carry) await this.sendCarry(batch, carry, outcomes);
    return outcomes;
  }

  /**
   * Rolls back a failed event to its savepoint. When its first statement also carried the
   * previous event's write and this event's savepoint was never set (PostgreSQL: no such
   * savepoint), the write was what failed: that event is rolled back instead and true returned.
   */
  private async rollBackCarry(
    batch: Tx,
    tx: EventSavepointTx,
    carry: { sql: string; owner: number } | undefined,
    outcomes: Outcome[],
    error: unknown,
  ): Promise<boolean> {
    try {
      await batch.query(`ROLLBACK TO SAVEPOINT ${tx.savepoint}; RELEASE SAVEPOINT ${tx.savepoint}`);
      return false;
    } catch (rollbackError) {
      if (!tx.carryInDoubt || !carry || (rollbackError as { code?: unknown }).code !== NO_SUCH_SAVEPOINT)
        throw rollbackError;
    }
    this.rollBack(outcomes, carry.owner, error);
    const owner = savepointName(carry.owner);
    await batch.query(`ROLLBACK TO SAVEPOINT ${owner}; RELEASE SAVEPOINT ${owner}`);
    return true;
  }

  /** Sends a carried write alone (its next event sent no statement); its failure is its owner's. */
  private async sendCarry(batch: Tx, carry: { sql: string; owner: number }, outcomes: Outcome[]): Promise<void> {
    try {
      await batch.query(carry.sql);
    } catch (error) {
      if (databaseFailureOf(error)) throw error;
      const owner = savepointName(carry.owner);
      await batch.query(`ROLLBACK TO SAVEPOINT ${owner}; RELEASE SAVEPOINT ${owner}`);
      this.rollBack(outcomes, carry.owner, error);
    }
  }

  private rollBack(outcomes: Outcome[], index: number, error: unknown): void {
    this.stats.rolledBackEvents += 1;
    outcomes[index] = { ok: false, error };
  }

  /** The batch could not commit: nothing of it is stored, so each event runs again alone, in order. */
  private async oneTransactionEach(items: Pending[]): Promise<void> {
    for (const item of items) {
      try {
        item.resolve(await inTransaction(this.dataSource, item.work));
      } catch (error) {
        item.reject(error);
      }
    }
  }
}
