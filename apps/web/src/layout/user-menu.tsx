// The logged-in user's name with a menu showing the roles and a logout item.
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session-context';

export function UserMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  if (!session) return null;
  const { user } = session;
  const roles = user.roles.map((role) => t(`roles.${role}`, { defaultValue: role }) as string).join('、');

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'roles', label: `${t('user.roles')}: ${roles || '—'}`, disabled: true },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key !== 'logout') return;
          signOut();
          navigate('/login', { replace: true });
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} style={{ color: 'inherit' }}>
        {screens.sm ? user.displayName || user.username : null}
      </Button>
    </Dropdown>
  );
}
