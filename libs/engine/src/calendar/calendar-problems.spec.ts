import { MON_FRI_CALENDAR, MON_SAT_CALENDAR, rangeProblems, weekProblems } from './index';

const codes = (problems: Array<{ path: string; code: string }>) => problems.map((p) => `${p.path} ${p.code}`);

describe('calendar problems', () => {
  it('accepts the shipped weeks', () => {
    expect(weekProblems(MON_FRI_CALENDAR.week)).toEqual([]);
    expect(weekProblems(MON_SAT_CALENDAR.week)).toEqual([]);
    expect(
      weekProblems({
        ...MON_FRI_CALENDAR.week,
        mon: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
        ],
      }),
    ).toEqual([]);
  });

  it('names the weekday and period that is wrong', () => {
    const { sun: _sun, ...noSunday } = MON_FRI_CALENDAR.week;
    expect(codes(weekProblems(noSunday))).toEqual(['/week/sun calendar-invalid-week']);
    expect(
      codes(
        weekProblems({
          ...MON_FRI_CALENDAR.week,
          mon: [{ start: '17:00', end: '08:00' }],
          tue: [{ start: '8:00', end: '17:00' }],
          wed: [
            { start: '08:00', end: '13:00' },
            { start: '12:00', end: '17:00' },
          ],
          holiday: [],
        }),
      ),
    ).toEqual([
      '/week/holiday calendar-invalid-week',
      '/week/mon/0 calendar-invalid-period',
      '/week/tue/0 calendar-invalid-period',
      '/week/wed/1 calendar-invalid-period',
    ]);
    const rest = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(codes(weekProblems(rest))).toEqual(['/week calendar-invalid-week']);
    expect(codes(weekProblems('Mon–Fri'))).toEqual(['/week calendar-invalid-week']);
  });

  it('checks date ranges', () => {
    expect(rangeProblems('2026-10-08', '2026-10-09')).toEqual([]);
    expect(rangeProblems('2026-10-08', undefined)).toEqual([]);
    expect(codes(rangeProblems('2026-02-30', '2026-03-01'))).toEqual(['/from calendar-invalid-date']);
    expect(codes(rangeProblems('2026-10-09', '2026-10-08'))).toEqual(['/to calendar-invalid-range']);
  });
});
