import type { MigrationInterface, QueryRunner } from 'typeorm';

const day = (start: string, end: string) => [{ start, end }];
const MON_FRI = {
  mon: day('08:00', '17:00'),
  tue: day('08:00', '17:00'),
  wed: day('08:00', '17:00'),
  thu: day('08:00', '17:00'),
  fri: day('08:00', '17:00'),
  sat: [],
  sun: [],
};
const MON_SAT = {
  mon: day('08:30', '17:00'),
  tue: day('08:30', '17:00'),
  wed: day('08:30', '17:00'),
  thu: day('08:30', '17:00'),
  fri: day('08:30', '17:00'),
  sat: day('09:00', '17:00'),
  sun: [],
};

/**
 * Working calendars (libs/engine calendar): the working week and which public holidays apply
 * per calendar, and the company's own exceptions — closures (a date range not worked) and extra
 * working days — one row each, so an admin adds and removes them one by one. The two calendars
 * of the policies are seeded here as data (later edits are the admin's, never overwritten).
 */
export class WorkingCalendars1765000000000 implements MigrationInterface {
  name = 'WorkingCalendars1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE working_calendars (
      key varchar(63) PRIMARY KEY CHECK (key ~ '^[a-z0-9][a-z0-9-]*$'),
      name_zh varchar(100) NOT NULL,
      name_en varchar(100) NOT NULL,
      time_zone varchar(40) NOT NULL DEFAULT 'Asia/Shanghai' CHECK (time_zone = 'Asia/Shanghai'),
      week jsonb NOT NULL,
      public_holidays varchar(20) NOT NULL CHECK (public_holidays IN ('cn-mainland', 'none')),
      make_up_day_periods jsonb,
      updated_by varchar(100) NOT NULL DEFAULT 'system',
      updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE calendar_exceptions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      calendar_key varchar(63) NOT NULL REFERENCES working_calendars(key) ON DELETE CASCADE,
      kind varchar(10) NOT NULL CHECK (kind IN ('closure', 'extra')),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      reason varchar(200) NOT NULL,
      created_by varchar(100) NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (starts_on <= ends_on),
      CHECK (kind = 'closure' OR starts_on = ends_on))`);
    await q.query(`CREATE INDEX calendar_exceptions_calendar_idx ON calendar_exceptions (calendar_key, starts_on)`);
    await q.query(
      `INSERT INTO working_calendars (key, name_zh, name_en, week, public_holidays) VALUES
        ('mon-fri', '周一至周五 8:00–17:00', 'Monday–Friday 8:00–17:00', $1, 'cn-mainland'),
        ('mon-sat', '周一至周六 8:30–17:00（周六 9:00–17:00）', 'Monday–Saturday 8:30–17:00 (Saturday 9:00–17:00)', $2, 'cn-mainland')`,
      [JSON.stringify(MON_FRI), JSON.stringify(MON_SAT)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_exceptions`);
    await q.query(`DROP TABLE IF EXISTS working_calendars`);
  }
}
