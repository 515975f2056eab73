// 审批人 settings in plain words: who approves, how several decide, where a rejection goes, same-person rules, time limit.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ApprovalMode, ApproverNode, ApproverSource, FlowTree, StarterIsApprover } from '@liucheng/engine';
import { Button, Card, Checkbox, Form, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../approvals/person-picker';
import { pickLabel } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { FieldAccessEditor } from './field-access-editor';
import { earlierNodes } from './model/tree-edits';
import { MODE_LABEL, type SimpleKey } from './node-text';
import { RolePicker, TaskStepName } from './panel-parts';

type SourceKind = 'manager' | 'manager-chain' | 'role' | 'department-head' | 'users' | 'starter';

const SOURCE_LABEL: Record<SourceKind, SimpleKey> = {
  manager: 'simple.srcManager',
  'manager-chain': 'simple.srcManagerChain',
  role: 'simple.srcRoleKind',
  'department-head': 'simple.srcDepartmentHead',
  users: 'simple.srcUsersKind',
  starter: 'simple.srcStarter',
};

const SAME_LABEL: Record<StarterIsApprover, SimpleKey> = {
  self: 'simple.sameSelf',
  approve: 'simple.sameApprove',
  skip: 'simple.sameSkip',
  manager: 'simple.sameManager',
};

const DUE_DAYS = [1, 2, 3, 5, 7];

function newSource(kind: SourceKind): ApproverSource {
  if (kind === 'role') return { kind, role: 'leader' };
  if (kind === 'users') return { kind, users: [] };
  return { kind } as ApproverSource;
}

export function ApproverPanel({
  tree,
  node,
  change,
}: {
  tree: FlowTree;
  node: ApproverNode;
  change: (next: ApproverNode, coalesceKey?: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const approval = node.approval;
  const setApproval = (patch: Partial<ApproverNode['approval']>) => {
    const next = { ...approval, ...patch };
    for (const [k, v] of Object.entries(next)) if (v === undefined) delete (next as Record<string, unknown>)[k];
    change({ ...node, approval: next });
  };
  const setSource = (index: number, source: ApproverSource | null) => {
    const approvers = approval.approvers.flatMap((s, i) => (i !== index ? [s] : source ? [source] : []));
    setApproval({ approvers });
  };
  const targets = [
    // Rejecting into the normal end (已通过) makes no sense unless the definition already does it.
    ...[...tree.ends, ...(node.reject.to === tree.end.key ? [tree.end] : [])].map((end) => ({
      value: end.key,
      label: t('simple.rejectEnd', { end: pickLabel(end.title, lang, t('simple.kindEnd')) }),
    })),
    ...earlierNodes(tree, node.key).map((n) => ({
      value: n.key,
      label: t('simple.rejectBack', { step: pickLabel(n.title, lang, t('simple.kindApprover')) }),
    })),
  ];
  const mode = approval.mode ?? 'any';
  return (
    <Form layout="vertical" data-testid="simple-approver-panel">
      <TaskStepName node={node} onChange={change} />
      <Form.Item label={t('simple.approvers')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {approval.approvers.map((source, index) => (
            <Card size="small" key={index} data-testid={`simple-source-${index}`}>
              <Space wrap>
                <Select<SourceKind>
                  data-testid={`simple-source-kind-${index}`}
                  style={{ width: 140 }}
                  aria-label={t('simple.approverKind')}
                  value={source.kind as SourceKind}
                  options={(Object.keys(SOURCE_LABEL) as SourceKind[]).map((k) => ({
                    value: k,
                    label: t(SOURCE_LABEL[k]),
                  }))}
                  onChange={(kind) => setSource(index, newSource(kind))}
                />
                {source.kind === 'role' && (
                  <RolePicker
                    testId={`simple-source-role-${index}`}
                    value={[source.role]}
                    onChange={([role]) => setSource(index, { ...source, role })}
                  />
                )}
                {source.kind === 'users' && (
                  <div style={{ minWidth: 200 }} data-testid={`simple-source-users-${index}`}>
                    <PersonPicker
                      multiple
                      value={source.users}
                      onChange={(users) => setSource(index, { kind: 'users', users: users as string[] })}
                    />
                  </div>
                )}
                {source.kind === 'manager' && (
                  <InputNumber
                    aria-label={t('simple.managerLevel')}
                    min={1}
                    max={5}
                    value={source.level ?? 1}
                    onChange={(level) =>
                      setSource(index, level && level > 1 ? { kind: 'manager', level } : { kind: 'manager' })
                    }
                  />
                )}
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('simple.removeApprover')}
                  disabled={approval.approvers.length === 1}
                  onClick={() => setSource(index, null)}
                />
              </Space>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            data-testid="simple-add-source"
            onClick={() => setApproval({ approvers: [...approval.approvers, newSource('role')] })}
          >
            {t('simple.addApprover')}
          </Button>
        </Space>
      </Form.Item>
      <Form.Item label={t('simple.how')}>
        <Radio.Group
          data-testid="simple-mode"
          value={mode}
          onChange={(e) => {
            const next = e.target.value as ApprovalMode;
            setApproval({ mode: next, threshold: next === 'vote' ? (approval.threshold ?? 0.5) : undefined });
          }}
        >
          <Space orientation="vertical">
            {(Object.keys(MODE_LABEL) as ApprovalMode[]).map((m) => (
              <Radio key={m} value={m} data-testid={`simple-mode-${m}`}>
                {t(MODE_LABEL[m])}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {mode === 'vote' && (
        <Form.Item label={t('simple.threshold')}>
          <InputNumber
            min={1}
            max={100}
            value={Math.round((approval.threshold ?? 0.5) * 100)}
            onChange={(v) => setApproval({ threshold: Math.min(1, Math.max(0.01, (v ?? 50) / 100)) })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('simple.rejectTo')}>
        <Select
          data-testid="simple-reject-to"
          value={node.reject.to}
          options={targets}
          onChange={(to: string) => change({ ...node, reject: { ...node.reject, to } })}
        />
      </Form.Item>
      <Form.Item label={t('simple.starterIsApprover')}>
        <Select<StarterIsApprover>
          value={approval.starterIsApprover ?? 'self'}
          options={(Object.keys(SAME_LABEL) as StarterIsApprover[]).map((k) => ({ value: k, label: t(SAME_LABEL[k]) }))}
          onChange={(v) => setApproval({ starterIsApprover: v === 'self' ? undefined : v })}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={approval.dedupe === true}
          onChange={(e) => setApproval({ dedupe: e.target.checked || undefined })}
        >
          {t('simple.dedupe')}
        </Checkbox>
      </Form.Item>
      <Form.Item label={t('simple.due')}>
        <Select
          value={node.task.due ?? ''}
          options={[
            { value: '', label: t('simple.dueNone') },
            ...DUE_DAYS.map((d) => ({ value: `P${d}D`, label: t('simple.dueDays', { count: d }) })),
            ...(node.task.due && !DUE_DAYS.some((d) => `P${d}D` === node.task.due)
              ? [{ value: node.task.due, label: node.task.due }]
              : []),
          ]}
          onChange={(due: string) => {
            const { due: _old, ...task } = node.task;
            change({ ...node, task: due ? { ...task, due } : task });
          }}
        />
      </Form.Item>
      <FieldAccessEditor startForm={tree.start.form} task={node.task} onChange={(task) => change({ ...node, task })} />
    </Form>
  );
}
