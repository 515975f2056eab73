// The versions tab: who published which version when, read-only views, and a diff of any two (or one and the draft).
import type { DefinitionVersionSummary } from '@liucheng/contracts';
import { Alert, Button, Card, Drawer, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session-context';
import { ErrorAlert } from '../../common/error-alert';
import { PageLoading } from '../../common/page-loading';
import { QueryResult } from '../../common/query-result';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { MigrateInstancesDialog } from '../../operations/migrate-instances-dialog';
import { useDefinitionDetail } from './definition-detail.api';
import { useChoiceSpec } from './use-choice-spec';
import { defaultComparison, type VersionChoice } from './version-choice';
import { VersionDiff } from './version-diff';
import { VersionViewDrawer } from './version-view-drawer';

export interface VersionsPanelProps {
  definitionKey: string;
  /** The spec being edited (newer than the server's draft while autosave catches up). */
  draft: unknown;
}

export function VersionsPanel({ definitionKey, draft }: VersionsPanelProps) {
  const { t } = useTranslation();
  const query = useDefinitionDetail(definitionKey);
  return (
    <QueryResult query={query}>
      {(detail) => (
        <VersionsContent
          // A new version or a draft appearing/disappearing picks a fresh default comparison.
          key={`${detail.versions.length}:${detail.draft !== null}`}
          definitionKey={definitionKey}
          versions={detail.versions}
          // The live draft (ahead of the server while autosave catches up), offered only when a draft exists.
          draft={detail.draft === null ? null : (draft ?? detail.draft)}
          emptyText={t('designer.versionsEmpty')}
        />
      )}
    </QueryResult>
  );
}

interface VersionsContentProps extends VersionsPanelProps {
  versions: DefinitionVersionSummary[];
  emptyText: string;
}

function VersionsContent({ definitionKey, versions, draft, emptyText }: VersionsContentProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [viewing, setViewing] = useState<number | null>(null);
  const [migrating, setMigrating] = useState<number | null>(null);
  const { session } = useSession();
  // Moving running instances to the next version is for whoever may publish (the server decides too).
  const mayMigrate = ['owner', 'admin'].some((role) => session?.user.roles.includes(role));
  const latest = Math.max(0, ...versions.map((v) => v.version));
  const initial = defaultComparison(versions, Boolean(draft));
  const [from, setFrom] = useState<VersionChoice | null>(initial?.[0] ?? null);
  const [to, setTo] = useState<VersionChoice | null>(initial?.[1] ?? null);
  const [shown, setShown] = useState<[VersionChoice, VersionChoice] | null>(null);

  const options = [
    ...[...versions]
      .reverse()
      .map((v) => ({ value: v.version, label: t('designer.versionLabel', { version: v.version }) })),
    ...(draft ? [{ value: 'draft' as const, label: t('designer.diffDraft') }] : []),
  ];
  const label = (choice: VersionChoice) =>
    choice === 'draft' ? t('designer.diffDraft') : t('designer.versionLabel', { version: choice });

  return (
    <Space data-testid="versions-panel" orientation="vertical" style={{ width: '100%' }}>
      <Table
        data-testid="versions-table"
        size="small"
        rowKey="version"
        pagination={false}
        locale={{ emptyText }}
        dataSource={[...versions].reverse()}
        onRow={(row) => ({ 'data-testid': `version-row-${row.version}` }) as object}
        columns={[
          { title: t('designer.versionCol'), dataIndex: 'version', render: (v: number) => label(v) },
          { title: t('designer.publishedBy'), dataIndex: 'publishedBy' },
          {
            title: t('designer.publishedAt'),
            dataIndex: 'publishedAt',
            render: (at: string) => formatDateTime(at, language),
          },
          {
            title: t('designer.checksum'),
            dataIndex: 'checksum',
            render: (sum: string) => (
              <Typography.Text code copyable={{ text: sum }}>
                {sum.slice(0, 12)}
              </Typography.Text>
            ),
          },
          {
            title: '',
            key: 'open',
            render: (_: unknown, row: DefinitionVersionSummary) => (
              <Space>
                <Button
                  size="small"
                  data-testid={`version-open-${row.version}`}
                  onClick={() => setViewing(row.version)}
                >
                  {t('designer.versionOpen')}
                </Button>
                {mayMigrate && row.version < latest && (
                  <Button
                    size="small"
                    data-testid={`version-migrate-${row.version}`}
                    onClick={() => setMigrating(row.version)}
                  >
                    {t('operations.migrate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Card size="small" title={t('designer.diffTitle')}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Typography.Text>{t('designer.diffFrom')}</Typography.Text>
          <Select data-testid="diff-from" style={{ minWidth: 120 }} value={from} options={options} onChange={setFrom} />
          <Typography.Text>{t('designer.diffTo')}</Typography.Text>
          <Select data-testid="diff-to" style={{ minWidth: 120 }} value={to} options={options} onChange={setTo} />
          <Button
            type="primary"
            data-testid="diff-show"
            disabled={from === null || to === null}
            onClick={() => from !== null && to !== null && setShown([from, to])}
          >
            {t('designer.diffShow')}
          </Button>
        </Space>
        <Alert type="info" title={t('designer.diffPick')} />
      </Card>
      {shown && (
        // The side panel is narrow: the diff (summary and both canvases) gets most of the window.
        <Drawer open size="90%" title={t('designer.diffTitle')} onClose={() => setShown(null)}>
          <LoadedDiff definitionKey={definitionKey} from={shown[0]} to={shown[1]} draft={draft} label={label} />
        </Drawer>
      )}
      {migrating !== null && (
        <MigrateInstancesDialog definitionKey={definitionKey} version={migrating} onClose={() => setMigrating(null)} />
      )}
      {viewing !== null && (
        <VersionViewDrawer definitionKey={definitionKey} version={viewing} onClose={() => setViewing(null)} />
      )}
    </Space>
  );
}

interface LoadedDiffProps {
  definitionKey: string;
  from: VersionChoice;
  to: VersionChoice;
  draft: unknown;
  label: (choice: VersionChoice) => string;
}

function LoadedDiff({ definitionKey, from, to, draft, label }: LoadedDiffProps) {
  const before = useChoiceSpec(definitionKey, from, draft);
  const after = useChoiceSpec(definitionKey, to, draft);
  if (before.error || after.error) return <ErrorAlert error={before.error ?? after.error} />;
  if (before.loading || after.loading) return <PageLoading />;
  return (
    <VersionDiff before={{ label: label(from), spec: before.spec }} after={{ label: label(to), spec: after.spec }} />
  );
}
