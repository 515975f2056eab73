// The logged-in user's display name with a menu: the roles, my profile, admin settings, logout.
import { CalendarOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { isAdmin } from '../users/role-home';
import { useDisplayName } from '../users/use-display-name';

export function UserMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const displayName = useDisplayName(session?.user.username);
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
          { key: 'profile', icon: <SettingOutlined />, label: t('admin.profile') },
          // Settings an admin rarely changes live here, not in the full main navigation.
          ...(isAdmin(user.roles) ? [{ key: 'calendars', icon: <CalendarOutlined />, label: t('calendars.nav') }] : []),
          { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'profile') navigate('/profile');
          if (key === 'calendars') navigate('/admin/calendars');
          if (key !== 'logout') return;
          signOut();
          navigate('/login', { replace: true });
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} style={{ color: 'inherit' }} data-testid="user-menu">
        {screens.sm ? (displayName !== user.username ? displayName : user.displayName || user.username) : null}
      </Button>
    </Dropdown>
  );
}
