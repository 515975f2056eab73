// The request and everything gathered so far as a labelled, read-only form (attachments as downloads).
import { Descriptions, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '../attachments/attachment-link';
import { departmentNameOf } from '../api/department-codes';
import { useDepartments } from '../api/departments.api';
import { useLanguage } from '../i18n/use-language';
import { useDisplayNames } from '../users/use-display-name';
import type { SpecMeta } from '../spec/spec-meta';
import { DetailTableView } from './detail-table-view';
import { requestRows } from './request-fields';

export function RequestView({
  context,
  meta,
  hidden = [],
}: {
  context: Record<string, unknown>;
  meta: SpecMeta;
  /** Request fields this viewer's step hides (表单权限). */
  hidden?: readonly string[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const person = useDisplayNames();
  const departments = useDepartments();
  const shown = Object.fromEntries(Object.entries(context).filter(([name]) => !hidden.includes(name)));
  const rows = requestRows(shown, meta, language, {
    yes: t('approvals.yes'),
    no: t('approvals.no'),
    person,
    department: (code) => departmentNameOf(departments.data ?? [], code, language),
  });
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approvals.requestEmpty')} />;
  return (
    <div data-testid="request-view">
      <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
        {rows.map((row) => (
          <Descriptions.Item key={row.name} label={row.label} span={row.value.kind === 'table' ? 'filled' : undefined}>
            <span data-field={row.name}>
              {row.value.kind === 'text' ? (
                <Typography.Text style={{ whiteSpace: 'pre-line' }}>{row.value.text}</Typography.Text>
              ) : row.value.kind === 'table' ? (
                <DetailTableView table={row.value} />
              ) : (
                <Space orientation="vertical" size={0}>
                  {row.value.files.map((file) => (
                    <AttachmentLink key={file.attachmentId} value={file} />
                  ))}
                </Space>
              )}
            </span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </div>
  );
}
