// A form rendered from JSON Schema by rjsf's antd theme; validation is driven by the caller
// (per outcome), so the form only shows the errors it is given and has no submit button.
import RjsfForm from '@rjsf/antd';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import { Form } from 'antd';
import { useMemo } from 'react';
import { AttachmentAwareObjectField } from '../attachments/attachment-aware-object-field';
import { useLanguage } from '../i18n/use-language';
import { DetailAwareArrayField } from '../schema-form/detail-aware-array-field';
import { FORM_WIDGETS } from '../schema-form/form-widgets';
import { rjsfValidator } from './json-form-validator';
import { localizeSchema } from './localize-schema';
import type { FieldErrorTree } from './server-errors';
import './json-form.css';

export interface JsonFormProps {
  /** The schema as the definition has it (bilingual titles); localized here. */
  schema: unknown;
  data: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  errors?: FieldErrorTree;
  disabled?: boolean;
  /** Per-field hints (rjsf uiSchema), merged with the form's own settings. */
  uiSchema?: UiSchema;
}

const UI_SCHEMA: UiSchema = { 'ui:submitButtonOptions': { norender: true } };
// `x-attachment` objects become an upload button instead of five text inputs; 明细 arrays a table.
const FIELDS = { ObjectField: AttachmentAwareObjectField, ArrayField: DetailAwareArrayField };

export function JsonForm({ schema, data, onChange, errors, disabled, uiSchema }: JsonFormProps) {
  const language = useLanguage();
  const localized = useMemo(() => localizeSchema(schema, language), [schema, language]);
  return (
    // antd's form context gives rjsf's Form.Items the vertical layout (labels above inputs, fine on phones).
    <Form component={false} layout="vertical">
      <div className="liucheng-json-form">
        <RjsfForm
          schema={localized as RJSFSchema}
          uiSchema={{ ...uiSchema, ...UI_SCHEMA }}
          validator={rjsfValidator}
          fields={FIELDS}
          widgets={FORM_WIDGETS}
          formData={data}
          onChange={(event) => onChange((event.formData ?? {}) as Record<string, unknown>)}
          extraErrors={errors as ErrorSchema | undefined}
          showErrorList={false}
          noHtml5Validate
          disabled={disabled}
          onSubmit={() => undefined}
        />
      </div>
    </Form>
  );
}
