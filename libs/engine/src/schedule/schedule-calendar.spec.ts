import { MON_FRI_CALENDAR, MON_SAT_CALENDAR } from '../calendar/shipped-calendars';
import { nextOccurrences } from './next-occurrences';
import { scheduleCalendarOf } from './schedule-calendar';

describe('scheduleCalendarOf', () => {
  it('reads the working calendar: its week, public holidays, closures and coverage', () => {
    const rule = { kind: 'last-working-day-of-week', at: '17:00' } as const;
    const after = new Date('2026-09-28T00:00:00+08:00');
    const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
    // Mon–Fri: 30 Sep, then the 调休 Saturday 10 Oct. Mon–Sat: the same (Sat 3 Oct is a holiday).
    expect(iso(nextOccurrences({ rule }, after, 2, scheduleCalendarOf(MON_FRI_CALENDAR)))).toEqual([
      '2026-09-30T09:00:00.000Z',
      '2026-10-10T09:00:00.000Z',
    ]);
    // Mon–Sat: the week of 12 Oct ends on Saturday 17 Oct.
    expect(
      iso(nextOccurrences({ rule }, new Date('2026-10-12T00:00:00+08:00'), 1, scheduleCalendarOf(MON_SAT_CALENDAR))),
    ).toEqual(['2026-10-17T09:00:00.000Z']);
    // A company closure on Wednesday 30 Sep moves that week's last working day to Tuesday.
    const closed = { ...MON_FRI_CALENDAR, closures: [{ from: '2026-09-30', to: '2026-09-30', reason: '搬迁' }] };
    expect(iso(nextOccurrences({ rule }, after, 1, scheduleCalendarOf(closed)))).toEqual(['2026-09-29T09:00:00.000Z']);
    expect(scheduleCalendarOf(MON_FRI_CALENDAR).coveredUntil).toMatch(/^\d{4}-12-31$/);
    expect(scheduleCalendarOf({ ...MON_FRI_CALENDAR, publicHolidays: 'none' }).coveredUntil).toBeUndefined();
  });
});
