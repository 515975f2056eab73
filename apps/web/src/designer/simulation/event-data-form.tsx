// The data form of one event (from meta.events[TYPE].schema) and its send button; validated by the engine's step.
import type { ValidationProblem } from '@liucheng/engine';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonForm } from '../../tasks/json-form';
import { displayedProblems } from '../../tasks/form-validator';
import { mapProblems } from '../../tasks/server-errors';

export interface EventDataFormProps {
  title: string;
  /** The event's data schema; absent when the event takes no data. */
  schema?: unknown;
  /** Field problems of the last rejected attempt (JSON Pointers into the data). */
  problems: ValidationProblem[];
  submitLabel: string;
  submitTestId: string;
  onSubmit: (data: Record<string, unknown>) => void;
}

export function EventDataForm({ title, schema, problems, submitLabel, submitTestId, onSubmit }: EventDataFormProps) {
  const { t } = useTranslation();
  const [data, setData] = useState<Record<string, unknown>>({});
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{title}</Typography.Text>
      {schema ? (
        <JsonForm
          schema={schema}
          data={data}
          onChange={setData}
          errors={mapProblems(displayedProblems(problems, t), '').tree}
        />
      ) : (
        <Typography.Text type="secondary">{t('event.noData')}</Typography.Text>
      )}
      <Button type="primary" data-testid={submitTestId} onClick={() => onSubmit(data)}>
        {submitLabel}
      </Button>
    </Space>
  );
}
