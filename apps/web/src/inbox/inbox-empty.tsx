// What an empty tab tells a newcomer to do next.
import { Button, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InboxTab } from './inbox-tab';

export function InboxEmpty({ tab, onShowClaimable }: { tab: InboxTab; onShowClaimable: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const startButton = (
    <Button type="primary" onClick={() => navigate('/processes')}>
      {t('inbox.startProcess')}
    </Button>
  );
  if (tab === 'done') return <Empty description={t('inbox.emptyDone')} />;
  if (tab === 'claimable')
    return (
      <Empty
        description={
          <Space orientation="vertical" size={2}>
            <Typography.Text>{t('inbox.emptyClaimable')}</Typography.Text>
            <Typography.Text type="secondary">{t('inbox.emptyClaimableHint')}</Typography.Text>
          </Space>
        }
      />
    );
  return (
    <Empty
      description={
        <Space orientation="vertical" size={2}>
          <Typography.Text>{t('inbox.emptyMine')}</Typography.Text>
          <Typography.Text type="secondary">{t('inbox.emptyMineHint')}</Typography.Text>
        </Space>
      }
    >
      <Space wrap style={{ justifyContent: 'center' }}>
        <Button onClick={onShowClaimable}>{t('inbox.tabClaimable')}</Button>
        {startButton}
      </Space>
    </Empty>
  );
}
