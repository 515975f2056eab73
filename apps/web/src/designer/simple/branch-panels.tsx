// 条件分支 and 并行分支 settings: branch names and, per condition branch, tests on start-form fields with labelled operators.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ConditionNode, ConditionOperator, FlowCondition, FlowTree, ParallelNode } from '@liucheng/engine';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../i18n/language';
import { splitBilingual } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { freshKey, usedKeys } from './model/tree-edits';
import { formFields, OPERATOR_LABEL } from './node-text';
import { NamePair } from './panel-parts';

type Change<N> = (next: N, coalesceKey?: string) => void;

/** An option's label: the schema's `x-enumNames` / `enumNames` ("中文 / English") when it names it, else the value. */
function enumLabel(
  prop: Record<string, unknown> | undefined,
  index: number,
  value: unknown,
  lang: AppLanguage,
): string {
  const names = prop?.['x-enumNames'] ?? prop?.enumNames;
  const name = Array.isArray(names) ? names[index] : undefined;
  return typeof name === 'string' && name ? splitBilingual(name, lang) : String(value);
}

const NUMBER_OPS: ConditionOperator[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'];
const TEXT_OPS: ConditionOperator[] = ['eq', 'neq', 'in', 'exists'];

function ConditionRow({
  tree,
  condition,
  onChange,
  onRemove,
  index,
}: {
  tree: FlowTree;
  condition: FlowCondition;
  onChange: (c: FlowCondition, coalesceKey?: string) => void;
  onRemove: () => void;
  index: number;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fields = formFields(tree.start.form, lang);
  const field = fields.find((f) => f.name === condition.field);
  const type = field?.prop.type;
  const numeric = type === 'number' || type === 'integer';
  const options = Array.isArray(field?.prop.enum) ? (field.prop.enum as unknown[]) : undefined;
  const ops = numeric ? NUMBER_OPS : type === 'boolean' ? ['eq' as const] : TEXT_OPS;
  const valueEditor = () => {
    if (condition.op === 'exists') return null;
    if (type === 'boolean')
      return (
        <Select
          style={{ width: 90 }}
          aria-label={t('simple.value')}
          value={condition.value === true}
          options={[
            { value: true, label: t('simple.yes') },
            { value: false, label: t('simple.no') },
          ]}
          onChange={(value: boolean) => onChange({ ...condition, value })}
        />
      );
    if (options)
      return (
        <Select
          style={{ minWidth: 120 }}
          aria-label={t('simple.value')}
          mode={condition.op === 'in' ? 'multiple' : undefined}
          value={condition.value as string}
          options={options.map((o, i) => ({ value: o as string, label: enumLabel(field?.prop, i, o, lang) }))}
          onChange={(value: unknown) => onChange({ ...condition, value })}
        />
      );
    if (numeric)
      return (
        <InputNumber
          data-testid={`simple-condition-value-${index}`}
          aria-label={t('simple.value')}
          value={typeof condition.value === 'number' ? condition.value : undefined}
          onChange={(value) => onChange({ ...condition, value: value ?? 0 }, `value:${index}`)}
        />
      );
    return (
      <Input
        aria-label={t('simple.value')}
        style={{ width: 140 }}
        value={Array.isArray(condition.value) ? condition.value.join(',') : String(condition.value ?? '')}
        onChange={(e) =>
          onChange(
            { ...condition, value: condition.op === 'in' ? e.target.value.split(/[,，]/) : e.target.value },
            `value:${index}`,
          )
        }
      />
    );
  };
  return (
    <Card size="small" data-testid={`simple-condition-${index}`}>
      <Space wrap>
        <Select
          data-testid={`simple-condition-field-${index}`}
          aria-label={t('simple.field')}
          style={{ minWidth: 140 }}
          value={condition.field}
          options={fields.map((f) => ({ value: f.name, label: f.label }))}
          onChange={(name: string) => {
            const prop = fields.find((f) => f.name === name)?.prop;
            const isNumber = prop?.type === 'number' || prop?.type === 'integer';
            onChange(isNumber ? { field: name, op: 'gt', value: 0 } : { field: name, op: 'exists' });
          }}
        />
        <Select<ConditionOperator>
          data-testid={`simple-condition-op-${index}`}
          aria-label={t('simple.operator')}
          style={{ minWidth: 110 }}
          value={condition.op}
          options={ops.map((op) => ({ value: op, label: t(OPERATOR_LABEL[op]) }))}
          onChange={(op) =>
            onChange(
              op === 'exists'
                ? { field: condition.field, op }
                : { ...condition, op, value: op === 'in' ? [] : (condition.value ?? (numeric ? 0 : '')) },
            )
          }
        />
        {valueEditor()}
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t('simple.removeCondition')}
          onClick={onRemove}
        />
      </Space>
    </Card>
  );
}

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
                tree={tree}
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
