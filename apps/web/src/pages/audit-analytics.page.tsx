// 流程分析: one definition version — instances by status, the diagram coloured by the median time
// spent in each state (a heatmap), the table of median / p90 per state, and the overdue rate.
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { InstanceStatus } from '@liucheng/contracts';
import { Button, Card, Col, Flex, Row, Space, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDefinitionVersion, useDefinitions } from '../api/definitions.api';
import { useVersionAnalytics } from '../api/ledger.api';
import { QueryResult } from '../common/query-result';
import { StateDiagram } from '../graph/state-diagram';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { InstanceStatusTag } from '../instances/instance-status-tag';
import { AnalyticsPicker } from '../ledger/analytics-picker';
import { AnalyticsTable } from '../ledger/analytics-table';
import { formatMs } from '../ledger/format-ms';
import { analyticsHeat } from '../ledger/heat';

export function AuditAnalyticsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { key = '', version: versionParam = '' } = useParams();
  const version = Number(versionParam);
  const chosen = key !== '' && Number.isInteger(version) && version > 0;
  const analytics = useVersionAnalytics(key, chosen ? version : 0);
  const definition = useDefinitionVersion(chosen ? key : undefined, chosen ? version : undefined);
  const definitions = useDefinitions();
  const title = pickLabel(definitions.data?.find((d) => d.key === key)?.title, language, key);
  const heat = useMemo(
    () =>
      analytics.data
        ? analyticsHeat(analytics.data.states, (_, stay) => ({
            badge: formatMs(stay.medianMs, language),
            detail: t('ledger.heatDetail', {
              median: formatMs(stay.medianMs, language),
              p90: formatMs(stay.p90Ms, language),
              count: stay.count,
            }),
          }))
        : undefined,
    [analytics.data, language, t],
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/audit')}>
          {t('ledger.back')}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {chosen ? t('ledger.analyticsTitle', { title, version }) : t('ledger.analyticsNav')}
        </Typography.Title>
      </Flex>
      <Typography.Text type="secondary">{t('ledger.analyticsIntro')}</Typography.Text>
      <Card size="small" title={t('ledger.analyticsPick')}>
        <AnalyticsPicker
          key={`${key}@${versionParam}`}
          definitionKey={key || undefined}
          version={chosen ? version : undefined}
        />
      </Card>
      {chosen && (
        <QueryResult query={analytics}>
          {(report) => (
            <>
              <Row gutter={[16, 16]}>
                <Col xs={12} md={6}>
                  <Card size="small">
                    <Statistic title={t('ledger.instances')} value={report.instances} />
                  </Card>
                </Col>
                <Col xs={12} md={6}>
                  <Card size="small" data-testid="analytics-overdue">
                    <Statistic
                      title={t('ledger.overdueRate')}
                      value={report.overdueRate === null ? '—' : (report.overdueRate * 100).toFixed(1)}
                      suffix={report.overdueRate === null ? undefined : '%'}
                    />
                    <Typography.Text type="secondary">
                      {report.tasksWithDue === 0
                        ? t('ledger.noDue')
                        : t('ledger.overdueDetail', { overdue: report.overdue, tasks: report.tasksWithDue })}
                    </Typography.Text>
                  </Card>
                </Col>
                <Col xs={24} md={12}>
                  <Card size="small" title={t('instances.status')}>
                    <Flex wrap gap={8}>
                      {Object.entries(report.byStatus).map(([status, n]) => (
                        <span key={status}>
                          <InstanceStatusTag status={status as InstanceStatus} /> {n}
                        </span>
                      ))}
                    </Flex>
                  </Card>
                </Col>
              </Row>
              {definition.data && (
                <StateDiagram spec={definition.data.spec} audience="run" nodeHeat={heat} height={460} />
              )}
              <Card size="small">
                <AnalyticsTable report={report} spec={definition.data?.spec} />
              </Card>
            </>
          )}
        </QueryResult>
      )}
    </Space>
  );
}
