// A modal with an rjsf form (start input, event data): client-side validation is the server's
// own, and a 422's field problems show under the fields.
import { Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from '../common/error-alert';
import { displayedProblems, validateForm } from './form-validator';
import { JsonForm } from './json-form';
import { initialFormData } from './localize-schema';
import { outcomeData } from './outcome-schema';
import { mapProblems, mergeErrorTrees } from './server-errors';

export interface JsonFormModalProps {
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
  /** Where the payload sits in the request body, for mapping a 422 (`/input` to start, `/data` for an event). */
  errorPrefix?: string;
  onSubmit: (payload: Record<string, unknown>) => void;
  onCancel: () => void;
}

export function JsonFormModal(props: JsonFormModalProps) {
  const { t } = useTranslation();
  const [data, setData] = useState<Record<string, unknown>>({});
  const [attempted, setAttempted] = useState(false);
  const schema = (props.schema ?? { type: 'object' }) as object;
  // The schema may arrive after the modal opens; its defaults fill what the user left untouched.
  const values = { ...initialFormData(schema), ...data };
  const payload = outcomeData(values, undefined);
  const clientErrors = attempted ? validateForm(schema, payload, t) : undefined;
  const problems = props.error instanceof ApiError ? (props.error.body.details?.errors ?? []) : [];
  const server = mapProblems(displayedProblems(problems, t), props.errorPrefix ?? '/input');
  const hasFields = Object.keys(((props.schema as { properties?: object })?.properties ?? {}) as object).length > 0;
  // A 422 whose every problem sits on a field needs no separate alert.
  const showAlert = Boolean(props.error) && (problems.length === 0 || server.other.length > 0);

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('event.cancel')}
      confirmLoading={props.pending}
      onOk={() => {
        setAttempted(true);
        if (!validateForm(schema, payload, t)) props.onSubmit(payload);
      }}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      {props.intro}
      {hasFields ? (
        <JsonForm
          schema={props.schema}
          data={values}
          onChange={setData}
          errors={mergeErrorTrees(clientErrors, attempted && !props.pending ? server.tree : undefined)}
          disabled={props.pending}
        />
      ) : (
        <Typography.Paragraph type="secondary">{props.emptyText}</Typography.Paragraph>
      )}
      {showAlert && <ErrorAlert error={props.error} labelEvent={props.labelEvent} />}
    </Modal>
  );
}
