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
  // Admin screens only for admins (the routes send anyone else home anyway).
  const adminItems = isAdmin(session?.user.roles ?? [])
    ? [
        {
          key: '/admin/users',
          icon: compact ? undefined : <TeamOutlined />,
          label: t('admin.navUsers'),
          style: itemStyle(compact),
        },
        {
          key: '/admin/org',
          icon: compact ? undefined : <ApartmentOutlined />,
          label: t('admin.navOrg'),
          style: itemStyle(compact),
        },
      ]
    : [];

  // Auditors get the audit search as a menu item (their home); admins, whose menu is full, reach it from 流程实例.
  const auditItems = isAuditor(session?.user.roles ?? [])
    ? [
        {
          key: '/audit',
          icon: compact ? undefined : <AuditOutlined />,
          label: t('audit.nav'),
          style: itemStyle(compact),
        },
        {
          key: '/audit/ledger',
          icon: compact ? undefined : <AccountBookOutlined />,
          label: t('ledger.nav'),
          style: itemStyle(compact),
        },
      ]
    : [];
  // A leader who is no auditor or admin reads the ledger of the departments they head.
  const roles = session?.user.roles ?? [];
  const ledgerItems =
    mayReadLedger(roles) && !mayReadAuditEvidence(roles)
      ? [
          {
            key: '/ledger',
            icon: compact ? undefined : <AccountBookOutlined />,
            label: t('ledger.navDepartment'),
            style: itemStyle(compact),
          },
        ]
      : [];

  return (
    <Menu
      mode="horizontal"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => navigate(key)}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
      items={[
        {
          key: '/tasks',
          icon: compact ? undefined : <CheckSquareOutlined />,
          label: (
            <Badge count={openTasks} size="small" offset={[8, -2]} data-testid="nav-task-count">
              {t('nav.tasks')}
            </Badge>
          ),
          style: itemStyle(compact),
        },
        {
          key: '/processes',
          icon: compact ? undefined : <AppstoreOutlined />,
          label: t('nav.processes'),
          style: itemStyle(compact),
        },
        {
          key: '/instances',
          icon: compact ? undefined : <PartitionOutlined />,
          label: t('nav.instances'),
          style: itemStyle(compact),
        },
        {
          key: '/designer',
          icon: compact ? undefined : <EditOutlined />,
          label: t('nav.designer'),
          style: itemStyle(compact),
        },
        ...ledgerItems,
        ...auditItems,
        ...adminItems,
      ]}
    />
  );
}

function itemStyle(compact: boolean) {
  return compact ? { paddingInline: 8 } : undefined;
}
