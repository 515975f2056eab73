// The task's form (rjsf) and its outcome buttons: each outcome is checked client-side against
// what the server will check, sent with an Idempotency-Key, and a 422 lands on the fields.
import type { ProblemContract, Task } from '@liucheng/contracts';
import { App, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { newIdempotencyKey } from '../api/idempotency-key';
import { useCompleteTask } from '../api/tasks.api';
import { ErrorAlert } from '../common/error-alert';
import type { SpecMeta } from '../spec/spec-meta';
import { displayedProblems, validateForm } from './form-validator';
import { JsonForm } from './json-form';
import { initialFormData } from './localize-schema';
import { OutcomeButtons } from './outcome-buttons';
import { fieldUses, outcomeData, outcomeSchema } from './outcome-schema';
import { outcomeHints } from './outcome-ui-schema';
import { mapProblems, mergeErrorTrees, type FieldErrorTree } from './server-errors';

export interface TaskCompleteFormProps {
  task: Task;
  meta: SpecMeta;
  /** False: the form is shown read-only, without buttons. */
  enabled: boolean;
  outcomeLabel: (type: string) => string;
  /** The instance's context: request fields the step may edit start from their current values. */
  context?: Record<string, unknown>;
}

export function TaskCompleteForm({ task, meta, enabled, outcomeLabel, context }: TaskCompleteFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const complete = useCompleteTask(task.id);
  // One key per visit: a double click or a retry after a lost answer completes the task once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [data, setData] = useState<Record<string, unknown>>(() => ({
    ...initialFormData(task.formSchema),
    ...editableValues(task.formSchema, context),
  }));
  const [attempted, setAttempted] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<{ tree: FieldErrorTree; other: ProblemContract[] } | null>(null);

  const eventSchema = (type: string) => meta.events[type]?.schema;
  const check = (type: string, values: Record<string, unknown>) =>
    validateForm(
      outcomeSchema(task.formSchema, eventSchema(type)),
      outcomeData(values, eventSchema(type), task.formSchema),
      t,
    );
  // After the first attempt the form re-checks as the user types, so errors clear when fixed.
  const clientErrors = attempted ? check(attempted, data) : undefined;
  const hasFields = Object.keys((task.formSchema.properties as object | undefined) ?? {}).length > 0;
  const hints = outcomeHints(
    fieldUses(task.formSchema, task.outcomes, eventSchema),
    task.outcomes.length,
    outcomeLabel,
    t,
  );

  const pick = (type: string) => {
    setAttempted(type);
    setServerErrors(null);
    if (check(type, data)) {
      void message.error(t('inbox.formInvalid'));
      return;
    }
    complete.mutate(
      { request: { outcome: type, data: outcomeData(data, eventSchema(type), task.formSchema) }, idempotencyKey },
      {
        onSuccess: () => {
          void message.success(t('inbox.completedMessage', { outcome: outcomeLabel(type) }));
          navigate('/tasks');
        },
        onError: (error) => {
          const problems = error instanceof ApiError ? (error.body.details?.errors ?? []) : [];
          const mapped = mapProblems(displayedProblems(problems, t));
          setServerErrors(mapped);
        },
      },
    );
  };

  // A 422 whose every problem sits on a field needs no separate alert.
  const showAlert = complete.error && (!serverErrors || serverErrors.other.length > 0 || isBareError(complete.error));

  return (
    <Flex vertical gap={16}>
      {hasFields ? (
        <>
          {enabled && <Typography.Text type="secondary">{t('inbox.outcomeHint')}</Typography.Text>}
          <JsonForm
            schema={task.formSchema}
            data={data}
            onChange={(next) => {
              setData(next);
              setServerErrors(null);
            }}
            errors={mergeErrorTrees(clientErrors, serverErrors?.tree)}
            disabled={!enabled || complete.isPending}
            uiSchema={hints}
          />
        </>
      ) : (
        <Typography.Text type="secondary">{t('inbox.noForm')}</Typography.Text>
      )}
      {showAlert && <ErrorAlert error={complete.error} labelEvent={outcomeLabel} />}
      {enabled && (
        <OutcomeButtons
          outcomes={task.outcomes}
          label={outcomeLabel}
          pending={complete.isPending ? attempted : null}
          onPick={pick}
        />
      )}
    </Flex>
  );
}

/** The current values of the request fields the step may edit (表单权限). */
function editableValues(formSchema: Record<string, unknown>, context: Record<string, unknown> = {}) {
  const properties = (formSchema.properties ?? {}) as Record<string, Record<string, unknown> | undefined>;
  return Object.fromEntries(
    Object.keys(properties)
      .filter((name) => properties[name]?.['x-field-access'] === 'edit' && context[name] !== undefined)
      .map((name) => [name, context[name]]),
  );
}

function isBareError(error: unknown): boolean {
  return !(error instanceof ApiError) || !error.body.details?.errors?.length;
}
