// One catalogue card: title in the current language, latest version and a Start button (the key,
// an identifier for designers, only as a hover hint).
import { PlayCircleOutlined } from '@ant-design/icons';
import type { DefinitionSummary } from '@liucheng/contracts';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

export function DefinitionCard({ definition, onStart }: { definition: DefinitionSummary; onStart: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const published = definition.latestVersion !== null;
  return (
    <Card
      data-definition-key={definition.key}
      style={{ height: '100%' }}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 12, height: '100%' } }}
    >
      <Typography.Title level={5} style={{ margin: 0 }} title={definition.key}>
        {pickLabel(definition.title, language, definition.key)}
      </Typography.Title>
      <Space size={[4, 4]} wrap style={{ flex: 1, alignItems: 'flex-start' }}>
        {published ? (
          <Tag color="blue">{t('processes.latestVersion', { version: definition.latestVersion })}</Tag>
        ) : (
          <Tag>{t('processes.noVersion')}</Tag>
        )}
        {definition.hasDraft && <Tag color="gold">{t('processes.hasDraft')}</Tag>}
      </Space>
      <Button type="primary" icon={<PlayCircleOutlined />} disabled={!published} onClick={onStart} block>
        {t('processes.start')}
      </Button>
    </Card>
  );
}
