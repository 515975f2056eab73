import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  CalendarDayList,
  CalendarException,
  WorkingCalendarContract,
  WorkingCalendarList,
} from '@liucheng/contracts';
import {
  CALENDAR_KEY_PATTERN,
  addDays,
  listDays,
  periodProblems,
  rangeProblems,
  weekProblems,
  type CalendarProblem,
} from '@liucheng/engine';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { inTransaction, rows, type Tx } from '../common/transaction';
import {
  CALENDAR_SELECT,
  EXCEPTION_SELECT,
  toCalendarContract,
  toException,
  type CalendarRow,
  type ExceptionRow,
} from './calendar.rows';
import { loadWorkingCalendar } from './calendar.queries';
import type { CreateCalendarExceptionDto } from './dto/create-calendar-exception.dto';
import type { PutCalendarDto } from './dto/put-calendar.dto';

/** The longest range `GET /days` lists (a year, leap day included). */
export const MAX_DAYS = 366;

function invalid(what: string, problems: CalendarProblem[]): ApiError {
  return ApiError.badRequest(
    `Invalid ${what}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    problems.map((p) => ({ ...p })),
  );
}

/** Working calendars: read by everyone signed in, written by admins (route policy). */
@Injectable()
export class CalendarsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<WorkingCalendarList> {
    const found = await rows<CalendarRow>(this.dataSource, `${CALENDAR_SELECT} ORDER BY key`);
    return { items: found.map(toCalendarContract) };
  }

  async get(key: string, q: Tx | DataSource = this.dataSource): Promise<WorkingCalendarContract> {
    const [row] = await rows<CalendarRow>(q, `${CALENDAR_SELECT} WHERE key = $1`, [key]);
    if (!row) throw ApiError.notFound(`There is no working calendar ${key}`);
    const exceptions = await rows<ExceptionRow>(
      q,
      `${EXCEPTION_SELECT} WHERE calendar_key = $1 ORDER BY starts_on, created_at`,
      [key],
    );
    return { ...toCalendarContract(row), exceptions: exceptions.map(toException) };
  }

  /** Creates or replaces the week and holidays of `key`; its exceptions stay. */
  async put(key: string, dto: PutCalendarDto, user: AuthenticatedUser): Promise<WorkingCalendarContract> {
    if (!CALENDAR_KEY_PATTERN.test(key))
      throw ApiError.badRequest(`Invalid calendar key ${key}`, [
        { path: '/key', code: 'invalid-calendar', message: 'must be lower-case letters, digits and dashes' },
      ]);
    const problems = [
      ...weekProblems(dto.week),
      ...(dto.makeUpDayPeriods ? periodProblems(dto.makeUpDayPeriods, '/makeUpDayPeriods') : []),
    ];
    if (problems.length) throw invalid('calendar', problems);
    return inTransaction(this.dataSource, async (q) => {
      await q.query(
        `INSERT INTO working_calendars
           (key, name_zh, name_en, week, public_holidays, make_up_day_periods, declared_years, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, COALESCE($8::jsonb, '[]'::jsonb), $7, now())
         ON CONFLICT (key) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, week = EXCLUDED.week,
           public_holidays = EXCLUDED.public_holidays, make_up_day_periods = EXCLUDED.make_up_day_periods,
           declared_years = COALESCE($8::jsonb, working_calendars.declared_years),
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [
          key,
          dto.name.zh.trim(),
          dto.name.en.trim(),
          JSON.stringify(dto.week),
          dto.publicHolidays,
          dto.makeUpDayPeriods ? JSON.stringify(dto.makeUpDayPeriods) : null,
          user.username,
          dto.declaredYears ? JSON.stringify([...dto.declaredYears].sort((a, b) => a - b)) : null,
        ],
      );
      return this.get(key, q);
    });
  }

  /** Adds a closure or an extra working day; 400 naming `/from` or `/to`. */
  async addException(
    key: string,
    dto: CreateCalendarExceptionDto,
    user: AuthenticatedUser,
  ): Promise<CalendarException> {
    const to = dto.kind === 'extra' ? undefined : dto.to;
    const problems = rangeProblems(dto.from, to);
    if (dto.kind === 'extra' && dto.to !== undefined && dto.to !== dto.from)
      problems.push({ path: '/to', code: 'calendar-invalid-range', message: 'an extra working day is one day' });
    if (problems.length) throw invalid('calendar exception', problems);
    return inTransaction(this.dataSource, async (q) => {
      await this.lockCalendar(q, key);
      const [row] = await rows<{ id: string }>(
        q,
        `INSERT INTO calendar_exceptions (calendar_key, kind, starts_on, ends_on, reason, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [key, dto.kind, dto.from, to ?? dto.from, dto.reason.trim(), user.username],
      );
      const [created] = await rows<ExceptionRow>(q, `${EXCEPTION_SELECT} WHERE id = $1`, [row.id]);
      await this.touch(q, key, user);
      return toException(created);
    });
  }

  /** Removes one exception; 404 when the calendar does not have it. */
  async removeException(key: string, id: string, user: AuthenticatedUser): Promise<void> {
    await inTransaction(this.dataSource, async (q) => {
      await this.lockCalendar(q, key);
      const deleted = await rows<{ id: string }>(
        q,
        `DELETE FROM calendar_exceptions WHERE id = $1 AND calendar_key = $2 RETURNING id`,
        [id, key],
      );
      if (deleted.length === 0) throw ApiError.notFound(`Calendar ${key} has no exception ${id}`);
      await this.touch(q, key, user);
    });
  }

  /** Each day of `from`..`to` as the calendar sees it (`not-covered` past the holiday data). */
  async days(key: string, from: string, to: string): Promise<CalendarDayList> {
    const problems = rangeProblems(from, to);
    if (problems.length === 0 && addDays(from, MAX_DAYS - 1) < to)
      problems.push({
        path: '/to',
        code: 'calendar-invalid-range',
        message: `must be at most ${MAX_DAYS} days after from`,
      });
    if (problems.length) throw invalid('range', problems);
    const calendar = await loadWorkingCalendar(this.dataSource, key);
    if (!calendar) throw ApiError.notFound(`There is no working calendar ${key}`);
    return { key, from, to, items: listDays(calendar, from, to) };
  }

  private async lockCalendar(q: Tx, key: string): Promise<void> {
    const found = await rows(q, `SELECT key FROM working_calendars WHERE key = $1 FOR UPDATE`, [key]);
    if (found.length === 0) throw ApiError.notFound(`There is no working calendar ${key}`);
  }

  private async touch(q: Tx, key: string, user: AuthenticatedUser): Promise<void> {
    await q.query(`UPDATE working_calendars SET updated_by = $2, updated_at = now() WHERE key = $1`, [
      key,
      user.username,
    ]);
  }
}
