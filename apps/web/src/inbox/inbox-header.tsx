// The inbox greeting: who I am, how much work waits, and a way to start something new.
import { PlayCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/session-context';

export function InboxHeader(props: { mine?: number; claimable?: number; refreshing: boolean; onRefresh: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const name = session?.user.displayName || session?.user.username || '';
  return (
    <Flex justify="space-between" align="flex-end" wrap gap={12}>
      <Space orientation="vertical" size={0}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('inbox.welcome', { name })}
          {props.mine !== undefined &&
            props.claimable !== undefined &&
            ` · ${t('inbox.summary', { mine: props.mine, claimable: props.claimable })}`}
        </Typography.Text>
      </Space>
      <Space>
        <Button
          icon={<ReloadOutlined />}
          loading={props.refreshing}
          onClick={props.onRefresh}
          aria-label={t('inbox.refresh')}
        />
        <Button icon={<PlayCircleOutlined />} onClick={() => navigate('/processes')}>
          {t('inbox.startProcess')}
        </Button>
      </Space>
    </Flex>
  );
}
