import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `working_calendars.declared_years`: years past the public-holiday package that an admin has
 * entered the holidays and make-up days for (as exceptions) and declared complete, so deadlines in
 * them are counted from the company's record instead of being refused until the package has the year.
 */
export class CalendarDeclaredYears1765600000000 implements MigrationInterface {
  name = 'CalendarDeclaredYears1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE working_calendars ADD COLUMN declared_years jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE working_calendars DROP COLUMN declared_years`);
  }
}
