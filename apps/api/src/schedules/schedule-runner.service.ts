import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  calendarCoverEnd,
  occurrencesBetween,
  readsCalendar,
  scheduleInput,
  schedulePeople,
  type ScheduleSpec,
} from '@liucheng/engine';
import { SYSTEM_ACTOR, type AuthenticatedUser } from '../auth/authenticated-user';
import { CLOCK, type Clock } from '../common/clock';
import { ApiError } from '../common/api-error';
import { inTransaction, rows, type Tx } from '../common/transaction';
import { EventPathService } from '../instances/event-path.service';
import { loadOrgSnapshot } from '../org/org-snapshot.queries';
import { ScheduleCalendarService } from './schedule-calendar';
import {
  advanceState,
  claimRuns,
  ensureState,
  lockNextPending,
  lockState,
  markFailed,
  markStarted,
  publishedSchedules,
  scheduleOfVersion,
  type PublishedSchedules,
  type ScheduleRunRow,
} from './schedule.queries';

/** Occurrences one look claims per schedule; a longer outage is caught up over several looks. */
const MAX_CATCH_UP = 20;

export interface ScheduleLook {
  claimed: number;
  started: number;
  failed: number;
}

/** Why a start was refused, as stored on the run. */
function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof HttpException) {
    const body = error.getResponse() as {
      message?: unknown;
      details?: { reason?: unknown; errors?: { code?: string }[] };
    };
    const reason = typeof body.details?.reason === 'string' ? body.details.reason : body.details?.errors?.[0]?.code;
    return { code: reason ?? `http-${error.getStatus()}`, message: String(body.message ?? error.message) };
  }
  return { code: 'start-failed', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The scheduled-start worker's one look: for each schedule, lock its state row (SKIP LOCKED: one
 * process claims at a time), claim every occurrence since the last look once per person, then
 * start each claimed run in the transaction that flips it to `started` (actor `system`).
 */
@Injectable()
export class ScheduleRunnerService {
  private readonly logger = new Logger('ScheduleWorker');

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPathService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendars: ScheduleCalendarService,
  ) {}

  /** One look over every published definition, or over `definitionKey` only (an operator's or a test's look). */
  async runDue(definitionKey?: string): Promise<ScheduleLook> {
    const now = this.clock();
    let claimed = 0;
    for (const definition of await publishedSchedules(this.dataSource, definitionKey)) {
      for (const schedule of definition.schedules) {
        try {
          claimed += await this.claimDue(definition, schedule, now);
        } catch (error) {
          this.logger.error(`${definition.definitionKey}/${schedule.key}: ${describeFailure(error).message}`);
        }
      }
    }
    return { claimed, ...(await this.startPending()) };
  }

  /** Claims one occurrence at `occurrenceAt` for everyone the schedule names (run now). */
  async claimNow(definition: PublishedSchedules, schedule: ScheduleSpec, occurrenceAt: Date, runBy: string) {
    return inTransaction(this.dataSource, async (q) =>
      claimRuns(q, {
        definitionKey: definition.definitionKey,
        version: definition.version,
        scheduleKey: schedule.key,
        occurrenceAt,
        people: schedulePeople(schedule.people, await loadOrgSnapshot(q, occurrenceAt)),
        trigger: 'manual',
        runBy,
        now: occurrenceAt,
      }),
    );
  }

  private async claimDue(definition: PublishedSchedules, schedule: ScheduleSpec, now: Date): Promise<number> {
    await ensureState(this.dataSource, definition.definitionKey, schedule.key, now);
    return inTransaction(this.dataSource, async (q) => {
      const state = await lockState(q, definition.definitionKey, schedule.key);
      if (!state || state.paused_at) return 0;
      const calendar = await this.calendars.of(q, definition.calendarKey);
      if (!calendar) {
        this.logger.warn(`${definition.definitionKey}/${schedule.key}: no working calendar ${definition.calendarKey}`);
        return 0;
      }
      const due = occurrencesBetween(schedule, state.checked_until, now, calendar, MAX_CATCH_UP);
      let claimed = 0;
      if (due.length > 0) {
        const people = schedulePeople(schedule.people, await loadOrgSnapshot(q, now));
        for (const occurrenceAt of due) {
          claimed += await claimRuns(q, {
            definitionKey: definition.definitionKey,
            version: definition.version,
            scheduleKey: schedule.key,
            occurrenceAt,
            people,
            trigger: 'schedule',
            runBy: null,
            now,
          });
        }
      }
      // Never past what the calendar knows (advanceState keeps the later time): once it covers the
      // next year, that year's occurrences come due and are caught up.
      const coverEnd = readsCalendar(schedule.rule) ? calendarCoverEnd(calendar) : undefined;
      let until = due.length === MAX_CATCH_UP ? due[due.length - 1] : now;
      if (coverEnd && coverEnd < until) until = coverEnd;
      await advanceState(q, definition.definitionKey, schedule.key, until);
      return claimed;
    });
  }

  /** Starts claimed runs one transaction each until none is left (other processes take others). */
  async startPending(): Promise<Omit<ScheduleLook, 'claimed'>> {
    let started = 0;
    let failed = 0;
    for (;;) {
      const outcome = await inTransaction(this.dataSource, async (q) => {
        const run = await lockNextPending(q, this.clock());
        return run ? this.startRun(q, run) : undefined;
      });
      if (outcome === undefined) break;
      if (outcome === 'started') started++;
      else failed++;
    }
    return { started, failed };
  }

  private async startRun(q: Tx, run: ScheduleRunRow): Promise<'started' | 'failed'> {
    await q.query('SAVEPOINT schedule_start');
    try {
      const schedule = await scheduleOfVersion(q, run.definition_key, run.definition_version, run.schedule_key);
      const person: AuthenticatedUser = { username: run.person, displayName: run.person, roles: [] };
      // Claimed while active, perhaps deactivated since: nobody starts work for a closed account.
      const [active] = await rows(q, `SELECT 1 FROM users WHERE username = $1 AND active`, [run.person]);
      if (!active) throw new ApiError(409, `${run.person} is not an active user`, { reason: 'inactive-user' });
      const instance = await this.events.startWithin(
        q,
        person,
        {
          definitionKey: run.definition_key,
          version: run.definition_version,
          input: scheduleInput(schedule?.input, run.occurrence_at),
        },
        { onBehalf: { actor: SYSTEM_ACTOR.username } },
      );
      await markStarted(q, run.id, instance.id, this.clock());
      return 'started';
    } catch (error) {
      await q.query('ROLLBACK TO SAVEPOINT schedule_start');
      const failure = describeFailure(error);
      this.logger.warn(`${run.definition_key}/${run.schedule_key} for ${run.person}: ${failure.message}`);
      await markFailed(q, run.id, failure);
      return 'failed';
    }
  }
}
