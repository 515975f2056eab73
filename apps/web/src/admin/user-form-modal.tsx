// Creates a user, or edits one (names, department, manager, roles). Refusals land on the fields
// in the UI language.
import type { CreateUserRequest, User } from '@liucheng/contracts';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateUser, useRoles, useUpdateUser } from '../api/users.api';
import { ErrorAlert } from '../common/error-alert';
import { useLanguage } from '../i18n/use-language';
import { passwordProblem, usernameProblem } from '../users/account-checks';
import { apiFormErrors } from '../users/api-form-errors';
import { UserSelect } from '../users/user-select';
import { DepartmentSelect } from './department-select';
import { roleOptions } from './role-options';

interface Values {
  username: string;
  displayName: string;
  displayNameEn?: string;
  password: string;
  departmentId?: string | null;
  manager?: string | null;
  roles: string[];
}

const FIELDS = ['username', 'displayName', 'displayNameEn', 'password', 'departmentId', 'manager', 'roles'] as const;

export interface UserFormModalProps {
  /** The user to edit; undefined creates one. */
  user?: User;
  onClose: () => void;
}

export function UserFormModal({ user, onClose }: UserFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const roles = useRoles();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const placed = apiFormErrors(mutation.error, FIELDS, t);
  const required = { required: true, message: t('admin.required') };

  const submit = (values: Values) => {
    const onError = (error: unknown) => form.setFields(apiFormErrors(error, FIELDS, t).fields);
    if (!user) {
      const request: CreateUserRequest = {
        username: values.username,
        displayName: values.displayName,
        password: values.password,
        roles: values.roles ?? [],
        ...(values.displayNameEn ? { displayNameEn: values.displayNameEn } : {}),
        ...(values.departmentId ? { departmentId: values.departmentId } : {}),
        ...(values.manager ? { manager: values.manager } : {}),
      };
      create.mutate(request, {
        onSuccess: (created) => {
          void message.success(t('admin.created', { name: created.displayName }));
          onClose();
        },
        onError,
      });
      return;
    }
    update.mutate(
      {
        username: user.username,
        request: {
          displayName: values.displayName,
          displayNameEn: values.displayNameEn || null,
          departmentId: values.departmentId ?? null,
          manager: values.manager ?? null,
          roles: values.roles.filter((role) => !user.scopedRoles.some((grant) => grant.role === role)),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('admin.saved'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      title={user ? t('admin.editUser', { name: user.displayName }) : t('admin.createUser')}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="user-form"
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                displayNameEn: user.displayNameEn ?? undefined,
                departmentId: user.departmentId,
                manager: user.manager,
                roles: user.roles,
              }
            : { roles: ['staff'] }
        }
      >
        <Form.Item
          name="username"
          label={t('admin.username')}
          rules={
            user
              ? []
              : [
                  required,
                  {
                    validator: (_rule, value: string | undefined) =>
                      !value || !usernameProblem(value)
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('codes.usernameRules'))),
                  },
                ]
          }
        >
          <Input disabled={Boolean(user)} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('admin.displayName')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="displayNameEn" label={t('admin.displayNameEn')}>
          <Input />
        </Form.Item>
        {!user && (
          <Form.Item
            name="password"
            label={t('admin.password')}
            dependencies={['username']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  !value || !passwordProblem(value, String(getFieldValue('username') ?? ''))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('codes.passwordRules'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item name="departmentId" label={t('admin.department')}>
          <DepartmentSelect placeholder={t('admin.none')} />
        </Form.Item>
        <Form.Item name="manager" label={t('admin.manager')} extra={t('admin.managerHint')}>
          <UserSelect allowClear exclude={user ? [user.username] : []} placeholder={t('admin.none')} />
        </Form.Item>
        <Form.Item name="roles" label={t('admin.roles')} rules={[required]}>
          <Select
            mode="multiple"
            loading={roles.isPending}
            options={roleOptions(roles.data ?? [], language)}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Form>
      {mutation.error && placed.fields.length === 0 ? <ErrorAlert error={mutation.error} /> : null}
    </Modal>
  );
}
