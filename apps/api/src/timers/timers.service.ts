import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Instance } from '@liucheng/contracts';
import { SYSTEM_ACTOR } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction, rows } from '../common/transaction';
import { EventPathService } from '../instances/event-path.service';

/** Fires scheduled timers through the event path as the `system` actor, exactly once each. */
@Injectable()
export class TimersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Fires one scheduled timer of an instance now, whatever its due time (tests and operators).
   * `timer` is a timer id or an `after` delay key (`P3D` matches `xstate.after.P3D.<state>`).
   */
  async fire(instanceId: string, timer: string): Promise<Instance> {
    return inTransaction(this.dataSource, async (q) => {
      const [row] = await rows<{ timer_id: string; event_type: string }>(
        q,
        `SELECT timer_id, event_type FROM timers WHERE instance_id = $1 AND status = 'scheduled'
           AND (timer_id = $2 OR event_type = $2 OR event_type LIKE $3) ORDER BY due_at LIMIT 1 FOR UPDATE`,
        [instanceId, timer, `xstate.after.${timer.replace(/[\\%_]/g, '\\$&')}.%`],
      );
      if (!row) throw ApiError.notFound(`Instance ${instanceId} has no scheduled timer ${timer}`);
      return this.events.sendWithin(q, instanceId, { type: row.event_type }, SYSTEM_ACTOR, {
        firedTimerId: row.timer_id,
        respond: ({ instance }) => instance,
      });
    });
  }

  /**
   * Claims due timers one at a time with `FOR UPDATE SKIP LOCKED` (several processes may run
   * this) and fires each in its own transaction. Returns how many fired.
   */
  async fireDue(limit = 100): Promise<number> {
    let fired = 0;
    for (let i = 0; i < limit; i++) {
      const outcome = await inTransaction(this.dataSource, async (q) => {
        const [row] = await rows<{ instance_id: string; timer_id: string; event_type: string }>(
          q,
          `SELECT instance_id, timer_id, event_type FROM timers WHERE status = 'scheduled' AND due_at <= $1
           ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [this.clock().toISOString()],
        );
        if (!row) return 'none' as const;
        try {
          await q.query('SAVEPOINT fire');
          await this.events.sendWithin(q, row.instance_id, { type: row.event_type }, SYSTEM_ACTOR, {
            firedTimerId: row.timer_id,
            respond: () => undefined,
          });
          return 'fired' as const;
        } catch {
          // The state no longer takes this timer (or the instance ended): retire it.
          await q.query('ROLLBACK TO SAVEPOINT fire');
          await q.query(`UPDATE timers SET status = 'cancelled' WHERE instance_id = $1 AND timer_id = $2`, [
            row.instance_id,
            row.timer_id,
          ]);
          return 'cancelled' as const;
        }
      });
      if (outcome === 'none') break;
      if (outcome === 'fired') fired++;
    }
    return fired;
  }
}
