// The login page's hint listing demo users; clicking one fills the form.
import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-users';

export function DemoUsersHint({ onPick }: { onPick: (username: DemoUser) => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('login.demoTitle')}
      description={
        <Space orientation="vertical" size={6}>
          <Typography.Text>
            {t('login.demoPassword')} <Typography.Text code>{DEMO_PASSWORD}</Typography.Text>
          </Typography.Text>
          <Space size={[4, 6]} wrap>
            {DEMO_USERS.map((demo) => (
              <Tag.CheckableTag key={demo.username} checked={false} onChange={() => onPick(demo.username)}>
                {t('login.demoUser', {
                  username: demo.username,
                  role:
                    'where' in demo
                      ? t('admin.demoBranchRole', { role: t(`roles.${demo.role}`) })
                      : t(`roles.${demo.role}`),
                })}
              </Tag.CheckableTag>
            ))}
          </Space>
          <Typography.Text type="secondary">{t('login.demoUse')}</Typography.Text>
        </Space>
      }
    />
  );
}
