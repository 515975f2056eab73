// User administration (admins): list and search, create, edit, reset password, proxies, (de)activate.
import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@liucheng/contracts';
import { App, Button, Drawer, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateUser, useUsers } from '../api/users.api';
import { ResetPasswordModal } from '../admin/reset-password-modal';
import { UserFormModal } from '../admin/user-form-modal';
import { UsersTable } from '../admin/users-table';
import { ErrorAlert } from '../common/error-alert';
import { ProxyPanel } from '../profile/proxy-panel';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'proxies'; user: User } | null;

export function AdminUsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useUsers();
  const update = useUpdateUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = (users.data ?? []).filter(
    (user) =>
      !needle ||
      [user.username, user.displayName, user.displayNameEn ?? ''].some((text) => text.toLowerCase().includes(needle)),
  );
  const close = () => setDialog(null);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('admin.usersTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder={t('admin.search')}
            onChange={(event) => setSearch(event.target.value)}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('admin.createUser')}
          </Button>
        </Flex>
      </Flex>
      {users.error && <ErrorAlert error={users.error} />}
      {update.error && <ErrorAlert error={update.error} />}
      <UsersTable
        users={shown}
        loading={users.isPending}
        onEdit={(user) => setDialog({ kind: 'edit', user })}
        onResetPassword={(user) => setDialog({ kind: 'password', user })}
        onProxies={(user) => setDialog({ kind: 'proxies', user })}
        onSetActive={(user, active) =>
          update.mutate(
            { username: user.username, request: { active } },
            { onSuccess: () => void message.success(t('admin.saved')) },
          )
        }
      />
      {dialog?.kind === 'create' && <UserFormModal onClose={close} />}
      {dialog?.kind === 'edit' && <UserFormModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <ResetPasswordModal user={dialog.user} onClose={close} />}
      <Drawer
        open={dialog?.kind === 'proxies'}
        title={dialog?.kind === 'proxies' ? t('admin.proxiesOf', { name: dialog.user.displayName }) : ''}
        size="large"
        onClose={close}
        destroyOnHidden
      >
        {dialog?.kind === 'proxies' && <ProxyPanel username={dialog.user.username} editable />}
      </Drawer>
    </Flex>
  );
}
