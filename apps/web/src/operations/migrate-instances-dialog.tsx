// 迁移运行中的实例: the running instances of version N move to N+1. The mapping table starts as
// identity; a dry run shows per instance what would move and what cannot and why; only then the
// run, whose per-instance result replaces the dry run's.
import type { MigrationItem, MigrationOutcome, MigrationReport } from '@liucheng/contracts';
import { Alert, Button, Flex, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDefinitionVersion } from '../api/definitions.api';
import { useMigrateInstances } from '../api/operations.api';
import { ErrorAlert } from '../common/error-alert';
import { PageLoading } from '../common/page-loading';
import { problemLabel } from '../common/problem-label';
import { useLanguage } from '../i18n/use-language';
import { StateValueText } from '../instances/state-value-text';
import { identityMapping, mappingOf, targetOptions, type MappingRow } from './migration-mapping';

const OUTCOME: Record<MigrationOutcome, { key: string; colour: string }> = {
  'would-migrate': { key: 'operations.wouldMove', colour: 'blue' },
  migrated: { key: 'operations.migrated', colour: 'green' },
  'cannot-migrate': { key: 'operations.cannotMove', colour: 'orange' },
  skipped: { key: 'operations.skipped', colour: 'default' },
  failed: { key: 'operations.failed', colour: 'red' },
};

export interface MigrateInstancesDialogProps {
  definitionKey: string;
  version: number;
  onClose: () => void;
}

export function MigrateInstancesDialog({ definitionKey, version, onClose }: MigrateInstancesDialogProps) {
  const { t } = useTranslation();
  const from = useDefinitionVersion(definitionKey, version);
  const to = useDefinitionVersion(definitionKey, version + 1);
  const error = from.error ?? to.error;
  return (
    <Modal
      open
      width={960}
      title={t('operations.migrateTitle', { from: version, to: version + 1 })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
      data-testid="migrate-dialog"
    >
      {error ? (
        <ErrorAlert error={error} />
      ) : !from.data || !to.data ? (
        <PageLoading />
      ) : (
        <MigrationForm
          definitionKey={definitionKey}
          version={version}
          fromSpec={from.data.spec}
          toSpec={to.data.spec}
        />
      )}
    </Modal>
  );
}

interface MigrationFormProps {
  definitionKey: string;
  version: number;
  fromSpec: unknown;
  toSpec: unknown;
}

function MigrationForm({ definitionKey, version, fromSpec, toSpec }: MigrationFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [rows, setRows] = useState<MappingRow[]>(() => identityMapping(fromSpec, toSpec, language));
  const [reason, setReason] = useState('');
  const [report, setReport] = useState<MigrationReport | null>(null);
  const mutation = useMigrateInstances(definitionKey, version);
  const targets = targetOptions(toSpec, language).map((o) => ({ value: o.value, label: o.label }));
  const ready = reason.trim().length > 0;

  const send = (dryRun: boolean) =>
    mutation.mutate(
      { request: { mapping: mappingOf(rows), reason: reason.trim() }, dryRun },
      { onSuccess: (answer) => setReport(answer) },
    );
  const choose = (fromPath: string, target: string | undefined) => {
    setRows((current) =>
      current.map((r) =>
        r.from === fromPath ? { from: r.from, fromLabel: r.fromLabel, ...(target ? { to: target } : {}) } : r,
      ),
    );
    // A changed mapping needs its own dry run before it can be run.
    setReport(null);
  };

  return (
    <Flex vertical gap={12}>
      <Table<MappingRow>
        data-testid="migration-mapping"
        size="small"
        rowKey="from"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('operations.mappingFrom', { version }), dataIndex: 'fromLabel' },
          {
            title: t('operations.mappingTo', { version: version + 1 }),
            key: 'to',
            render: (_: unknown, row) => (
              <Select
                id={`mapping-${row.from}`}
                style={{ minWidth: 240 }}
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('operations.mappingNone')}
                value={row.to}
                options={targets}
                onChange={(value?: string) => choose(row.from, value)}
              />
            ),
          },
        ]}
      />
      <Input.TextArea
        id="migration-reason"
        rows={2}
        maxLength={500}
        placeholder={t('operations.reason')}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setReport(null);
        }}
      />
      <Typography.Text type="secondary">{t('operations.dryRunHint')}</Typography.Text>
      <Space>
        <Button
          data-testid="migration-dry-run"
          disabled={!ready}
          loading={mutation.isPending}
          onClick={() => send(true)}
        >
          {t('operations.dryRun')}
        </Button>
        <Button
          type="primary"
          danger
          data-testid="migration-run"
          disabled={!ready || !report?.dryRun || report.counts['would-migrate'] === 0}
          loading={mutation.isPending}
          onClick={() => send(false)}
        >
          {t('operations.run')}
        </Button>
      </Space>
      {mutation.error && <ErrorAlert error={mutation.error} />}
      {report && <MigrationResult report={report} fromSpec={fromSpec} toSpec={toSpec} />}
    </Flex>
  );
}

function MigrationResult({
  report,
  fromSpec,
  toSpec,
}: {
  report: MigrationReport;
  fromSpec: unknown;
  toSpec: unknown;
}) {
  const { t } = useTranslation();
  const ok = report.counts[report.dryRun ? 'would-migrate' : 'migrated'];
  if (report.items.length === 0) return <Alert type="info" showIcon title={t('operations.noRunning')} />;
  return (
    <Flex vertical gap={8} data-testid={report.dryRun ? 'migration-dry-run-result' : 'migration-run-result'}>
      <Alert
        type={ok === report.items.length ? 'success' : 'warning'}
        showIcon
        title={t(report.dryRun ? 'operations.summaryDryRun' : 'operations.summary', {
          total: report.items.length,
          ok,
          failed: report.items.length - ok,
        })}
      />
      <Table<MigrationItem>
        size="small"
        rowKey="instanceId"
        pagination={false}
        dataSource={report.items}
        onRow={(row) => ({ 'data-testid': `migration-item-${row.instanceId}` }) as object}
        columns={[
          {
            title: t('operations.instance'),
            key: 'instance',
            render: (_: unknown, row) => (
              <Link to={`/instances/${row.instanceId}`}>{row.businessKey ?? row.instanceId.slice(0, 8)}</Link>
            ),
          },
          {
            title: t('operations.stateBefore'),
            key: 'before',
            render: (_: unknown, row) => <StateValueText value={row.stateBefore} spec={fromSpec} />,
          },
          {
            title: t('operations.stateAfter'),
            key: 'after',
            render: (_: unknown, row) =>
              row.stateAfter ? <StateValueText value={row.stateAfter} spec={toSpec} /> : '—',
          },
          {
            title: t('operations.outcome'),
            key: 'outcome',
            render: (_: unknown, row) => (
              <Space orientation="vertical" size={2}>
                <Tag color={OUTCOME[row.outcome].colour} data-outcome={row.outcome}>
                  {t(OUTCOME[row.outcome].key as 'operations.migrated')}
                </Tag>
                {row.problems.map((p) => (
                  <Typography.Text key={`${p.path}:${p.code}`} type="danger">
                    {problemLabel(p, t)}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
