// My profile (everyone): who I am, change my password, my proxies.
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/users.api';
import { useSession } from '../auth/session-context';
import { ErrorAlert } from '../common/error-alert';
import { ChangePasswordForm } from '../profile/change-password-form';
import { ProxyPanel } from '../profile/proxy-panel';
import { UserName } from '../users/user-name';
import { useDisplayName } from '../users/use-display-name';
import { useLanguage } from '../i18n/use-language';

export function ProfilePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const me = useMe();
  const username = session?.user.username ?? '';
  const fallbackName = useDisplayName(username);
  const name = me.data ? (language === 'en' && me.data.displayNameEn) || me.data.displayName : fallbackName;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('admin.profileTitle')}
      </Typography.Title>
      {me.error && <ErrorAlert error={me.error} />}
      <Card title={t('admin.myAccount')}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('admin.username')}>{username}</Descriptions.Item>
          <Descriptions.Item label={t('admin.name')}>{name}</Descriptions.Item>
          <Descriptions.Item label={t('admin.manager')}>
            <UserName username={me.data?.manager} />
          </Descriptions.Item>
          <Descriptions.Item label={t('admin.roles')}>
            {(session?.user.roles ?? []).map((role) => (
              <Tag key={role}>{t(`roles.${role}`, { defaultValue: role })}</Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('admin.changePassword')}>
        <ChangePasswordForm username={username} />
      </Card>
      <Card title={t('admin.myProxies')}>
        <ProxyPanel username={username} editable />
      </Card>
    </Flex>
  );
}
