// One instance for the auditor: summary, the history player, every record, and the integrity check.
import { ArrowLeftOutlined, BarChartOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useReplaySteps } from '../api/audit-search.api';
import { useDefinitionVersion } from '../api/definitions.api';
import { useInstance, useInstanceHistory } from '../api/instances.api';
import { AuditTimeline } from '../audit/audit-timeline';
import { BundleDownload } from '../audit/bundle-download';
import { HistoryPlayer } from '../audit/history-player';
import { usePlayer } from '../audit/use-player';
import { useSession } from '../auth/session-context';
import { QueryResult } from '../common/query-result';
import { mayReadAuditEvidence } from '../users/role-home';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { InstanceSummary } from '../instances/instance-summary';
import { VerifyChain } from '../instances/verify-chain';
import { specMeta } from '../spec/spec-meta';

export function AuditInstancePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const instance = useInstance(id);
  const history = useInstanceHistory(id);
  const steps = useReplaySteps(id);
  // The version the instance ran on, not the latest.
  const version = useDefinitionVersion(instance.data?.definitionKey, instance.data?.version);
  const spec = version.data?.spec;
  const meta = specMeta(spec);
  const player = usePlayer(steps.data?.length ?? 0);
  const { session } = useSession();
  // Bundles and analytics are auditors' and admins' (a process owner reads, replays and verifies).
  const evidence = mayReadAuditEvidence(session?.user.roles ?? []);
  // The player draws the version the instance ran on at the step shown (a @migrate switches it).
  const stepVersion = steps.data?.[player.position - 1]?.version ?? instance.data?.version;
  const stepDefinition = useDefinitionVersion(instance.data?.definitionKey, stepVersion);
  const stepSpec = stepDefinition.data?.spec;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => navigate(-1)}>
        {t('audit.back')}
      </Button>
      <QueryResult query={instance}>
        {(data) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('audit.instanceTitle', { title: pickLabel(meta.title, language, data.definitionKey) })}
              </Typography.Title>
              {evidence && (
                <Link to={`/audit/analytics/${encodeURIComponent(data.definitionKey)}/${data.version}`}>
                  <Button icon={<BarChartOutlined />}>{t('ledger.analyticsOpen')}</Button>
                </Link>
              )}
            </Flex>
            <InstanceSummary instance={data} meta={meta} spec={spec} />
            <Card
              size="small"
              title={t('audit.verify')}
              data-testid="audit-verify"
              extra={evidence ? <BundleDownload instanceId={data.id} /> : undefined}
            >
              <VerifyChain instanceId={data.id} />
            </Card>
            <Card size="small" title={t('audit.player')}>
              <QueryResult query={steps}>
                {(items) => <HistoryPlayer steps={items} spec={stepSpec} meta={specMeta(stepSpec)} player={player} />}
              </QueryResult>
            </Card>
            <Card size="small" title={t('audit.timeline')}>
              <QueryResult query={history}>
                {(entries) => (
                  <AuditTimeline
                    entries={entries.items}
                    meta={meta}
                    spec={spec}
                    current={player.position}
                    onPick={player.goTo}
                  />
                )}
              </QueryResult>
            </Card>
          </Space>
        )}
      </QueryResult>
    </Space>
  );
}
