// One day of the month grid: its number, what kind of day it is, and the holiday's name or the reason.
import type { CalendarDay } from '@liucheng/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

/** Tag colours per kind of day (antd preset colours). */
const COLOURS: Record<CalendarDay['kind'], string | undefined> = {
  working: 'green',
  rest: undefined,
  holiday: 'red',
  'make-up': 'orange',
  closure: 'purple',
  extra: 'blue',
  'not-covered': undefined,
};

export function CalendarDayCell({ day }: { day: CalendarDay }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const note = day.name ? (language === 'en' ? day.name.en : day.name.zh) : day.reason;
  const hours = day.periods.map((p) => `${p.start}–${p.end}`).join(', ');
  return (
    <div
      data-testid="calendar-day"
      data-date={day.date}
      data-kind={day.kind}
      style={{
        minHeight: 84,
        padding: 6,
        border: '1px solid #f0f0f0',
        borderStyle: day.kind === 'not-covered' ? 'dashed' : 'solid',
        background: day.working ? '#fff' : '#fafafa',
      }}
    >
      <Typography.Text strong>{Number(day.date.slice(8))}</Typography.Text>
      <div>
        <Tag color={COLOURS[day.kind]} style={{ marginInlineEnd: 0 }}>
          {t(`calendars.kind-${day.kind}`)}
        </Tag>
      </div>
      {note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: note }}>
          {note}
        </Typography.Text>
      )}
      {day.working && hours && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hours}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
