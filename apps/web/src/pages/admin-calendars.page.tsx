// Working calendars (admins): a month at a time — working days, public holidays, 调休, closures —
// and the company's closures and extra working days.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendar, useCalendarDays, useCalendars } from '../api/calendars.api';
import { CalendarExceptions } from '../calendars/calendar-exceptions';
import { addMonths, currentMonth, formatMonth, kindCounts, monthRange } from '../calendars/calendar-month';
import { CalendarMonthGrid } from '../calendars/calendar-month-grid';
import { CalendarWeekSummary } from '../calendars/calendar-week-summary';
import { DeclareYearAlert } from '../calendars/declare-year-alert';
import { ErrorAlert } from '../common/error-alert';
import { useLanguage } from '../i18n/use-language';

export function AdminCalendarsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const calendars = useCalendars();
  const [picked, setPicked] = useState<string | undefined>();
  const key = picked ?? calendars.data?.[0]?.key;
  const [month, setMonth] = useState(currentMonth());
  const { from, to } = monthRange(month);
  const calendar = useCalendar(key);
  const days = useCalendarDays(key, from, to);
  const counts = kindCounts(days.data?.items ?? []);
  const working = (counts.working ?? 0) + (counts['make-up'] ?? 0) + (counts.extra ?? 0);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('calendars.title')}
        </Typography.Title>
        <Select
          id="calendar-select"
          aria-label={t('calendars.calendar')}
          style={{ minWidth: 280 }}
          loading={calendars.isPending}
          value={key}
          onChange={setPicked}
          options={(calendars.data ?? []).map((c) => ({
            value: c.key,
            label: language === 'en' ? c.name.en : c.name.zh,
          }))}
        />
      </Flex>
      {calendars.error ? <ErrorAlert error={calendars.error} /> : null}
      {calendar.data && (
        <Card>
          <CalendarWeekSummary calendar={calendar.data} />
        </Card>
      )}
      <Card
        title={
          <Space>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('calendars.previousMonth')}
              onClick={() => setMonth(addMonths(month, -1))}
            />
            <span data-testid="calendar-month-label">{formatMonth(month, language)}</span>
            <Button
              icon={<RightOutlined />}
              aria-label={t('calendars.nextMonth')}
              onClick={() => setMonth(addMonths(month, 1))}
            />
            <Button onClick={() => setMonth(currentMonth())}>{t('calendars.thisMonth')}</Button>
          </Space>
        }
        extra={days.data ? t('calendars.summary', { working }) : null}
        loading={days.isPending && !!key}
      >
        {days.error ? <ErrorAlert error={days.error} /> : null}
        {counts['not-covered'] && calendar.data ? (
          <DeclareYearAlert calendar={calendar.data} year={Number(from.slice(0, 4))} />
        ) : null}
        <CalendarMonthGrid days={days.data?.items ?? []} />
      </Card>
      {calendar.data && (
        <Card title={t('calendars.exceptions')}>
          <CalendarExceptions calendarKey={calendar.data.key} exceptions={calendar.data.exceptions} />
        </Card>
      )}
      {calendar.error ? <ErrorAlert error={calendar.error} /> : null}
    </Flex>
  );
}
