// 条件分支 and 并行分支 settings: branch names and, per condition branch, tests on start-form fields with labelled operators.
import { PlusOutlined } from '@ant-design/icons';
import type { ConditionNode, FlowTree, ParallelNode } from '@liucheng/engine';
import { Alert, Button, Form, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ConditionRow } from './condition-row';
import { freshKey, usedKeys } from './model/tree-edits';
import { formFields } from './node-text';
import { NamePair } from './panel-parts';

type Change<N> = (next: N, coalesceKey?: string) => void;

export function ConditionBranchPanel({
  tree,
  node,
  branch,
  change,
}: {
  tree: FlowTree;
  node: ConditionNode;
  branch: number;
  change: Change<ConditionNode>;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fields = formFields(tree.start.form, lang);
  if (branch < 0)
    return (
      <Form layout="vertical" data-testid="simple-branch-panel">
        <NamePair
          testId="simple-branch-name"
          zhLabel="simple.branchZh"
          enLabel="simple.branchEn"
          value={node.otherwise.title}
          onChange={(title, l) => change({ ...node, otherwise: { ...node.otherwise, title } }, `otherwise:${l}`)}
        />
        <Typography.Paragraph type="secondary">{t('simple.otherwiseHint')}</Typography.Paragraph>
        <AddBranch node={node} change={change} />
      </Form>
    );
  const current = node.branches[branch];
  if (!current) return null;
  const setBranch = (patch: Partial<typeof current>, coalesceKey?: string) =>
    change({ ...node, branches: node.branches.map((b, i) => (i === branch ? { ...b, ...patch } : b)) }, coalesceKey);
  return (
    <Form layout="vertical" data-testid="simple-branch-panel">
      <NamePair
        testId="simple-branch-name"
        zhLabel="simple.branchZh"
        enLabel="simple.branchEn"
        value={current.title}
        onChange={(title, l) => setBranch({ title }, `branch:${branch}:${l}`)}
      />
      <Form.Item label={t('simple.conditions')}>
        {fields.length === 0 ? (
          <Alert type="warning" showIcon title={t('simple.noFields')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {current.when.map((c, i) => (
              <ConditionRow
                key={i}
                index={i}
                form={tree.start.form}
                condition={c}
                onChange={(next, key) => setBranch({ when: current.when.map((w, j) => (j === i ? next : w)) }, key)}
                onRemove={() => setBranch({ when: current.when.filter((_, j) => j !== i) })}
              />
            ))}
            <Button
              icon={<PlusOutlined />}
              data-testid="simple-add-condition"
              onClick={() => setBranch({ when: [...current.when, { field: fields[0].name, op: 'exists' }] })}
            >
              {t('simple.addCondition')}
            </Button>
          </Space>
        )}
      </Form.Item>
      <Space>
        <AddBranch node={node} change={change} />
        <Button
          danger
          disabled={node.branches.length === 1}
          onClick={() => change({ ...node, branches: node.branches.filter((_, i) => i !== branch) })}
        >
          {t('simple.removeBranch')}
        </Button>
      </Space>
    </Form>
  );
}

function AddBranch({ node, change }: { node: ConditionNode; change: Change<ConditionNode> }) {
  const { t } = useTranslation();
  const n = node.branches.length + 1;
  return (
    <Button
      icon={<PlusOutlined />}
      data-testid="simple-add-branch"
      onClick={() =>
        change({
          ...node,
          branches: [
            ...node.branches,
            { title: { zh: `条件 ${n}`, en: `Condition ${n}` }, when: node.branches[0]?.when ?? [], nodes: [] },
          ],
        })
      }
    >
      {t('simple.addBranch')}
    </Button>
  );
}

export function ParallelBranchPanel({
  tree,
  node,
  branch,
  change,
}: {
  tree: FlowTree;
  node: ParallelNode;
  branch: number;
  change: Change<ParallelNode>;
}) {
  const { t } = useTranslation();
  const current = node.branches[branch];
  if (!current) return null;
  return (
    <Form layout="vertical" data-testid="simple-branch-panel">
      <NamePair
        testId="simple-branch-name"
        zhLabel="simple.branchZh"
        enLabel="simple.branchEn"
        value={current.title}
        onChange={(title, l) =>
          change(
            { ...node, branches: node.branches.map((b, i) => (i === branch ? { ...b, title } : b)) },
            `pbranch:${branch}:${l}`,
          )
        }
      />
      <Typography.Paragraph type="secondary">{t('simple.parallelHint')}</Typography.Paragraph>
      <Space>
        <Button
          icon={<PlusOutlined />}
          data-testid="simple-add-branch"
          onClick={() => {
            const key = freshKey(usedKeys(tree), `${node.key}Branch`);
            const n = node.branches.length + 1;
            change({
              ...node,
              branches: [
                ...node.branches,
                { key, title: { zh: `分支 ${n}`, en: `Branch ${n}` }, nodes: [], doneKey: `${key}Done` },
              ],
            });
          }}
        >
          {t('simple.addBranch')}
        </Button>
        <Button
          danger
          disabled={node.branches.length <= 2}
          onClick={() => change({ ...node, branches: node.branches.filter((_, i) => i !== branch) })}
        >
          {t('simple.removeBranch')}
        </Button>
      </Space>
    </Form>
  );
}
