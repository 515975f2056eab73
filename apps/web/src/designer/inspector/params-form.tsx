// A registry entry's params: a form generated from its JSON Schema (rjsf), or JSON text for nested ones.
import RjsfForm from '@rjsf/antd';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import type { JsonObject, JsonSchema } from '@liucheng/engine';
import { Form, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formSchemaOf, fromFormData, isSimpleParamsSchema, toFormData } from './params-schema';

const UI_SCHEMA: UiSchema = { 'ui:submitButtonOptions': { norender: true } };

export interface ParamsFormProps {
  schema: JsonSchema;
  value: JsonObject;
  onChange: (params: JsonObject) => void;
}

export function ParamsForm({ schema, value, onChange }: ParamsFormProps) {
  if (!isSimpleParamsSchema(schema)) return <ParamsJson value={value} onChange={onChange} />;
  return <ParamsSchemaForm schema={schema} value={value} onChange={onChange} />;
}

function ParamsSchemaForm({ schema, value, onChange }: ParamsFormProps) {
  const formSchema = useMemo(() => formSchemaOf(schema), [schema]);
  const formData = useMemo(() => toFormData(value, schema), [value, schema]);
  return (
    <Form component={false} layout="vertical" size="small">
      <RjsfForm
        schema={formSchema as RJSFSchema}
        uiSchema={UI_SCHEMA}
        validator={validator}
        formData={formData}
        onChange={(event) => onChange(fromFormData((event.formData ?? {}) as JsonObject, schema))}
        showErrorList={false}
        noHtml5Validate
        onSubmit={() => undefined}
      />
    </Form>
  );
}

/** Nested params (e.g. `and` of guards) as JSON text, applied when it parses. */
function ParamsJson({ value, onChange }: Omit<ParamsFormProps, 'schema'>) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [bad, setBad] = useState(false);
  // New params from outside replace the text while rendering.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(JSON.stringify(value, null, 2));
  }
  return (
    <>
      <Input.TextArea
        data-testid="params-json"
        autoSize={{ minRows: 3, maxRows: 14 }}
        value={text}
        status={bad ? 'error' : undefined}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value) as unknown;
            const ok = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
            setBad(!ok);
            if (ok) onChange(parsed as JsonObject);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad && <Typography.Text type="danger">JSON</Typography.Text>}
    </>
  );
}
