// The calendar's ordinary week: working hours per weekday, and which holidays it follows.
import type { WorkingCalendarContract } from '@liucheng/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WEEKDAY_KEYS } from './calendar-month-grid';

export function CalendarWeekSummary({ calendar }: { calendar: WorkingCalendarContract }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 2, sm: 4, md: 7 }}
        title={t('calendars.week')}
        items={WEEKDAY_KEYS.map((d) => ({
          key: d,
          label: t(`calendars.weekday-${d}`),
          children: calendar.week[d].length
            ? calendar.week[d].map((p) => `${p.start}–${p.end}`).join(', ')
            : t('calendars.restDay'),
        }))}
      />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('calendars.timeZone')} ·{' '}
        {calendar.coveredYears
          ? t('calendars.covered', { from: calendar.coveredYears.from, to: calendar.coveredYears.to })
          : t('calendars.noPublicHolidays')}
      </Typography.Paragraph>
    </>
  );
}
