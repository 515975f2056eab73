import { isWorkday } from 'chinese-days';
import { nextOccurrences, occurrencesBetween } from './next-occurrences';
import type { ScheduleCalendar, ScheduleRule } from './schedule.types';

/** Mainland China's calendar (holidays and 调休 make-up days) from chinese-days. */
const china: ScheduleCalendar = { isWorkingDay: (ymd) => isWorkday(ymd) };
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const next = (rule: ScheduleRule, after: string, n: number, cal = china) =>
  iso(nextOccurrences({ rule }, new Date(after), n, cal));

describe('nextOccurrences: last working day of each working week', () => {
  const rule: ScheduleRule = { kind: 'last-working-day-of-week', at: '17:00' };

  it('moves with Mid-Autumn and National Day 2026 and their 调休 days', () => {
    // 14–20 Sep: Sunday 20 Sep is a make-up working day. 21–27 Sep: Fri 25 Sep is Mid-Autumn, so Thu 24th.
    // 28 Sep–4 Oct: 1–7 Oct are holidays, so Wed 30 Sep. 5–11 Oct: Sat 10 Oct is a make-up day.
    // 12–18 Oct: an ordinary Friday.
    expect(next(rule, '2026-09-20T00:00:00+08:00', 5)).toEqual([
      '2026-09-20T09:00:00.000Z',
      '2026-09-24T09:00:00.000Z',
      '2026-09-30T09:00:00.000Z',
      '2026-10-10T09:00:00.000Z',
      '2026-10-16T09:00:00.000Z',
    ]);
  });

  it('skips the occurrence already past on the same day and none is before "after"', () => {
    expect(next(rule, '2026-09-24T17:00:00+08:00', 1)).toEqual(['2026-09-30T09:00:00.000Z']);
    expect(next(rule, '2026-09-24T16:59:00+08:00', 1)).toEqual(['2026-09-24T09:00:00.000Z']);
  });

  it('has no occurrence in a week without any working day (Spring Festival 2026, 16–22 Feb)', () => {
    // 14 Feb (Sat) and 28 Feb (Sat) are make-up days; 15–23 Feb are holidays.
    expect(next(rule, '2026-02-09T00:00:00+08:00', 3)).toEqual([
      '2026-02-14T09:00:00.000Z',
      '2026-02-28T09:00:00.000Z',
      '2026-03-06T09:00:00.000Z',
    ]);
  });

  it('crosses a year end on the calendar it is given', () => {
    const weekdays: ScheduleCalendar = {
      isWorkingDay: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    };
    // 28 Dec 2026–3 Jan 2027: Thursday 31 Dec is the last weekday of the year, Friday 1 Jan a holiday here.
    const closedNewYear: ScheduleCalendar = { isWorkingDay: (d) => d !== '2027-01-01' && weekdays.isWorkingDay(d) };
    expect(next(rule, '2026-12-26T00:00:00+08:00', 2, weekdays)).toEqual([
      '2027-01-01T09:00:00.000Z',
      '2027-01-08T09:00:00.000Z',
    ]);
    expect(next(rule, '2026-12-26T00:00:00+08:00', 1, closedNewYear)).toEqual(['2026-12-31T09:00:00.000Z']);
  });
});

