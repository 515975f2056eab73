// An admin sets another user's password (which signs that user out everywhere).
import type { User } from '@liucheng/contracts';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSetPassword } from '../api/users.api';
import { ErrorAlert } from '../common/error-alert';
import { passwordProblem } from '../users/account-checks';
import { apiFormErrors } from '../users/api-form-errors';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const setPassword = useSetPassword();
  const placed = apiFormErrors(setPassword.error, ['password'] as const, t);

  return (
    <Modal
      open
      title={t('admin.resetPasswordTitle', { name: user.displayName })}
      okText={t('admin.resetPassword')}
      cancelText={t('admin.cancel')}
      confirmLoading={setPassword.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={({ password }) =>
          setPassword.mutate(
            { username: user.username, request: { password } },
            {
              onSuccess: () => {
                void message.success(t('admin.passwordReset', { name: user.displayName }));
                onClose();
              },
              onError: (error) => form.setFields(apiFormErrors(error, ['password'] as const, t).fields),
            },
          )
        }
      >
        <Form.Item
          name="password"
          label={t('admin.newPassword')}
          rules={[
            { required: true, message: t('admin.required') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || !passwordProblem(value, user.username)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('codes.passwordRules'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {setPassword.error && placed.fields.length === 0 ? <ErrorAlert error={setPassword.error} /> : null}
    </Modal>
  );
}
