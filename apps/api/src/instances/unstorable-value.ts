import { UnstorableValueError } from '@liucheng/persistence';
import { ApiError } from '../common/api-error';

/** Columns whose value comes straight from a request field, when not from the event data. */
const REQUEST_FIELDS: Record<string, string> = {
  'instance_events.type': '/type',
  'instances.business_key': '/businessKey',
};

/**
 * 400 for a value PostgreSQL cannot store (a NUL character), naming the request field when the
 * column says which: the event data is `dataField` (`/data`, or `/input` for a start).
 */
export function unstorableToApiError(error: UnstorableValueError, dataField: string): ApiError {
  const field =
    error.column === 'instance_events.data'
      ? `${dataField}${error.pointer}`
      : error.column && REQUEST_FIELDS[error.column]
        ? `${REQUEST_FIELDS[error.column]}${error.pointer}`
        : undefined;
  const problem = 'must not contain a NUL character (U+0000)';
  return new ApiError(400, field ? `${field} ${problem}` : `A value cannot be stored: it contains a NUL character`, {
    reason: error.reason,
    ...(field ? { errors: [{ path: field, message: problem }] } : {}),
  });
}
