// Change my password (everyone). The change revokes my tokens, so the form signs in again with
// the new password and the session carries on.
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { login } from '../api/auth.api';
import { useSetPassword } from '../api/users.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { passwordProblem } from '../users/account-checks';
import { apiFormErrors } from '../users/api-form-errors';

interface Values {
  currentPassword: string;
  password: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'password'] as const;

export function ChangePasswordForm({ username }: { username: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { signIn } = useSession();
  const [form] = Form.useForm<Values>();
  const setPassword = useSetPassword();
  const placed = apiFormErrors(setPassword.error, FIELDS, t);

  const submit = ({ currentPassword, password }: Values) =>
    setPassword.mutate(
      { username, request: { currentPassword, password } },
      {
        onSuccess: async () => {
          const answer = await login({ username, password });
          signIn({ accessToken: answer.accessToken, user: answer.user });
          form.resetFields();
          void message.success(t('admin.passwordChanged'));
        },
        onError: (error) => form.setFields(apiFormErrors(error, FIELDS, t).fields),
      },
    );

  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={submit} data-testid="change-password">
      <Form.Item
        name="currentPassword"
        label={t('admin.currentPassword')}
        rules={[{ required: true, message: t('admin.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('admin.newPassword')}
        rules={[
          { required: true, message: t('admin.required') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || !passwordProblem(value, username)
                ? Promise.resolve()
                : Promise.reject(new Error(t('codes.passwordRules'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('admin.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('admin.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('admin.passwordsDiffer'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {setPassword.error && placed.fields.length === 0 ? <ErrorAlert error={setPassword.error} /> : null}
      <Button type="primary" htmlType="submit" loading={setPassword.isPending}>
        {t('admin.changePassword')}
      </Button>
    </Form>
  );
}
