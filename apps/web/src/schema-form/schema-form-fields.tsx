// The Form.Items for a JSON Schema's fields, labelled in the current language.
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { splitBilingual } from '../i18n/localize';
import { useLanguage } from '../i18n/use-language';
import { initialValue } from './form-values';
import { SchemaFieldInput } from './schema-field-input';
import type { SchemaField } from './schema-fields';

export function SchemaFormFields({ fields }: { fields: SchemaField[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {fields.map((field) => {
        const label = splitBilingual(field.title, language);
        return (
          <Form.Item
            key={field.name}
            name={field.name}
            // Per item, not on <Form>: the schema often arrives after the form has mounted.
            initialValue={initialValue(field)}
            label={label}
            extra={field.description ? splitBilingual(field.description, language) : undefined}
            valuePropName={field.kind === 'boolean' ? 'checked' : 'value'}
            rules={
              field.required && field.kind !== 'boolean'
                ? [{ required: true, message: t('form.required', { field: label }) }]
                : []
            }
          >
            <SchemaFieldInput field={field} />
          </Form.Item>
        );
      })}
    </>
  );
}
