// The task form builder: fields with a name, a type (text, number, money, date, date range, single
// or multiple choice, person, department, file, detail table),
// required, and titles in both languages; written as the task's `form` JSON Schema.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { JsonSchema } from '@liucheng/engine';
import { Button, Card, Checkbox, Input, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ChoiceOptions } from './choice-options';
import {
  DETAIL_COLUMN_TYPES,
  FORM_FIELD_TYPES,
  fieldsToSchema,
  schemaToFormFields,
  type FormField,
  type FormFieldType,
} from './form-fields';

const TYPE_LABEL: Record<FormFieldType, `designer.${string}` | `detailTable.${string}`> = {
  text: 'designer.edFieldText',
  textarea: 'designer.edFieldTextarea',
  number: 'designer.edFieldNumber',
  money: 'designer.edFieldMoney',
  date: 'designer.edFieldDate',
  dateRange: 'designer.edFieldDateRange',
  choice: 'designer.edFieldChoice',
  multiChoice: 'designer.edFieldMultiChoice',
  yesNo: 'designer.edFieldYesNo',
  person: 'designer.edFieldPerson',
  department: 'designer.edFieldDepartment',
  file: 'designer.edFieldFile',
  detail: 'detailTable.fieldType',
};

export interface FormBuilderProps {
  form: JsonSchema | undefined;
  /** The new schema, or `undefined` when the last field was removed (the outcomes' schemas apply). */
  onChange: (form: JsonSchema | undefined, coalesceKey?: string) => void;
  /** Simple mode: fields are named by their titles only; the stored key (`field3`) is never shown. */
  plain?: boolean;
  /** The types offered (a detail table's columns offer fewer). */
  types?: readonly FormFieldType[];
  /** The add button's label (a detail table adds columns). */
  addLabel?: string;
}

export function FormBuilder({ form, onChange, plain = false, types = FORM_FIELD_TYPES, addLabel }: FormBuilderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fields = useMemo(() => schemaToFormFields(form), [form]);
  const write = (next: FormField[], coalesceKey?: string) =>
    onChange(next.length > 0 ? fieldsToSchema(next) : undefined, coalesceKey);
  const update = (index: number, patch: Partial<FormField>, coalesceKey?: string) =>
    write(
      fields.map((f, i) => (i === index ? { ...f, ...patch } : f)),
      coalesceKey,
    );
  const freeName = () => {
    let n = fields.length + 1;
    while (fields.some((f) => f.name === `field${n}`)) n += 1;
    return `field${n}`;
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="form-builder">
      {fields.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('designer.edFormDefault')}
        </Typography.Text>
      )}
      {fields.map((field, index) => (
        <Card
          key={index}
          data-testid="form-field"
          size="small"
          title={
            plain ? (
              <Typography.Text data-testid="field-title">
                {(language === 'en' ? field.title.en || field.title.zh : field.title.zh || field.title.en) ||
                  t('designer.edFieldUntitled', { n: index + 1 })}
              </Typography.Text>
            ) : (
              <Input
                size="small"
                aria-label={t('designer.edFieldName')}
                placeholder={t('designer.edFieldName')}
                value={field.name}
                onChange={(e) => update(index, { name: e.target.value.replace(/[^\w$]/g, '') }, `field:${index}:name`)}
              />
            )
          }
          extra={
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('designer.edRemove')}
              onClick={() => write(fields.filter((_, i) => i !== index))}
            />
          }
        >
          <Space orientation="vertical" style={{ width: '100%' }} size={4}>
            <Space wrap>
              <Select
                size="small"
                style={{ width: 130 }}
                aria-label={t('designer.edFieldType')}
                // Every type in one list, without virtual scrolling hiding the last ones.
                virtual={false}
                listHeight={types.length * 32 + 8}
                value={field.type}
                options={types.map((type) => ({
                  value: type,
                  label: t(TYPE_LABEL[type] as 'designer.title'),
                }))}
                onChange={(type: FormFieldType) =>
                  update(index, type === 'detail' && !field.columns ? { type, columns: [] } : { type })
                }
              />
              <Checkbox checked={field.required} onChange={(e) => update(index, { required: e.target.checked })}>
                {t('designer.edFieldRequired')}
              </Checkbox>
            </Space>
            <Input
              size="small"
              addonBefore="中"
              placeholder={t('designer.edTitleZh')}
              value={field.title.zh}
              onChange={(e) => update(index, { title: { ...field.title, zh: e.target.value } }, `field:${index}:zh`)}
            />
            <Input
              size="small"
              addonBefore="EN"
              placeholder={t('designer.edTitleEn')}
              value={field.title.en}
              onChange={(e) => update(index, { title: { ...field.title, en: e.target.value } }, `field:${index}:en`)}
            />
            <Input
              size="small"
              data-testid="field-help"
              placeholder={t('designer.edFieldHelp')}
              value={field.help ?? ''}
              onChange={(e) => update(index, { help: e.target.value || undefined }, `field:${index}:help`)}
            />
            {(field.type === 'choice' || field.type === 'multiChoice') && (
              <ChoiceOptions
                field={field}
                plain={plain}
                onChange={(patch, key) => update(index, patch, key && `field:${index}:${key}`)}
              />
            )}
            {field.type === 'detail' && (
              <DetailColumns
                field={field}
                plain={plain}
                onChange={(patch, key) => update(index, patch, key && `field:${index}:${key}`)}
              />
            )}
          </Space>
        </Card>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid="add-field"
        onClick={() =>
          write([...fields, { name: freeName(), type: 'text', title: { zh: '', en: '' }, required: false }])
        }
      >
        {addLabel ?? t('designer.edAddField')}
      </Button>
    </Space>
  );
}

// A 明细 field's columns (the same editor, with the column types) and the column it totals.
function DetailColumns({
  field,
  plain,
  onChange,
}: {
  field: FormField;
  plain: boolean;
  onChange: (patch: Partial<FormField>, coalesceKey?: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = field.columns ?? [];
  const summable = columns.filter((c) => c.type === 'number' || c.type === 'money');
  return (
    <Card size="small" type="inner" title={t('detailTable.columns')} data-testid="detail-columns">
      <FormBuilder
        form={columns.length > 0 ? fieldsToSchema(columns) : undefined}
        plain={plain}
        types={DETAIL_COLUMN_TYPES}
        addLabel={t('detailTable.addColumn')}
        onChange={(schema, key) => onChange({ columns: schemaToFormFields(schema) }, key && `col:${key}`)}
      />
      <Select
        size="small"
        allowClear
        style={{ width: '100%', marginTop: 8 }}
        aria-label={t('detailTable.totalColumn')}
        data-testid="detail-total"
        placeholder={t('detailTable.totalNone')}
        value={summable.some((c) => c.name === field.total) ? field.total : undefined}
        options={summable.map((c) => ({
          value: c.name,
          label: t('detailTable.totalOf', {
            column: (language === 'en' ? c.title.en || c.title.zh : c.title.zh || c.title.en) || c.name,
          }),
        }))}
        onChange={(total?: string) => onChange({ total })}
      />
    </Card>
  );
}
