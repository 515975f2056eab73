// Definition and data problems in the UI language, by the engine's stable code; the English
// `message` is only shown for a problem without a code (not from the engine).
import type { TFunction } from 'i18next';
import { validationMessage, type ProblemLike } from '../tasks/validation-messages';
import { problemsEn } from '../i18n/problems.en';
import { codesEn } from '../i18n/codes.en';

/** True when the `codes` section (server answers by code) has a label for the code. */
export function hasCodeLabel(code: unknown): code is keyof typeof codesEn {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(codesEn, code);
}

/** True when the `problems` section has a label for the code. */
export function hasProblemLabel(code: string): code is keyof typeof problemsEn {
  return Object.prototype.hasOwnProperty.call(problemsEn, code);
}

/** Params as interpolation values: plain values as they are, anything else as JSON. */
function interpolation(params: Record<string, unknown> = {}): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params))
    out[key] = typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value);
  return out;
}

/**
 * The label of one problem: a definition code from the `problems` section (an `invalid-param`
 * names the failed keyword in words), otherwise a data code (ajv keyword) as the forms word it.
 * @example problemLabel({ path: 'states.a.on.GO', code: 'unknown-target', params: { target: 'x' }, message: '…' }, t)
 */
export function problemLabel(problem: ProblemLike, t: TFunction): string {
  const { code, params } = problem;
  if (!code) return problem.message;
  if (code === 'invalid-param') {
    const { keyword, ...rest } = params ?? {};
    const detail = validationMessage({ name: String(keyword ?? ''), params: rest, message: problem.message }, t);
    return t('problems.invalid-param', { detail });
  }
  if (hasProblemLabel(code)) return t(`problems.${code}`, interpolation(params));
  if (hasCodeLabel(code)) return t(`codes.${code}`, interpolation(params));
  return validationMessage({ name: code, params, message: problem.message }, t);
}

/** Problems with their `message` replaced by the label (for components that show `message`). */
export function labelledProblems<P extends ProblemLike>(problems: readonly P[], t: TFunction): P[] {
  return problems.map((problem) => ({ ...problem, message: problemLabel(problem, t) }));
}
