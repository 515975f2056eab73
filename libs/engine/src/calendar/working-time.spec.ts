import {
  CalendarNotCoveredError,
  MON_FRI_CALENDAR,
  MON_SAT_CALENDAR,
  addWorkingDays,
  addWorkingTime,
  endOfWorkingWeek,
  firstWorkingDayOfMonth,
  firstWorkingDayOfWeek,
  lastWorkingDayOfMonth,
  lastWorkingDayOfWeek,
  nextWorkingMoment,
  parseWorkingDuration,
  workingDeadline,
  workingTimeBetween,
} from './index';

const H = 3_600_000;
const sh = (local: string) => new Date(`${local}:00+08:00`);
const local = (at: Date) => new Date(at.getTime() + 8 * H).toISOString().slice(0, 16).replace('T', ' ');

describe('working-time arithmetic (Monday–Friday 8:00–17:00)', () => {
  it('16:59 + 2 working hours is 9:59 the next working day', () => {
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-03-10T16:59'), 2 * H))).toBe('2026-03-11 09:59');
  });

  it('17:00 is the end of the day: adding time starts tomorrow at 8:00, adding nothing stays', () => {
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-03-10T17:00'), 1 * H))).toBe('2026-03-11 09:00');
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-03-10T17:00'), 0))).toBe('2026-03-10 17:00');
    expect(local(nextWorkingMoment(MON_FRI_CALENDAR, sh('2026-03-10T17:00')))).toBe('2026-03-11 08:00');
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-03-10T08:00'), 9 * H))).toBe('2026-03-10 17:00');
  });

  it('before 8:00 the clock waits for 8:00', () => {
    expect(local(nextWorkingMoment(MON_FRI_CALENDAR, sh('2026-03-10T06:30')))).toBe('2026-03-10 08:00');
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-03-10T06:30'), 30 * 60_000))).toBe('2026-03-10 08:30');
    expect(local(nextWorkingMoment(MON_FRI_CALENDAR, sh('2026-03-10T10:15')))).toBe('2026-03-10 10:15');
  });

  it('Friday 15:00 + 4 working hours is Monday 10:00', () => {
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-03-13T15:00'), 4 * H))).toBe('2026-03-16 10:00');
  });

  it('skips National Day and works the 调休 Saturday', () => {
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-09-30T16:00'), 2 * H))).toBe('2026-10-08 09:00');
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-10-09T16:00'), 2 * H))).toBe('2026-10-10 09:00');
  });

  it('on Monday–Saturday, Friday 15:00 + 4 h is Saturday 11:00', () => {
    expect(local(addWorkingTime(MON_SAT_CALENDAR, sh('2026-03-13T15:00'), 4 * H))).toBe('2026-03-14 11:00');
  });

  it('measures working time between instants, both ways', () => {
    expect(workingTimeBetween(MON_FRI_CALENDAR, sh('2026-03-13T15:00'), sh('2026-03-16T10:00'))).toBe(4 * H);
    expect(workingTimeBetween(MON_FRI_CALENDAR, sh('2026-03-16T10:00'), sh('2026-03-13T15:00'))).toBe(-4 * H);
    expect(workingTimeBetween(MON_FRI_CALENDAR, sh('2026-09-30T00:00'), sh('2026-10-08T00:00'))).toBe(9 * H);
  });

  it('a year end runs into the uncovered year: said so, not guessed', () => {
    expect(() => addWorkingTime(MON_FRI_CALENDAR, sh('2026-12-31T16:00'), 2 * H)).toThrow(CalendarNotCoveredError);
    expect(local(addWorkingTime(MON_FRI_CALENDAR, sh('2026-12-31T16:00'), 1 * H))).toBe('2026-12-31 17:00');
    expect(() => addWorkingDays(MON_FRI_CALENDAR, '2026-12-31', 1)).toThrow(CalendarNotCoveredError);
  });
});

