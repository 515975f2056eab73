// Main navigation; the selected item follows the URL.
import { AppstoreOutlined, CheckSquareOutlined, EditOutlined, PartitionOutlined } from '@ant-design/icons';
import { Badge, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useOpenTaskCount } from '../inbox/use-inbox';

const SECTIONS = ['/tasks', '/processes', '/instances', '/designer'] as const;

/** `compact`: tighter items so both fit on a phone. */
export function NavMenu({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = SECTIONS.find((section) => pathname.startsWith(section));
  const openTasks = useOpenTaskCount();

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
      ]}
    />
  );
}

function itemStyle(compact: boolean) {
  return compact ? { paddingInline: 8 } : undefined;
}
