// Main navigation; the selected item follows the URL.
import {
  AccountBookOutlined,
  AppstoreOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  EditOutlined,
  PartitionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Badge, Menu } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session-context';
import { useOpenTaskCount } from '../inbox/use-inbox';
import { isAdmin, isAuditor, mayReadAuditEvidence, mayReadLedger } from '../users/role-home';

const SECTIONS = [
  '/tasks',
  '/processes',
  '/instances',
  '/audit/ledger',
  '/ledger',
  '/audit',
  '/designer',
  '/admin/users',
  '/admin/org',
] as const;

/** `compact`: tighter items so both fit on a phone. */
export function NavMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = SECTIONS.find((section) => pathname.startsWith(section));
  const openTasks = useOpenTaskCount();
  const { session } = useSession();
  const roles = session?.user.roles ?? [];
  // Every item alike: no icon on a phone, tighter padding there.
  const item = (key: string, icon: ReactNode, label: ReactNode) => ({
    key,
    icon: compact ? undefined : icon,
    label,
    style: compact ? { paddingInline: 8 } : undefined,
  });
  return (
    <Menu
      mode="horizontal"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => navigate(key)}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
      items={[
        item(
          '/tasks',
          <CheckSquareOutlined />,
          <Badge count={openTasks} size="small" offset={[8, -2]} data-testid="nav-task-count">
            {t('nav.tasks')}
          </Badge>,
        ),
        item('/processes', <AppstoreOutlined />, t('nav.processes')),
        item('/instances', <PartitionOutlined />, t('nav.instances')),
        item('/designer', <EditOutlined />, t('nav.designer')),
        // A leader who is no auditor or admin reads the ledger of the departments they head.
        ...(mayReadLedger(roles) && !mayReadAuditEvidence(roles)
          ? [item('/ledger', <AccountBookOutlined />, t('ledger.navDepartment'))]
          : []),
        // Auditors get the audit search as a menu item (their home); admins, whose menu is full, reach it from 流程实例.
        ...(isAuditor(roles)
          ? [
              item('/audit', <AuditOutlined />, t('audit.nav')),
              item('/audit/ledger', <AccountBookOutlined />, t('ledger.nav')),
            ]
          : []),
        // Admin screens only for admins (the routes send anyone else home anyway).
        ...(isAdmin(roles)
          ? [
              item('/admin/users', <TeamOutlined />, t('admin.navUsers')),
              item('/admin/org', <ApartmentOutlined />, t('admin.navOrg')),
            ]
          : []),
      ]}
    />
  );
}
