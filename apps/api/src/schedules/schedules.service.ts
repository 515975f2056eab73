import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ScheduleList, ScheduleRunList, ScheduleRunNow, ScheduleSummary } from '@liucheng/contracts';
import { nextOccurrences, readsCalendar } from '@liucheng/engine';
import { ApiError } from '../common/api-error';
import { CLOCK, type Clock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { ScheduleCalendarService } from './schedule-calendar';
import { toScheduleRun, toScheduleSummary } from './schedule.mapper';
import { ScheduleRunnerService } from './schedule-runner.service';
import { ensureState, listRuns, publishedSchedules, scheduleStates, setPaused } from './schedule.queries';

/** How many next occurrences a schedule lists. */
const NEXT_COUNT = 5;

/** Reads and operates the schedules of published definitions (the routes). */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: ScheduleRunnerService,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly calendars: ScheduleCalendarService,
  ) {}

  async list(definitionKey?: string): Promise<ScheduleList> {
    const now = this.clock();
    const states = new Map(
      (await scheduleStates(this.dataSource)).map((s) => [`${s.definition_key}\n${s.schedule_key}`, s]),
    );
    const items: ScheduleSummary[] = [];
    for (const d of await publishedSchedules(this.dataSource, definitionKey)) {
      const calendar = await this.calendars.of(this.dataSource, d.calendarKey);
      for (const s of d.schedules) {
        const state = states.get(`${d.definitionKey}\n${s.key}`);
        const known = calendar !== undefined || !readsCalendar(s.rule);
        const next =
          state?.paused_at || !known
            ? []
            : nextOccurrences(s, now, NEXT_COUNT, calendar ?? { isWorkingDay: () => true });
        items.push(
          toScheduleSummary(d, s, state, next, readsCalendar(s.rule) ? (calendar?.coveredUntil ?? null) : null),
        );
      }
    }
    return { items };
  }

  async pause(definitionKey: string, scheduleKey: string, by: string): Promise<ScheduleSummary> {
    return this.setPaused(definitionKey, scheduleKey, by);
  }

  async resume(definitionKey: string, scheduleKey: string): Promise<ScheduleSummary> {
    return this.setPaused(definitionKey, scheduleKey, null);
  }

  /** Starts one occurrence at the clock's now for everyone the schedule names, paused or not. */
  async runNow(definitionKey: string, scheduleKey: string, by: string): Promise<ScheduleRunNow> {
    const { definition, schedule } = await this.find(definitionKey, scheduleKey);
    const occurrenceAt = this.clock();
    await this.runner.claimNow(definition, schedule, occurrenceAt, by);
    await this.runner.startPending();
    const runs = await listRuns(this.dataSource, definitionKey, scheduleKey, occurrenceAt, 10_000);
    return { occurrenceAt: occurrenceAt.toISOString(), items: runs.map(toScheduleRun) };
  }

  async runs(definitionKey: string, scheduleKey: string): Promise<ScheduleRunList> {
    await this.find(definitionKey, scheduleKey);
    return { items: (await listRuns(this.dataSource, definitionKey, scheduleKey)).map(toScheduleRun) };
  }

  private async setPaused(definitionKey: string, scheduleKey: string, by: string | null) {
    await this.find(definitionKey, scheduleKey);
    const now = this.clock();
    await inTransaction(this.dataSource, async (q) => {
      await ensureState(q, definitionKey, scheduleKey, now);
      await setPaused(q, definitionKey, scheduleKey, by, now);
    });
    const { items } = await this.list(definitionKey);
    return items.find((s) => s.key === scheduleKey) as ScheduleSummary;
  }

  private async find(definitionKey: string, scheduleKey: string) {
    const [definition] = await publishedSchedules(this.dataSource, definitionKey);
    const schedule = definition?.schedules.find((s) => s.key === scheduleKey);
    if (!definition || !schedule)
      throw ApiError.notFound(`Definition ${definitionKey} has no published schedule ${scheduleKey}`);
    return { definition, schedule };
  }
}
