// A modal with a form rendered from a JSON Schema; used to start an instance and to send an event.
import { Alert, Form, Modal, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../common/error-alert';
import { JsonFieldError, toPayload } from './form-values';
import { schemaToFields } from './schema-fields';
import { SchemaFormFields } from './schema-form-fields';

export interface SchemaFormModalProps {
  open: boolean;
  title: ReactNode;
  schema: unknown;
  emptyText: string;
  okText: string;
  pending: boolean;
  error: unknown;
  /** Localized event titles for a 409's accepted-events list. */
  labelEvent?: (type: string) => string;
  /** Content above the fields (a description, say). */
  intro?: ReactNode;
  onSubmit: (payload: Record<string, unknown>) => void;
  onCancel: () => void;
}

export function SchemaFormModal(props: SchemaFormModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [jsonError, setJsonError] = useState<string | null>(null);
  const fields = useMemo(() => schemaToFields(props.schema), [props.schema]);

  const submit = (values: Record<string, unknown>) => {
    try {
      setJsonError(null);
      props.onSubmit(toPayload(fields, values));
    } catch (error) {
      if (error instanceof JsonFieldError) setJsonError(error.field);
      else throw error;
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('event.cancel')}
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      {props.intro}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        {fields.length === 0 && <Typography.Paragraph type="secondary">{props.emptyText}</Typography.Paragraph>}
        <SchemaFormFields fields={fields} />
      </Form>
      {jsonError && <Alert type="error" showIcon title={`${jsonError}: JSON`} />}
      {Boolean(props.error) && <ErrorAlert error={props.error} labelEvent={props.labelEvent} />}
    </Modal>
  );
}
