import { checkLocalized } from './check-root';
import { joinPath, type Problems } from './problems';
import { isPlainObject } from '../support/json-value';
import { businessKeyTemplateError } from '../summary/business-key';
import { MAX_SUMMARY_FIELDS } from '../summary/summary-values';

const FORMATS = ['text', 'money', 'date'];
const PATH = /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/;

/** Checks `meta.summary` (a short list of `{path, label, format?}`) and `meta.businessKey` (a template). */
export function checkSummaryMeta(meta: Record<string, unknown>, problems: Problems): void {
  if (meta.businessKey !== undefined) {
    const error = businessKeyTemplateError(meta.businessKey);
    if (error) problems.add('meta.businessKey', 'invalid-business-key', error, { reason: error });
  }
  const summary = meta.summary;
  if (summary === undefined) return;
  if (!Array.isArray(summary) || summary.length > MAX_SUMMARY_FIELDS) {
    return problems.add('meta.summary', 'invalid-summary', `must be a list of at most ${MAX_SUMMARY_FIELDS} fields`, {
      max: MAX_SUMMARY_FIELDS,
    });
  }
  summary.forEach((field, i) => {
    const path = joinPath('meta.summary', String(i));
    if (!isPlainObject(field)) return problems.add(path, 'invalid-summary', 'must be {path, label, format?}');
    if (typeof field.path !== 'string' || !PATH.test(field.path))
      problems.add(joinPath(path, 'path'), 'invalid-summary', 'must be a dotted context path such as amount');
    checkLocalized(field.label, joinPath(path, 'label'), problems);
    if (field.format !== undefined && !FORMATS.includes(field.format as string))
      problems.add(joinPath(path, 'format'), 'invalid-summary', `must be one of ${FORMATS.join(', ')}`);
  });
}