describe('working days', () => {
  it('counts working days after the day, across a holiday', () => {
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-03-13', 3)).toBe('2026-03-18'); // Fri → Wed
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-09-30', 3)).toBe('2026-10-10'); // 调休 Saturday counts
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-10-03', 0)).toBe('2026-10-08');
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-02-12', 7)).toBe('2026-02-28'); // 13, 14, 24–27, 28 (调休)
  });

  it('Spring Festival 2026 with its 调休 Saturdays', () => {
    // Thu 12 Feb + 2: Fri 13, Sat 14 (调休); + 3: Tue 24 (15–23 off).
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-02-12', 2)).toBe('2026-02-14');
    expect(addWorkingDays(MON_FRI_CALENDAR, '2026-02-12', 3)).toBe('2026-02-24');
  });

  it('deadlines: end of the n-th working day, or working hours from a bare date', () => {
    expect(local(workingDeadline(MON_FRI_CALENDAR, '2026-09-29', { unit: 'days', days: 3 }))).toBe('2026-10-09 17:00');
    expect(local(workingDeadline(MON_FRI_CALENDAR, '2026-09-29', { unit: 'days', days: 7 }))).toBe('2026-10-14 17:00');
    expect(local(workingDeadline(MON_FRI_CALENDAR, '2026-10-01', { unit: 'time', ms: 4 * H }))).toBe(
      '2026-10-08 12:00',
    );
    expect(local(workingDeadline(MON_FRI_CALENDAR, sh('2026-03-13T15:00'), { unit: 'time', ms: 4 * H }))).toBe(
      '2026-03-16 10:00',
    );
  });

  it('week and month boundaries', () => {
    expect(local(endOfWorkingWeek(MON_FRI_CALENDAR, '2026-09-28'))).toBe('2026-09-30 17:00');
    expect(local(endOfWorkingWeek(MON_FRI_CALENDAR, '2026-03-11'))).toBe('2026-03-13 17:00');
    expect(local(endOfWorkingWeek(MON_SAT_CALENDAR, '2026-03-11'))).toBe('2026-03-14 17:00');
    // 16–22 Feb 2026 is all Spring Festival: the week ends with the next working day's close (23rd is off too).
    expect(local(endOfWorkingWeek(MON_FRI_CALENDAR, '2026-02-18'))).toBe('2026-02-24 17:00');
    expect(lastWorkingDayOfWeek(MON_FRI_CALENDAR, '2026-02-18')).toBeUndefined();
    expect(firstWorkingDayOfWeek(MON_FRI_CALENDAR, '2026-02-18')).toBeUndefined();
    expect(lastWorkingDayOfWeek(MON_FRI_CALENDAR, '2026-10-07')).toBe('2026-10-10');
    expect(firstWorkingDayOfWeek(MON_FRI_CALENDAR, '2026-10-11')).toBe('2026-10-08');
    expect(lastWorkingDayOfWeek(MON_FRI_CALENDAR, '2026-10-11')).toBe('2026-10-10');
    expect(firstWorkingDayOfMonth(MON_FRI_CALENDAR, '2026-10-20')).toBe('2026-10-08');
    expect(firstWorkingDayOfMonth(MON_FRI_CALENDAR, '2026-02-01')).toBe('2026-02-02');
    expect(lastWorkingDayOfMonth(MON_FRI_CALENDAR, '2026-09-01')).toBe('2026-09-30');
    expect(lastWorkingDayOfMonth(MON_FRI_CALENDAR, '2026-02-10')).toBe('2026-02-28'); // 调休 Saturday
  });
});

describe('parseWorkingDuration', () => {
  it('reads whole working days or working time, nothing ambiguous', () => {
    expect(parseWorkingDuration('P3D')).toEqual({ unit: 'days', days: 3 });
    expect(parseWorkingDuration('PT4H30M')).toEqual({ unit: 'time', ms: 4.5 * H });
    for (const bad of ['P1W', 'P1M', 'P1DT2H', 'P1.5D', 'PT0H', 'three days', 3]) {
      expect(parseWorkingDuration(bad)).toBeUndefined();
    }
  });
});
