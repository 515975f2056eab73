// Pure: why an approval action was refused, in the UI language, from the API's stable codes
// (`details.reason`, `errors[].code`); the server's English message is never shown.
import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import { approvalsZhCN } from '../i18n/approvals.zh-CN';
import { formatDateTime } from '../i18n/format';
import type { AppLanguage } from '../i18n/language';
import { problemLabel } from '../common/problem-label';
import { summariseError } from '../common/error-summary';

type ReasonCode = keyof typeof approvalsZhCN extends infer K ? (K extends `reason-${infer C}` ? C : never) : never;

const hasReasonLabel = (code: unknown): code is ReasonCode =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(approvalsZhCN, `reason-${code}`);

/**
 * The sentence for a refused action.
 * @example approvalErrorText(new ApiError({ statusCode: 409, error: 'Conflict', message: '…', details: { reason: 'already-acted' } }), t, 'zh-CN')
 *   // '已有审批人处理过，不能再撤回'
 */
export function approvalErrorText(error: unknown, t: TFunction, language: AppLanguage): string {
  if (!(error instanceof ApiError)) return summariseError(error, t).headline;
  const details = error.body.details ?? {};
  const problems = Array.isArray(details.errors) ? details.errors : [];
  const reason = details.reason;
  if (reason === 'urge-too-soon') {
    const retryAt = problems.find((p) => typeof p.params?.retryAt === 'string')?.params?.retryAt as string | undefined;
    return retryAt
      ? t('approvals.reason-urge-too-soon', { retryAt: formatDateTime(retryAt, language) })
      : t('approvals.reason-urge-too-soon-plain');
  }
  if (hasReasonLabel(reason)) return t(`approvals.reason-${reason}`);
  const coded = problems.find((p) => hasReasonLabel(p.code));
  if (coded && hasReasonLabel(coded.code)) return t(`approvals.reason-${coded.code}`);
  if (problems.length) return problems.map((p) => problemLabel(p, t)).join('；');
  if (error.status === 403) return t('approvals.reason-forbidden');
  const summary = summariseError(error, t);
  const colon = language === 'en' ? ': ' : '：';
  return error.status === 0
    ? summary.message
    : `${summary.headline}${colon}${t('approvals.reason-other', { status: error.status })}`;
}
