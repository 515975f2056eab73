import {
  CALENDAR_YEAR_NOT_COVERED,
  CN_MAINLAND_COVERED,
  CalendarNotCoveredError,
  MON_FRI_CALENDAR,
  MON_SAT_CALENDAR,
  coveredYears,
  dayStatus,
  isWorkingDay,
  listDays,
  type WorkingCalendar,
} from './index';

const kinds = (calendar: WorkingCalendar, from: string, to: string) =>
  listDays(calendar, from, to).map((d) => `${d.date.slice(5)} ${d.kind}`);

describe('working calendar days', () => {
  it('covers the years chinese-days publishes', () => {
    expect(CN_MAINLAND_COVERED).toEqual({ from: 2004, to: 2026 });
  });

  it('National Day 2026: 1–7 Oct off, Sunday 20 Sep and Saturday 10 Oct worked (调休)', () => {
    expect(kinds(MON_FRI_CALENDAR, '2026-09-30', '2026-10-11')).toEqual([
      '09-30 working',
      '10-01 holiday',
      '10-02 holiday',
      '10-03 holiday',
      '10-04 holiday',
      '10-05 holiday',
      '10-06 holiday',
      '10-07 holiday',
      '10-08 working',
      '10-09 working',
      '10-10 make-up',
      '10-11 rest',
    ]);
    expect(dayStatus(MON_FRI_CALENDAR, '2026-09-20')).toMatchObject({
      kind: 'make-up',
      working: true,
      periods: [{ start: '08:00', end: '17:00' }],
      name: { zh: '国庆节', en: 'National Day' },
    });
    expect(dayStatus(MON_FRI_CALENDAR, '2026-10-01').name).toEqual({ zh: '国庆节', en: 'National Day' });
  });

  it('Spring Festival 2026: 15–23 Feb off, Saturdays 14 and 28 Feb worked', () => {
    expect(isWorkingDay(MON_FRI_CALENDAR, '2026-02-13')).toBe(true);
    expect(isWorkingDay(MON_FRI_CALENDAR, '2026-02-14')).toBe(true);
    for (let d = 15; d <= 23; d++) expect(isWorkingDay(MON_FRI_CALENDAR, `2026-02-${d}`)).toBe(false);
    expect(dayStatus(MON_FRI_CALENDAR, '2026-02-16').kind).toBe('holiday'); // a Monday
    expect(dayStatus(MON_FRI_CALENDAR, '2026-02-24').kind).toBe('working');
    expect(dayStatus(MON_FRI_CALENDAR, '2026-02-28').kind).toBe('make-up');
    expect(dayStatus(MON_FRI_CALENDAR, '2026-03-01').kind).toBe('rest');
  });

  it('Monday–Saturday: Saturday 9:00–17:00 and weekdays 8:30–17:00, holidays still off', () => {
    expect(dayStatus(MON_SAT_CALENDAR, '2026-03-07')).toMatchObject({ kind: 'working', periods: [{ start: '09:00' }] });
    expect(dayStatus(MON_SAT_CALENDAR, '2026-03-06').periods).toEqual([{ start: '08:30', end: '17:00' }]);
    expect(dayStatus(MON_SAT_CALENDAR, '2026-03-08').kind).toBe('rest');
    expect(dayStatus(MON_SAT_CALENDAR, '2026-10-03').kind).toBe('holiday');
    // 调休 Sunday takes the weekday hours.
    expect(dayStatus(MON_SAT_CALENDAR, '2026-09-20').periods).toEqual([{ start: '08:30', end: '17:00' }]);
  });

  it('a year the data does not cover is said so, not guessed (31 Dec 2026 → 2027)', () => {
    expect(isWorkingDay(MON_FRI_CALENDAR, '2026-12-31')).toBe(true);
    expect(() => isWorkingDay(MON_FRI_CALENDAR, '2027-01-04')).toThrow(CalendarNotCoveredError);
    try {
      dayStatus(MON_FRI_CALENDAR, '2027-01-01');
    } catch (e) {
      expect(e).toMatchObject({ code: CALENDAR_YEAR_NOT_COVERED, year: 2027, calendarKey: 'mon-fri' });
    }
    expect(listDays(MON_FRI_CALENDAR, '2026-12-31', '2027-01-01').map((d) => d.kind)).toEqual([
      'working',
      'not-covered',
    ]);
    expect(() => dayStatus(MON_FRI_CALENDAR, '2003-12-31')).toThrow(CalendarNotCoveredError);
  });

  it('closures and extra working days override the week and the public holidays', () => {
    const calendar: WorkingCalendar = {
      ...MON_FRI_CALENDAR,
      closures: [{ from: '2026-06-01', to: '2026-06-02', reason: '搬迁' }],
      extraWorkingDays: [
        { date: '2026-06-06', reason: '盘点' },
        { date: '2027-01-09', reason: '年初盘点' },
      ],
    };
    expect(dayStatus(calendar, '2026-06-01')).toMatchObject({ kind: 'closure', working: false, reason: '搬迁' });
    expect(dayStatus(calendar, '2026-06-03').kind).toBe('working');
    expect(dayStatus(calendar, '2026-06-06')).toMatchObject({ kind: 'extra', working: true, reason: '盘点' });
    // An admin's explicit extra day is known even beyond the holiday data.
    expect(dayStatus(calendar, '2027-01-09').kind).toBe('extra');
    // The shipped calendar is unchanged.
    expect(dayStatus(MON_FRI_CALENDAR, '2026-06-01').kind).toBe('working');
  });

  it('a year an admin entered and declared is answered from the company’s record until the package has it', () => {
    // 2027's New Year (Fri 1 Jan) entered as a closure, a make-up Saturday as an extra day, the year declared.
    const calendar: WorkingCalendar = {
      ...MON_FRI_CALENDAR,
      closures: [{ from: '2027-01-01', to: '2027-01-01', reason: '元旦' }],
      extraWorkingDays: [{ date: '2027-01-09', reason: '调休上班' }],
      declaredYears: [2027],
    };
    expect(coveredYears(calendar)).toEqual({ from: CN_MAINLAND_COVERED.from, to: 2027 });
    expect(dayStatus(calendar, '2027-01-01').kind).toBe('closure');
    expect(isWorkingDay(calendar, '2027-01-04')).toBe(true);
    expect(isWorkingDay(calendar, '2027-01-09')).toBe(true);
    expect(isWorkingDay(calendar, '2027-01-10')).toBe(false);
    // Only the declared years: 2028 is still not guessed.
    expect(() => isWorkingDay(calendar, '2028-01-03')).toThrow(CalendarNotCoveredError);
    // A declared year that leaves a gap is answered, but does not extend the covered range.
    const gap = { ...MON_FRI_CALENDAR, declaredYears: [2028] };
    expect(coveredYears(gap)).toEqual(CN_MAINLAND_COVERED);
    expect(isWorkingDay(gap, '2028-01-04')).toBe(true);
  });
});
