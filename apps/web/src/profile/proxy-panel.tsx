// A user's proxies: the list, then the form naming a new one.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProxyForm } from './proxy-form';
import { ProxyList } from './proxy-list';

export function ProxyPanel({ username, editable }: { username: string; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('admin.proxiesIntro')}</Typography.Text>
      <ProxyList username={username} />
      {editable && <ProxyForm username={username} />}
    </Flex>
  );
}
