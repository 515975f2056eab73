// A month of a working calendar, Monday first, each day coloured by its kind.
import type { CalendarDay } from '@liucheng/contracts';
import { useTranslation } from 'react-i18next';
import { CalendarDayCell } from './calendar-day-cell';
import { monthWeeks } from './calendar-month';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const row = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 } as const;

export function CalendarMonthGrid({ days }: { days: readonly CalendarDay[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="calendar-month" style={{ display: 'flex', flexDirection: 'column', gap: 4, overflowX: 'auto' }}>
      <div style={row}>
        {WEEKDAY_KEYS.map((d) => (
          <div key={d} style={{ textAlign: 'center', fontWeight: 600 }}>
            {t(`calendars.weekday-${d}`)}
          </div>
        ))}
      </div>
      {monthWeeks(days).map((week) => (
        <div key={week.find(Boolean)?.date} style={row}>
          {week.map((day, i) => (day ? <CalendarDayCell key={day.date} day={day} /> : <div key={`empty-${i}`} />))}
        </div>
      ))}
    </div>
  );
}
