// Creates a department (at the top, or under a parent) with its code, names and head.
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateDepartment } from '../api/departments.api';
import { ErrorAlert } from '../common/error-alert';
import { useLanguage } from '../i18n/use-language';
import { pickLabel } from '../i18n/localize';
import { apiFormErrors } from '../users/api-form-errors';
import { UserSelect } from '../users/user-select';
import { DepartmentSelect } from './department-select';
import { isDepartmentCode } from './department-code';

interface Values {
  code: string;
  zh: string;
  en: string;
  parentId?: string | null;
  head?: string | null;
}

const FIELDS = ['code', 'parentId', 'head'] as const;

export function DepartmentCreateModal({ parentId, onClose }: { parentId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateDepartment();
  const placed = apiFormErrors(create.error, FIELDS, t);
  const required = { required: true, message: t('admin.required') };

  const submit = (values: Values) =>
    create.mutate(
      {
        code: values.code,
        name: { zh: values.zh, en: values.en },
        parentId: values.parentId ?? null,
        head: values.head ?? null,
      },
      {
        onSuccess: (created) => {
          void message.success(t('admin.departmentCreated', { name: pickLabel(created.name, language) }));
          onClose();
        },
        onError: (error) => form.setFields(apiFormErrors(error, FIELDS, t).fields),
      },
    );

  return (
    <Modal
      open
      title={parentId ? t('admin.createChild') : t('admin.createDepartment')}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ parentId }}
        data-testid="department-form"
      >
        <Form.Item
          name="code"
          label={t('admin.departmentCode')}
          extra={t('admin.departmentCodeHint')}
          rules={[
            required,
            {
              validator: (_rule, value: string | undefined) =>
                !value || isDepartmentCode(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.departmentCodeRules'))),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="zh" label={t('admin.nameZh')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="en" label={t('admin.nameEn')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.parent')}>
          <DepartmentSelect placeholder={t('admin.noParent')} />
        </Form.Item>
        <Form.Item name="head" label={t('admin.head')}>
          <UserSelect allowClear placeholder={t('admin.none')} />
        </Form.Item>
      </Form>
      {create.error && placed.fields.length === 0 ? <ErrorAlert error={create.error} /> : null}
    </Modal>
  );
}
