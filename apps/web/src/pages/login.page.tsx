// Login page: centred card with the form, demo users and the language switch.
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoginForm } from '../auth/login-form';
import { useSession } from '../auth/session-context';
import { LanguageSwitch } from '../layout/language-switch';

export function LoginPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  // A newcomer lands on their role's home ("/" decides), or where they were going.
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  if (session) return <Navigate to={from} replace />;

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f7fa' }}>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 420, marginBottom: 12 }}>
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ marginBottom: 0, textAlign: 'center' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        <LoginForm onSuccess={() => navigate(from, { replace: true })} />
      </Card>
    </Flex>
  );
}
