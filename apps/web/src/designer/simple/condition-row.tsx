// One condition row (field, operator, value) shared by 条件分支 and a handler's answer branches.
import { DeleteOutlined } from '@ant-design/icons';
import type { ConditionOperator, FlowCondition, JsonSchema } from '@liucheng/engine';
import { Button, Card, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../i18n/language';
import { splitBilingual } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { formFields, OPERATOR_LABEL } from './node-text';

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

/**
 * One test of a field of `form` (the start form, or a step's own form for its answer branches):
 * field by title, a labelled operator, and a value editor fitting the field.
 */
export function ConditionRow({
  form,
  condition,
  onChange,
  onRemove,
  index,
  testId = 'simple-condition',
}: {
  form: JsonSchema | undefined;
  condition: FlowCondition;
  onChange: (c: FlowCondition, coalesceKey?: string) => void;
  onRemove: () => void;
  index: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fields = formFields(form, lang);
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
          data-testid={`${testId}-value-${index}`}
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
    <Card size="small" data-testid={`${testId}-${index}`}>
      <Space wrap>
        <Select
          data-testid={`${testId}-field-${index}`}
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
          data-testid={`${testId}-op-${index}`}
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