describe('nextOccurrences: first working day of the month', () => {
  const rule: ScheduleRule = { kind: 'first-working-day-of-month', at: '08:00' };

  it('skips National Day in October and a weekend 1st', () => {
    // 1 Oct 2026 is a holiday to 7 Oct, so Thursday 8 Oct; 1 Nov 2026 is a Sunday, so Monday 2 Nov.
    expect(next(rule, '2026-09-15T00:00:00+08:00', 3)).toEqual([
      '2026-10-08T00:00:00.000Z',
      '2026-11-02T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ]);
  });

  it('crosses the year end: 1 Jan is a holiday', () => {
    const cal: ScheduleCalendar = {
      isWorkingDay: (d) => d !== '2027-01-01' && !['6', '0'].includes(String(new Date(`${d}T00:00:00Z`).getUTCDay())),
    };
    expect(next(rule, '2026-12-01T08:00:00+08:00', 2, cal)).toEqual([
      '2027-01-04T00:00:00.000Z',
      '2027-02-01T00:00:00.000Z',
    ]);
  });
});

describe('nextOccurrences: the last week of December', () => {
  const rule: ScheduleRule = { kind: 'last-week-of-month', months: [12], at: '09:00' };

  it('is the first working day of 25–31 December, once a year', () => {
    // 25 Dec 2026 is a Friday (a working day in mainland China).
    expect(next(rule, '2026-01-01T00:00:00+08:00', 1)).toEqual(['2026-12-25T01:00:00.000Z']);
    const weekdays: ScheduleCalendar = {
      isWorkingDay: (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
    };
    // 25 Dec 2027 is a Saturday: Monday 27 Dec; 2028: Monday 25 Dec.
    expect(next(rule, '2026-12-25T09:00:00+08:00', 2, weekdays)).toEqual([
      '2027-12-27T01:00:00.000Z',
      '2028-12-25T01:00:00.000Z',
    ]);
  });
});

describe('nextOccurrences: cron in Asia/Shanghai', () => {
  it('reads the expression in Beijing time', () => {
    expect(next({ kind: 'cron', cron: '0 9 * * 1' }, '2026-09-27T00:00:00Z', 2)).toEqual([
      '2026-09-28T01:00:00.000Z',
      '2026-10-05T01:00:00.000Z',
    ]);
  });

  it('drops non-working days with workingDaysOnly', () => {
    // Every day at 09:00, working days only: 30 Sep, then 8 Oct (1–7 Oct are holidays).
    expect(next({ kind: 'cron', cron: '0 9 * * *', workingDaysOnly: true }, '2026-09-30T00:00:00Z', 2)).toEqual([
      '2026-09-30T01:00:00.000Z',
      '2026-10-08T01:00:00.000Z',
    ]);
  });
});

describe('occurrencesBetween', () => {
  it('lists every occurrence in (from, to] a stopped worker missed', () => {
    const rule: ScheduleRule = { kind: 'last-working-day-of-week', at: '17:00' };
    const missed = occurrencesBetween(
      { rule },
      new Date('2026-09-25T09:00:00Z'),
      new Date('2026-10-10T09:00:00Z'),
      china,
    );
    expect(iso(missed)).toEqual(['2026-09-30T09:00:00.000Z', '2026-10-10T09:00:00.000Z']);
  });
});

describe('a calendar that does not know the next year yet', () => {
  // chinese-days publishes a year's holidays when the State Council does; 2027 is not in it yet.
  const until2026: ScheduleCalendar = { isWorkingDay: (d) => isWorkday(d), coveredUntil: '2026-12-31' };

  it('gives no occurrence past its coverage instead of guessing (1 Jan 2027 could be a holiday)', () => {
    expect(
      next({ kind: 'first-working-day-of-month', at: '08:00' }, '2026-11-15T00:00:00+08:00', 3, until2026),
    ).toEqual(['2026-12-01T00:00:00.000Z']);
    // The week of 28 Dec 2026 ends on 3 Jan 2027: not known either.
    expect(next({ kind: 'last-working-day-of-week', at: '17:00' }, '2026-12-14T00:00:00+08:00', 3, until2026)).toEqual([
      '2026-12-18T09:00:00.000Z',
      '2026-12-25T09:00:00.000Z',
    ]);
    expect(
      next({ kind: 'cron', cron: '0 9 * * *', workingDaysOnly: true }, '2026-12-30T12:00:00+08:00', 3, until2026),
    ).toEqual(['2026-12-31T01:00:00.000Z']);
    // Plain cron does not read the calendar.
    expect(next({ kind: 'cron', cron: '0 9 1 1 *' }, '2026-12-30T12:00:00+08:00', 1, until2026)).toEqual([
      '2027-01-01T01:00:00.000Z',
    ]);
  });
});
