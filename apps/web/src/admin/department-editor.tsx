// Edits one department: rename (zh/en), move (another parent, or the top), set or clear the head.
import type { DepartmentNode } from '@liucheng/contracts';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUpdateDepartment } from '../api/departments.api';
import { ErrorAlert } from '../common/error-alert';
import { apiFormErrors } from '../users/api-form-errors';
import { UserSelect } from '../users/user-select';
import { DepartmentSelect } from './department-select';

interface Values {
  zh: string;
  en: string;
  parentId: string | null;
  head: string | null;
}

const FIELDS = ['parentId', 'head'] as const;

export function DepartmentEditor({ department }: { department: DepartmentNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateDepartment();
  const placed = apiFormErrors(update.error, FIELDS, t);
  const required = { required: true, message: t('admin.required') };

  const submit = (values: Values) =>
    update.mutate(
      {
        id: department.id,
        request: {
          name: { zh: values.zh, en: values.en },
          parentId: values.parentId ?? null,
          head: values.head ?? null,
        },
      },
      {
        onSuccess: () => void message.success(t('admin.saved')),
        onError: (error) => form.setFields(apiFormErrors(error, FIELDS, t).fields),
      },
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="department-editor"
      initialValues={{
        zh: department.name.zh,
        en: department.name.en,
        parentId: department.parentId,
        head: department.head,
      }}
    >
      <Form.Item label={t('admin.departmentCode')}>
        <Input value={department.code} disabled />
      </Form.Item>
      <Form.Item name="zh" label={t('admin.nameZh')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="en" label={t('admin.nameEn')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="parentId" label={t('admin.parent')}>
        <DepartmentSelect placeholder={t('admin.noParent')} exclude={department.id} />
      </Form.Item>
      <Form.Item name="head" label={t('admin.head')}>
        <UserSelect allowClear placeholder={t('admin.none')} />
      </Form.Item>
      {update.error && placed.fields.length === 0 ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={update.error} />
        </div>
      ) : null}
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('admin.save')}
      </Button>
    </Form>
  );
}
