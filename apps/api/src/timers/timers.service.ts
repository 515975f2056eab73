import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Instance } from '@liucheng/contracts';
import { SYSTEM_ACTOR } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows } from '../common/transaction';
import { EventPathService } from '../instances/event-path.service';
import { TimerDrainService, type DrainResult } from './timer-drain.service';

/** Fires scheduled timers through the event path as the `system` actor, exactly once each. */
@Injectable()
export class TimersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
    private readonly drain: TimerDrainService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Fires one scheduled timer of an instance now, whatever its due time (tests and operators).
   * `timer` is a timer id or an `after` delay key (`P3D` matches `xstate.after.P3D.<state>`).
   */
  async fire(instanceId: string, timer: string): Promise<Instance> {
    return inTransaction(this.dataSource, async (q) => {
      // The instance first, as every event does: locking the timer row first could deadlock.
      await q.query(`SELECT 1 FROM instances WHERE id = $1 FOR UPDATE`, [instanceId]);
      const [row] = await rows<{ timer_id: string; event_type: string }>(
        q,
        `SELECT timer_id, event_type FROM timers WHERE instance_id = $1 AND status = 'scheduled'
           AND (timer_id = $2 OR event_type = $2 OR event_type LIKE $3) ORDER BY due_at LIMIT 1`,
        [instanceId, timer, `xstate.after.${timer.replace(/[\\%_]/g, '\\$&')}.%`],
      );
      if (!row) throw ApiError.notFound(`Instance ${instanceId} has no scheduled timer ${timer}`);
      return this.events.sendWithin(q, instanceId, { type: row.event_type }, SYSTEM_ACTOR, {
        firedTimerId: row.timer_id,
        respond: ({ instance }) => instance,
      });
    });
  }

  /** Fires every timer due by the app's clock (what the worker does on each wake-up). */
  fireDue(): Promise<DrainResult> {
    return this.drain.drainOnce();
  }
}
