import type { Registry } from '../registry.types';
import { assessmentTallyAction } from './assessment-tally.action';
import { businessFeeAction } from './business-fee.action';
import { profitMarginAction } from './profit-margin.action';

export { assessmentTallyAction, tallyScores } from './assessment-tally.action';
export { businessFeeAction, computeBusinessFee, DEFAULT_BUSINESS_FEE_RATES } from './business-fee.action';
export type { BusinessFeeBase, BusinessFeeParams, BusinessFeeRate } from './business-fee.action';
export { computeProfitMargin, profitMarginAction } from './profit-margin.action';

/**
 * Named domain entries that a rule of the seed needs and the standard library cannot
 * express (business-fee percentage, profit margin, 100-point assessment tally). Each is
 * pure, typed and documented with its params schema.
 */
export const domainRegistry: Partial<Registry> = {
  guards: {},
  actions: {
    [businessFeeAction.name]: businessFeeAction,
    [profitMarginAction.name]: profitMarginAction,
    [assessmentTallyAction.name]: assessmentTallyAction,
  },
  delays: {},
};
