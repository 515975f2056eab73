// The company's closures and extra working days of one calendar: listed, added and removed (admins).
import type { CalendarException } from '@liucheng/contracts';
import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Radio, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddCalendarException, useRemoveCalendarException } from '../api/calendars.api';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../i18n/format';
import { datePickerFormats } from '../i18n/picker-format';
import { useLanguage } from '../i18n/use-language';

interface Values {
  kind: 'closure' | 'extra';
  range?: [Dayjs, Dayjs];
  date?: Dayjs;
  reason: string;
}

export function CalendarExceptions({
  calendarKey,
  exceptions,
}: {
  calendarKey: string;
  exceptions: CalendarException[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [kind, setKind] = useState<Values['kind']>('closure');
  const add = useAddCalendarException(calendarKey);
  const remove = useRemoveCalendarException(calendarKey);
  const dates = (e: CalendarException) =>
    e.from === e.to ? formatDate(e.from, language) : `${formatDate(e.from, language)} – ${formatDate(e.to, language)}`;

  const submit = (values: Values) => {
    const [from, to] =
      values.kind === 'closure' && values.range
        ? [values.range[0].format('YYYY-MM-DD'), values.range[1].format('YYYY-MM-DD')]
        : [values.date!.format('YYYY-MM-DD'), undefined];
    add.mutate(
      { kind: values.kind, from, ...(to ? { to } : {}), reason: values.reason },
      {
        onSuccess: () => {
          void message.success(t('calendars.added'));
          form.resetFields(['range', 'date', 'reason']);
        },
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Table<CalendarException>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={exceptions}
        locale={{ emptyText: t('calendars.noExceptions') }}
        columns={[
          {
            key: 'kind',
            title: t('calendars.exceptionKind'),
            render: (_, e) => t(`calendars.exception-${e.kind}`),
          },
          { key: 'dates', title: t('calendars.dates'), render: (_, e) => dates(e) },
          { key: 'reason', title: t('calendars.reason'), dataIndex: 'reason' },
          { key: 'createdBy', title: t('calendars.createdBy'), dataIndex: 'createdBy' },
          {
            key: 'actions',
            title: '',
            render: (_, e) => (
              <Popconfirm
                title={t('calendars.removeConfirm', { dates: dates(e), kind: t(`calendars.exception-${e.kind}`) })}
                onConfirm={() => remove.mutate(e.id, { onSuccess: () => void message.success(t('calendars.removed')) })}
              >
                <Button size="small" danger data-testid={`remove-exception-${e.from}`}>
                  {t('calendars.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'closure' }}
        style={{ maxWidth: 520 }}
        data-testid="calendar-exception-form"
      >
        <Form.Item name="kind" label={t('calendars.exceptionKind')}>
          <Radio.Group
            onChange={(e) => setKind(e.target.value)}
            options={[
              { value: 'closure', label: t('calendars.exception-closure') },
              { value: 'extra', label: t('calendars.exception-extra') },
            ]}
          />
        </Form.Item>
        {kind === 'closure' ? (
          <Form.Item
            name="range"
            label={t('calendars.closureDates')}
            rules={[{ required: true, message: t('calendars.required') }]}
          >
            <DatePicker.RangePicker format={datePickerFormats(language)} style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item
            name="date"
            label={t('calendars.extraDate')}
            rules={[{ required: true, message: t('calendars.required') }]}
          >
            <DatePicker format={datePickerFormats(language)} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('calendars.reason')}
          rules={[{ required: true, whitespace: true, message: t('calendars.required') }]}
        >
          <Input maxLength={200} placeholder={t('calendars.reasonPlaceholder')} />
        </Form.Item>
        {add.error ? (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={add.error} />
          </div>
        ) : null}
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {kind === 'closure' ? t('calendars.addClosure') : t('calendars.addExtra')}
        </Button>
      </Form>
    </Flex>
  );
}
