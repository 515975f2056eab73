// The task page body: header, status notice, the request, the form with one button per permitted
// action, the approval timeline, diagram and history.
import type { Task } from '@liucheng/contracts';
import { Card, Flex, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApprovalActionButtons } from '../approvals/approval-action-buttons';
import { ApprovalTimeline } from '../approvals/approval-timeline';
import { ResolveDelegation } from '../approvals/resolve-delegation';
import { useDefinitionVersion } from '../api/definitions.api';
import { useInstance, useInstanceHistory } from '../api/instances.api';
import { useSession } from '../auth/session-context';
import { QueryResult } from '../common/query-result';
import { pickLabel } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { HistoryTable } from '../instances/history-table';
import { RequestView } from '../request/request-view';
import { specMeta } from '../spec/spec-meta';
import { InstanceDiagram } from './instance-diagram';
import { mayAct, taskAccess } from './task-access';
import { hiddenFields } from './task-field-access';
import { TaskCompleteForm } from './task-complete-form';
import { TaskHeader } from './task-header';
import { TaskStatusNotice } from './task-status-notice';

export function TaskView({ task }: { task: Task }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { session } = useSession();
  const instance = useInstance(task.instanceId);
  const history = useInstanceHistory(task.instanceId);
  const version = useDefinitionVersion(task.definitionKey, instance.data?.version);
  const spec = version.data?.spec;
  const meta = specMeta(spec);
  const access = session ? taskAccess(task, session.user) : 'none';
  const outcomeLabel = (type: string) => pickLabel(meta.events[type]?.title, language, type);
  const open = task.status === 'open';
  // 表单权限: whoever does the step does not see the fields it hides.
  const hidden = mayAct(access) ? hiddenFields(spec, task.statePath) : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <TaskHeader task={task} instance={instance.data} meta={meta} spec={spec} />
      <TaskStatusNotice task={task} access={access} outcomeLabel={outcomeLabel} />
      <Card title={t('approvals.request')} size="small">
        <QueryResult query={instance}>
          {(data) => <RequestView context={data.context} meta={meta} hidden={hidden} />}
        </QueryResult>
      </Card>
      {open && (
        <Card title={t('inbox.form')} size="small" data-testid="task-form">
          {/* Wait for the spec: outcome titles and event schemas come from it. */}
          <QueryResult query={version}>
            {() => (
              <Flex vertical gap={16} style={{ maxWidth: 720 }}>
                {task.delegatedBy ? (
                  <ResolveDelegation task={task} enabled={mayAct(access)} />
                ) : (
                  // Remounted once the instance is here: editable request fields start from its values.
                  <TaskCompleteForm
                    key={instance.data ? 'with-context' : 'without'}
                    task={task}
                    meta={meta}
                    enabled={mayAct(access)}
                    outcomeLabel={outcomeLabel}
                    context={instance.data?.context}
                  />
                )}
                {task.slot && !task.delegatedBy && mayAct(access) && <ApprovalActionButtons task={task} spec={spec} />}
              </Flex>
            )}
          </QueryResult>
        </Card>
      )}
      <Card title={t('approvals.timeline')} size="small">
        {/* Step and event titles come from the spec: wait for it, so no raw state key shows first. */}
        <QueryResult query={version}>
          {() => (
            <QueryResult query={history}>
              {(entries) => (
                <ApprovalTimeline
                  entries={entries.items}
                  context={instance.data?.context ?? {}}
                  spec={spec}
                  meta={meta}
                  instanceId={task.instanceId}
                />
              )}
            </QueryResult>
          )}
        </QueryResult>
      </Card>
      <Card title={t('inbox.diagram')} size="small">
        <QueryResult query={instance}>
          {(data) => (
            <InstanceDiagram
              spec={spec}
              state={data.state}
              history={history.data?.items}
              finished={data.status !== 'running'}
            />
          )}
        </QueryResult>
      </Card>
      <Card title={t('inbox.history')} size="small">
        <QueryResult query={version}>
          {() => (
            <QueryResult query={history}>
              {(entries) => <HistoryTable entries={entries.items} meta={meta} spec={spec} />}
            </QueryResult>
          )}
        </QueryResult>
      </Card>
    </Space>
  );
}
