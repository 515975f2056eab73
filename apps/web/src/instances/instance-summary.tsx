// Key facts of one instance: status, state, definition, version, business key, who and when.
import type { Instance } from '@liucheng/contracts';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import type { SpecMeta } from '../spec/spec-meta';
import { InstanceStatusTag } from './instance-status-tag';
import { StateValueText } from './state-value-text';
import { UserName } from '../users/user-name';

export function InstanceSummary({ instance, meta, spec }: { instance: Instance; meta: SpecMeta; spec?: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label={t('instances.status')}>
        <InstanceStatusTag status={instance.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('instances.state')}>
        <StateValueText value={instance.state} spec={spec} />
      </Descriptions.Item>
      <Descriptions.Item label={t('instances.definition')}>
        <span title={instance.definitionKey}>{pickLabel(meta.title, language, instance.definitionKey)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('instances.version')}>v{instance.version}</Descriptions.Item>
      <Descriptions.Item label={t('detail.id')}>
        <Typography.Text code copyable>
          {instance.id}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('instances.businessKey')}>{instance.businessKey ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('instances.startedBy')}>
        <UserName username={instance.startedBy} />
      </Descriptions.Item>
      <Descriptions.Item label={t('instances.seq')}>{instance.seq}</Descriptions.Item>
      <Descriptions.Item label={t('instances.createdAt')}>
        {formatDateTime(instance.createdAt, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('instances.updatedAt')}>
        {formatDateTime(instance.updatedAt, language)}
      </Descriptions.Item>
    </Descriptions>
  );
}
