// The user list for admins: names, department, manager, roles, status and the actions on each.
import type { User } from '@liucheng/contracts';
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../api/departments.api';
import { useLanguage } from '../i18n/use-language';
import { pickLabel } from '../i18n/localize';
import { displayNameOf } from '../users/directory';
import { departmentOptions } from './department-options';

export interface UsersTableProps {
  users: User[];
  loading: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onProxies: (user: User) => void;
  onSetActive: (user: User, active: boolean) => void;
}

export function UsersTable({ users, loading, onEdit, onResetPassword, onProxies, onSetActive }: UsersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const departments = useDepartments();
  const paths = new Map(
    departmentOptions(departments.data ?? [], language).map((option) => [option.value, option.path]),
  );

  return (
    <Table<User>
      rowKey="username"
      size="middle"
      data-testid="users-table"
      loading={loading}
      dataSource={users}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: true }}
      columns={[
        { key: 'username', title: t('admin.username'), dataIndex: 'username' },
        {
          key: 'name',
          title: t('admin.displayName'),
          render: (_v, user) => displayNameOf(user.username, [user], language),
        },
        {
          key: 'department',
          title: t('admin.department'),
          render: (_v, user) => (user.departmentId ? (paths.get(user.departmentId) ?? '—') : '—'),
        },
        {
          key: 'manager',
          title: t('admin.manager'),
          render: (_v, user) => (user.manager ? displayNameOf(user.manager, users, language) : '—'),
        },
        {
          key: 'roles',
          title: t('admin.roles'),
          render: (_v, user) =>
            user.roles.map((role) => <Tag key={role}>{t(`roles.${role}`, { defaultValue: role })}</Tag>),
        },
        {
          key: 'status',
          title: t('admin.status'),
          render: (_v, user) =>
            user.active ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>,
        },
        {
          key: 'actions',
          title: t('admin.actions'),
          render: (_v, user) => (
            <Space size={4} wrap>
              <Button size="small" onClick={() => onEdit(user)}>
                {t('admin.edit')}
              </Button>
              <Button size="small" onClick={() => onResetPassword(user)}>
                {t('admin.resetPassword')}
              </Button>
              <Button size="small" onClick={() => onProxies(user)}>
                {t('admin.proxies')}
              </Button>
              {user.active ? (
                <Popconfirm
                  title={t('admin.deactivateConfirm', {
                    name: pickLabel({ zh: user.displayName, en: user.displayNameEn ?? '' }, language),
                  })}
                  okText={t('admin.deactivate')}
                  cancelText={t('admin.cancel')}
                  onConfirm={() => onSetActive(user, false)}
                >
                  <Button size="small" danger>
                    {t('admin.deactivate')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button size="small" onClick={() => onSetActive(user, true)}>
                  {t('admin.activate')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
