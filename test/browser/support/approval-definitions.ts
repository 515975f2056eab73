// Browser tests publish the same approval definition the API tests use.
export { purchaseApprovalSpec } from '../../api/support/approval-definitions';
