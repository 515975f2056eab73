import type { Registry } from '@liucheng/engine';
import { assessmentTallyAction } from '../monthly-review/assessment-tally.action';
import { businessFeeAction } from '../project-pre-evaluation/business-fee.action';
import { profitMarginAction } from '../project-pre-evaluation/profit-margin.action';
import { distinctCountAction } from '../report-spot-check/distinct-count.action';
import { listIncludesGuard } from '../report-spot-check/list-includes.guard';
import { notAfterTodayGuard } from '../entertainment-expense/not-after-today.guard';

/**
 * Named domain entries that a rule of a procedure needs and the engine's standard library
 * cannot express (business-fee percentage, profit margin, 100-point assessment tally, membership
 * in and distinct count of an instance's own lists, a date entered not after today). Each
 * lives beside the workflow that uses it; each is pure, typed and documented with its params schema.
 */
export const domainRegistry: Partial<Registry> = {
  guards: {
    [listIncludesGuard.name]: listIncludesGuard,
    [notAfterTodayGuard.name]: notAfterTodayGuard,
  },
  actions: {
    [businessFeeAction.name]: businessFeeAction,
    [profitMarginAction.name]: profitMarginAction,
    [assessmentTallyAction.name]: assessmentTallyAction,
    [distinctCountAction.name]: distinctCountAction,
  },
  delays: {},
};
