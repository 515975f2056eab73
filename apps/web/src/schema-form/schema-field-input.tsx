// One input widget for one schema field kind.
import { Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemaField } from './schema-fields';

/** The bare input; Form.Item injects value/onChange. */
export function SchemaFieldInput({ field, ...control }: { field: SchemaField }) {
  const { t } = useTranslation();
  switch (field.kind) {
    case 'integer':
    case 'number':
      return (
        <InputNumber
          {...control}
          style={{ width: '100%' }}
          min={field.minimum}
          max={field.maximum}
          precision={field.kind === 'integer' ? 0 : undefined}
        />
      );
    case 'boolean':
      return <Switch {...control} checkedChildren={t('form.yes')} unCheckedChildren={t('form.no')} />;
    case 'enum':
      return (
        <Select
          {...control}
          placeholder={t('form.select')}
          allowClear={!field.required}
          options={(field.options ?? []).map((option) => ({ value: option, label: String(option) }))}
        />
      );
    case 'date':
      return <Input {...control} type="date" />;
    case 'datetime':
      return <Input {...control} type="datetime-local" />;
    case 'textarea':
      return <Input.TextArea {...control} autoSize={{ minRows: 3, maxRows: 8 }} />;
    case 'json':
      return (
        <Input.TextArea
          {...control}
          autoSize={{ minRows: 3, maxRows: 10 }}
          spellCheck={false}
          style={{ fontFamily: 'monospace' }}
        />
      );
    default:
      return <Input {...control} />;
  }
}
