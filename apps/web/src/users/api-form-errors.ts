// Pure: a refused request's problems as antd Form field errors, each in the UI language: by its
// code when it has one, else by the field it names (the users routes send some without a code).
import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import { problemLabel } from '../common/problem-label';
import { uncodedUserProblem } from './account-checks';

export interface ApiFormErrors<F extends string = string> {
  /** Errors under form fields (`/roles/0` lands on `roles`). */
  fields: { name: F; errors: string[] }[];
  /** Problems naming no field of the form. */
  other: string[];
}

/**
 * @example apiFormErrors(error422, ['password'], t) // { fields: [{ name: 'password', errors: ['密码至少 8 个字符…'] }], other: [] }
 */
export function apiFormErrors<F extends string>(
  error: unknown,
  fieldNames: readonly F[],
  t: TFunction,
): ApiFormErrors<F> {
  const result: ApiFormErrors<F> = { fields: [], other: [] };
  const isField = (name: string): name is F => (fieldNames as readonly string[]).includes(name);
  if (!(error instanceof ApiError)) return result;
  const status = error.body.statusCode;
  for (const problem of error.body.details?.errors ?? []) {
    const text = problem.code ? problemLabel(problem, t) : t(`codes.${uncodedUserProblem(problem.path, status)}`);
    const field = problem.path.split('/')[1] ?? '';
    if (!isField(field)) {
      result.other.push(text);
      continue;
    }
    const target = result.fields.find((entry) => entry.name === field);
    if (target) target.errors.push(text);
    else result.fields.push({ name: field, errors: [text] });
  }
  // A taken username comes as a bare 409.
  const username = 'username';
  if (status === 409 && !error.body.details?.errors?.length && isField(username))
    result.fields.push({ name: username, errors: [t('codes.usernameTaken')] });
  return result;
}
