// One instance: summary, where it stands on the diagram, available actions, open tasks, pending timers, context, and the verifiable history.
import { ArrowLeftOutlined, AuditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDefinitionVersion } from '../api/definitions.api';
import { useInstance, useInstanceHistory } from '../api/instances.api';
import { ApprovalTimeline } from '../approvals/approval-timeline';
import { StarterActions } from '../approvals/starter-actions';
import { useSession } from '../auth/session-context';
import { QueryResult } from '../common/query-result';
import { RequestView } from '../request/request-view';
import { ContextTable } from '../instances/context-table';
import { EventButtons } from '../instances/event-buttons';
import { HistoryTable } from '../instances/history-table';
import { InstanceSummary } from '../instances/instance-summary';
import { OpenTasksList } from '../instances/open-tasks-list';
import { VerifyChain } from '../instances/verify-chain';
import { InstanceDiagram } from '../tasks/instance-diagram';
import { hiddenFields } from '../tasks/task-field-access';
import { MoveToStateAction } from '../operations/move-to-state-action';
import { PendingTimersList } from '../timers/pending-timers-list';
import { schemaToFields } from '../schema-form/schema-fields';
import { specMeta } from '../spec/spec-meta';
import { mayAudit } from '../users/role-home';

const RAW_DATA_ROLES = ['auditor', 'admin', 'owner'];

export function InstanceDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session } = useSession();
  const { id = '' } = useParams();
  const instance = useInstance(id);
  const history = useInstanceHistory(id);
  const version = useDefinitionVersion(instance.data?.definitionKey, instance.data?.version);
  const spec = version.data?.spec;
  const meta = specMeta(spec);
  const inputTitles = new Map(schemaToFields(meta.input).map((field) => [field.name, field.title]));
  const roles = session?.user.roles ?? [];
  const readsRawData = RAW_DATA_ROLES.some((role) => roles.includes(role));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        style={{ paddingInline: 0 }}
        onClick={() => navigate('/instances')}
      >
        {t('detail.back')}
      </Button>
      <QueryResult query={instance}>
        {(data) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('detail.title')}
              </Typography.Title>
              {mayAudit(session?.user.roles ?? []) && (
                <Button icon={<AuditOutlined />} data-testid="open-audit" onClick={() => navigate(`/audit/${data.id}`)}>
                  {t('audit.player')}
                </Button>
              )}
            </Flex>
            <InstanceSummary instance={data} meta={meta} spec={spec} />
            <Card size="small" title={t('approvals.request')}>
              {/* 表单权限: the fields hidden from a step the viewer has open (not from the starter's own request). */}
              <RequestView
                context={data.context}
                meta={meta}
                hidden={
                  data.startedBy === session?.user.username
                    ? []
                    : data.tasks
                        .filter((task) => task.status === 'open' && task.assignee === session?.user.username)
                        .flatMap((task) => hiddenFields(spec, task.statePath))
                }
              />
            </Card>
            <Card size="small" title={t('designer.instanceDiagram')} data-testid="instance-diagram">
              <InstanceDiagram
                spec={spec}
                state={data.state}
                history={history.data?.items}
                finished={data.status !== 'running'}
              />
            </Card>
            <Card size="small" title={t('detail.actions')}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <StarterActions instance={data} spec={spec} />
                <EventButtons instance={data} meta={meta} />
                <MoveToStateAction instance={data} spec={spec} />
              </Space>
            </Card>
            <Card size="small" title={t('approvals.timeline')}>
              {/* Step and event titles come from the spec: wait for it, so no raw state key shows first. */}
              <QueryResult query={version}>
                {() => (
                  <QueryResult query={history}>
                    {(entries) => (
                      <ApprovalTimeline
                        entries={entries.items}
                        context={data.context}
                        spec={spec}
                        meta={meta}
                        instanceId={data.id}
                      />
                    )}
                  </QueryResult>
                )}
              </QueryResult>
            </Card>
            <Card size="small" title={t('detail.tasks')}>
              <OpenTasksList tasks={data.tasks} />
            </Card>
            <Card size="small" title={t('timers.title')}>
              <PendingTimersList instanceId={data.id} spec={spec} tasks={data.tasks} />
            </Card>
            {/* Every stored field by its key, for the people who read the record as data. */}
            {readsRawData && (
              <Card size="small" title={t('detail.context')}>
                <ContextTable context={data.context} titles={inputTitles} />
              </Card>
            )}
            <Card size="small" title={t('detail.history')}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <VerifyChain instanceId={data.id} />
                <QueryResult query={version}>
                  {() => (
                    <QueryResult query={history}>
                      {(entries) => <HistoryTable entries={entries.items} meta={meta} spec={spec} />}
                    </QueryResult>
                  )}
                </QueryResult>
              </Space>
            </Card>
          </Space>
        )}
      </QueryResult>
    </Space>
  );
}
