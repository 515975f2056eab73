// A month in a year the holiday package has not published: the calendar says so, and an admin who
// has entered that year's holidays (停工) and 调休 (加班日) by hand may declare the year complete.
import type { WorkingCalendarContract } from '@liucheng/contracts';
import { Alert, App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeclareCalendarYears } from '../api/calendars.api';
import { summariseError } from '../common/error-summary';

export function DeclareYearAlert({ calendar, year }: { calendar: WorkingCalendarContract; year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const declare = useDeclareCalendarYears(calendar.key);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('calendars.notCoveredHint')}
      description={t('calendars.declareHint', { year })}
      data-testid="calendar-not-covered"
      action={
        <Popconfirm
          title={t('calendars.declareConfirm', { year })}
          okText={t('calendars.declare', { year })}
          cancelText={t('calendars.cancel')}
          onConfirm={() =>
            declare
              .mutateAsync({ calendar, years: [...calendar.declaredYears, year] })
              .then(() => void message.success(t('calendars.declared', { year })))
              .catch((error: unknown) => void message.error(summariseError(error, t).message))
          }
        >
          <Button size="small" loading={declare.isPending} data-testid="calendar-declare-year">
            {t('calendars.declare', { year })}
          </Button>
        </Popconfirm>
      }
    />
  );
}
