// Username/password form; on success stores the session and returns to where the user was going.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@liucheng/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { login } from '../api/auth.api';
import { ErrorAlert } from '../common/error-alert';
import { DemoUsersHint } from './demo-users-hint';
import { DEMO_PASSWORD } from './demo-users';
import { useSession } from './session-context';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [form] = Form.useForm<LoginRequest>();
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      signIn({ accessToken: response.accessToken, user: response.user });
      onSuccess();
    },
  });

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => mutation.mutate(values)}>
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      {mutation.error && (
        <Form.Item>
          {mutation.error instanceof ApiError && mutation.error.status === 401 ? (
            <Alert type="error" showIcon title={t('login.wrongCredentials')} />
          ) : (
            <ErrorAlert error={mutation.error} title={t('login.failed')} />
          )}
        </Form.Item>
      )}
      <Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
          {t('login.submit')}
        </Button>
      </Form.Item>
      <DemoUsersHint onPick={(username) => form.setFieldsValue({ username, password: DEMO_PASSWORD })} />
    </Form>
  );
}
