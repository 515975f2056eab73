import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { SHIPPED_CALENDARS, scheduleCalendarOf, type ScheduleCalendar } from '@liucheng/engine';
import { APP_OPTIONS, type AppOptions } from '../app/app-options';
import { loadWorkingCalendar } from '../calendars/calendar.queries';
import type { Tx } from '../common/transaction';

/**
 * The working calendar a definition's schedules read: the stored calendar of its `meta.calendar`
 * (`mon-fri` when absent) with the admin's closures and extra days, else the shipped one of that
 * key; undefined for a key that is neither (nothing is guessed: those schedules wait).
 * `schedules.calendar` in the app options replaces it (tests).
 */
@Injectable()
export class ScheduleCalendarService {
  private readonly override?: ScheduleCalendar;

  constructor(@Inject(APP_OPTIONS) options: AppOptions) {
    this.override = options.schedules?.calendar;
  }

  async of(q: Tx | DataSource, calendarKey: string): Promise<ScheduleCalendar | undefined> {
    if (this.override) return this.override;
    const working = (await loadWorkingCalendar(q, calendarKey)) ?? SHIPPED_CALENDARS.find((c) => c.key === calendarKey);
    return working ? scheduleCalendarOf(working) : undefined;
  }
}
