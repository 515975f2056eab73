// Header: brand, navigation, language switch and user menu; compact on phones.
import { Flex, Grid, Layout, theme } from 'antd';
import { NotificationBell } from '../notifications/notification-bell';
import { AppBrand } from './app-brand';
import { LanguageSwitch } from './language-switch';
import { NavMenu } from './nav-menu';
import { UserMenu } from './user-menu';

export function AppHeader() {
  const screens = Grid.useBreakpoint();
  const { token } = theme.useToken();
  const compact = !screens.md;
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: compact ? 8 : 24,
        padding: compact ? '0 12px' : '0 24px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <AppBrand compact={compact} iconOnly={!screens.sm} />
      <NavMenu compact={compact} />
      <Flex align="center" gap={compact ? 4 : 12}>
        <NotificationBell />
        <LanguageSwitch short={!screens.sm} />
        <UserMenu />
      </Flex>
    </Layout.Header>
  );
}
