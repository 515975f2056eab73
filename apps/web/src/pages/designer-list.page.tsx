// /designer: every definition with its latest version and draft badge; process owners edit or import one.
import type { DefinitionSummary } from '@liucheng/contracts';
import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDefinitions } from '../api/definitions.api';
import { useSession } from '../auth/session-context';
import { QueryResult } from '../common/query-result';
import { ImportSpecButton } from '../designer/io/import-spec-button';
import { NewWorkflowButton } from '../designer/simple/new-workflow-button';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';

// The API lets these roles save drafts and publish (canEditDefinitions on the server).
const EDITOR_ROLES = ['owner', 'admin'];

export function DesignerListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { session } = useSession();
  const definitions = useDefinitions();
  const canEdit = Boolean(session?.user.roles.some((role) => EDITOR_ROLES.includes(role)));

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('designer.title')}
        </Typography.Title>
        {canEdit && definitions.data && (
          <Space>
            <NewWorkflowButton existingKeys={definitions.data.map((d) => d.key)} />
            <ImportSpecButton
              label={t('designer.importNew')}
              existingKeys={definitions.data.map((d) => d.key)}
              onImported={(_spec, key) => navigate(`/designer/${encodeURIComponent(key)}`)}
            />
          </Space>
        )}
      </Space>
      {canEdit ? (
        <Typography.Paragraph type="secondary">{t('designer.listIntro')}</Typography.Paragraph>
      ) : (
        <Alert data-testid="designer-read-only" type="info" showIcon title={t('designer.listReadOnly')} />
      )}
      <QueryResult query={definitions}>
        {(items) => (
          <Table<DefinitionSummary>
            data-testid="designer-list"
            rowKey="key"
            size="middle"
            pagination={false}
            locale={{ emptyText: t('designer.listEmpty') }}
            dataSource={items}
            onRow={(row) => ({ 'data-testid': `designer-row-${row.key}` }) as object}
            columns={[
              {
                title: t('designer.listName'),
                key: 'title',
                render: (_, row) => <Typography.Text strong>{pickLabel(row.title, language, row.key)}</Typography.Text>,
              },
              { title: t('designer.listKey'), dataIndex: 'key', render: (key: string) => <code>{key}</code> },
              {
                title: t('designer.listLatest'),
                key: 'latest',
                render: (_, row) => (
                  <Space size={4}>
                    {row.latestVersion === null ? (
                      <Typography.Text type="secondary">{t('designer.listNotPublished')}</Typography.Text>
                    ) : (
                      <Tag color="blue">{t('designer.versionLabel', { version: row.latestVersion })}</Tag>
                    )}
                    {row.hasDraft && (
                      <Tag color="gold" data-testid={`draft-badge-${row.key}`}>
                        {t('designer.listDraft')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              ...(canEdit
                ? [
                    {
                      title: t('designer.listActions'),
                      key: 'actions',
                      render: (_: unknown, row: DefinitionSummary) => (
                        <Link to={`/designer/${encodeURIComponent(row.key)}`} data-testid={`designer-edit-${row.key}`}>
                          {t('designer.listEdit')}
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryResult>
    </Space>
  );
}
