// Names a proxy for whole days (Asia/Shanghai midnights, last day included).
import { App, Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCreateProxy } from '../api/proxies.api';
import { ErrorAlert } from '../common/error-alert';
import { datePickerFormats } from '../i18n/picker-format';
import { useLanguage } from '../i18n/use-language';
import { apiFormErrors } from '../users/api-form-errors';
import { useDisplayNames } from '../users/use-display-name';
import { UserSelect } from '../users/user-select';
import { proxyRange } from './proxy-range';

interface Values {
  proxy: string;
  range: [Dayjs, Dayjs];
  reason?: string;
}

export function ProxyForm({ username }: { username: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const nameOf = useDisplayNames();
  const [form] = Form.useForm<Values>();
  const create = useCreateProxy(username);
  const placed = apiFormErrors(create.error, ['proxy'] as const, t);

  const submit = ({ proxy, range, reason }: Values) =>
    create.mutate(
      {
        proxy,
        ...proxyRange(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')),
        reason: reason || undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('admin.proxyAdded', { name: nameOf(proxy) }));
          form.resetFields();
        },
        onError: (error) => form.setFields(apiFormErrors(error, ['proxy'] as const, t).fields),
      },
    );

  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 520 }} data-testid="proxy-form">
      <Form.Item name="proxy" label={t('admin.proxy')} rules={[{ required: true, message: t('admin.required') }]}>
        <UserSelect exclude={[username]} />
      </Form.Item>
      <Form.Item name="range" label={t('admin.range')} rules={[{ required: true, message: t('admin.required') }]}>
        <DatePicker.RangePicker
          format={datePickerFormats(language)}
          placeholder={[t('admin.rangeFrom'), t('admin.rangeTo')]}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('admin.reason')}>
        <Input maxLength={500} />
      </Form.Item>
      {placed.other.length > 0 || (create.error && placed.fields.length === 0) ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={create.error} />
        </div>
      ) : null}
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('admin.addProxy')}
      </Button>
    </Form>
  );
}
