// The workflows project's public surface (`@liucheng/workflows`): the domain registry entries and
// the demo organisation (seeded by the API, resolved against by the scenario walks).
export { domainRegistry } from './domain-registry';
export { createWorkflowRegistry, workflowRegistry } from './workflow-registry';
export { assessmentTallyAction, tallyScores } from '../monthly-review/assessment-tally.action';
export {
  businessFeeAction,
  computeBusinessFee,
  DEFAULT_BUSINESS_FEE_RATES,
} from '../project-pre-evaluation/business-fee.action';
export type {
  BusinessFeeBase,
  BusinessFeeParams,
  BusinessFeeRate,
} from '../project-pre-evaluation/business-fee.action';
export { computeProfitMargin, profitMarginAction } from '../project-pre-evaluation/profit-margin.action';
export { countDistinct, distinctCountAction } from '../report-spot-check/distinct-count.action';
export { listIncludes, listIncludesGuard } from '../report-spot-check/list-includes.guard';
export { DEMO_DEPARTMENTS, DEMO_USERS, ROLES } from '../demo/demo-organisation.data';
export type { DemoDepartment, DemoUser } from '../demo/demo-organisation.data';
export { demoOrgSnapshot } from '../demo/demo-org-snapshot';
