// "N working days / hours, counted from …, on calendar …" without typing ISO text: writes the
// `meta.delays` entry (and `meta.calendar`) and hands its name to the caller.
import type { WorkflowSpec } from '@liucheng/engine';
import { Button, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCalendars } from '../../api/calendars.api';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import {
  contextDateFields,
  putWorkingDelay,
  readWorkingChoice,
  type WorkingChoice,
  type WorkingUnit,
} from '../editing/working-delay-edits';

const DEFAULT_CALENDAR = 'mon-fri';

export function WorkingDelayPicker({
  spec,
  current,
  testId,
  onPick,
}: {
  spec: WorkflowSpec;
  /** The delay key in use now: a `meta.delays` name pre-fills the picker. */
  current?: string;
  testId: string;
  /** Applies the delay: `next` has the `meta.delays` entry, `name` is its key. */
  onPick: (next: WorkflowSpec, name: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const calendars = useCalendars();
  const shown = readWorkingChoice(
    current ? (spec.meta.delays as Record<string, unknown> | undefined)?.[current] : undefined,
  );
  const [choice, setChoice] = useState<WorkingChoice>(shown ?? { amount: 3, unit: 'days', from: 'entry' });
  const [calendar, setCalendar] = useState(
    typeof spec.meta.calendar === 'string' ? spec.meta.calendar : DEFAULT_CALENDAR,
  );
  const fields = contextDateFields(spec);
  const calendarOptions = (calendars.data ?? []).map((c) => ({ value: c.key, label: pickLabel(c.name, lang, c.key) }));
  if (!calendarOptions.some((o) => o.value === calendar)) calendarOptions.push({ value: calendar, label: calendar });
  return (
    <Form.Item label={t('designer.edWorkingDelay')} extra={t('designer.edWorkingDelayHelp')} data-testid={testId}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space>
          <InputNumber
            data-testid={`${testId}-amount`}
            min={1}
            max={365}
            precision={0}
            value={choice.amount}
            onChange={(amount) => setChoice({ ...choice, amount: Math.max(1, Math.round(amount ?? 1)) })}
          />
          <Select
            data-testid={`${testId}-unit`}
            style={{ width: 120 }}
            value={choice.unit}
            options={[
              { value: 'days', label: t('designer.edWorkingDays') },
              { value: 'hours', label: t('designer.edWorkingHours') },
            ]}
            onChange={(unit: WorkingUnit) => setChoice({ ...choice, unit })}
          />
        </Space>
        <Select
          data-testid={`${testId}-from`}
          value={choice.from}
          options={[
            { value: 'entry', label: t('designer.edWorkingFromEntry') },
            ...fields.map((f) => ({
              value: f.path,
              label: t('designer.edWorkingFromField', { field: pickLabel(f.title, lang, f.path) }),
            })),
          ]}
          onChange={(from: string) => setChoice({ ...choice, from })}
        />
        <Select
          data-testid={`${testId}-calendar`}
          value={calendar}
          options={calendarOptions}
          onChange={(key: string) => setCalendar(key)}
        />
        <Typography.Text type="secondary">{t('designer.edWorkingCalendarHelp')}</Typography.Text>
        <Button
          data-testid={`${testId}-apply`}
          onClick={() => {
            const { spec: next, name } = putWorkingDelay(spec, choice, calendar);
            onPick(next, name);
          }}
        >
          {t('designer.edWorkingApply')}
        </Button>
      </Space>
    </Form.Item>
  );
}
