import type { CalendarDay } from '@liucheng/contracts';
import {
  addMonths,
  currentMonth,
  formatMonth,
  kindCounts,
  monthRange,
  monthWeeks,
  weekdayIndex,
} from './calendar-month';

const day = (date: string, kind: CalendarDay['kind'] = 'working'): CalendarDay => ({
  date,
  kind,
  working: kind === 'working',
  periods: [],
});

describe('calendar month layout', () => {
  it('moves between months across a year end', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', 0)).toBe('2026-10');
  });

  it('gives the first and last day, February and leap years included', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-10')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('lays October 2026 out Monday first: the 1st is a Thursday', () => {
    expect(weekdayIndex('2026-10-01')).toBe(3);
    const days = Array.from({ length: 31 }, (_, i) => day(`2026-10-${String(i + 1).padStart(2, '0')}`));
    const weeks = monthWeeks(days);
    expect(weeks).toHaveLength(5);
    expect(weeks[0].slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0][3]?.date).toBe('2026-10-01');
    expect(weeks[4].map((d) => d?.date ?? null)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      null,
    ]);
    expect(monthWeeks([])).toEqual([]);
  });

  it('counts the kinds of days', () => {
    expect(kindCounts([day('2026-10-01', 'holiday'), day('2026-10-02', 'holiday'), day('2026-10-08')])).toEqual({
      holiday: 2,
      working: 1,
    });
  });

  it('takes today’s month in Beijing (UTC 16:00 on the 31st is already the next month)', () => {
    expect(currentMonth(new Date('2026-10-31T16:00:00Z'))).toBe('2026-11');
    expect(currentMonth(new Date('2026-10-31T15:59:00Z'))).toBe('2026-10');
  });

  it('names the month in the reader’s language', () => {
    expect(formatMonth('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(formatMonth('2026-10', 'en')).toBe('October 2026');
  });
});
