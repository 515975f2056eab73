// A context or event-data value shown readably: scalars as text, an attachment as its download
// link, structures as compact JSON (an object holding attachments key by key, so they stay links).
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../attachments/attachment-link';
import { formatFileSize, isAttachmentValue } from '../attachments/attachment-value';
import { useLanguage } from '../i18n/use-language';

export function JsonValueText({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'boolean') return <>{value ? t('form.yes') : t('form.no')}</>;
  if (typeof value !== 'object') return <>{String(value)}</>;
  if (isAttachmentValue(value)) return <AttachmentText value={value} />;
  if (!Array.isArray(value) && Object.values(value).some(isAttachmentValue)) {
    return (
      <dl className="liucheng-json-entries" style={{ margin: 0 }}>
        {Object.entries(value).map(([key, item]) => (
          <div key={key} style={{ display: 'flex', gap: 8 }}>
            <dt style={{ fontWeight: 500 }}>{key}:</dt>
            <dd style={{ margin: 0 }}>
              <JsonValueText value={item} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 12 }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

function AttachmentText({ value }: { value: { attachmentId: string; filename: string; size?: unknown } }) {
  const language = useLanguage();
  return (
    <Space size={6}>
      <AttachmentLink value={value} />
      {typeof value.size === 'number' && (
        <Typography.Text type="secondary">{formatFileSize(value.size, language)}</Typography.Text>
      )}
    </Space>
  );
}
