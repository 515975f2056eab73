const text = (zh: string, en: string) => ({ zh, en });
const decision = { type: 'object', properties: { comment: { type: 'string', maxLength: 500 } } };

/**
 * The example: the applicant's manager (或签), then finance (会签 of the two finance
 * reviewers), then legal (或签) copying the office; the applicant may withdraw before anyone acted and urge;
 * legal may send back to the manager or to the draft.
 */
export function purchaseApprovalSpec(key: string, finance: Record<string, unknown> = {}) {
  const approval = (title: [string, string], extra: Record<string, unknown>) => ({
    title: text(...title),
    outcomes: ['APPROVE', 'REJECT'],
    approval: extra,
  });
  return {
    id: key,
    initial: 'manager',
    context: {},
    meta: {
      title: text('采购审批', 'Purchase approval'),
      input: { type: 'object', properties: { item: { type: 'string' }, amount: { type: 'number', minimum: 0 } } },
      events: {
        APPROVE: { title: text('同意', 'Approve'), schema: decision },
        REJECT: { title: text('不同意', 'Reject'), schema: decision },
        RESUBMIT: { title: text('重新提交', 'Resubmit'), schema: { type: 'object' } },
      },
      withdraw: { target: 'withdrawn' },
    },
    states: {
      draft: {
        meta: { task: { title: text('修改申请', 'Revise the request'), assignee: 'starter', outcomes: ['RESUBMIT'] } },
        on: { RESUBMIT: 'manager' },
      },
      manager: {
        meta: {
          task: approval(['主管审批', 'Manager approval'], { approvers: [{ kind: 'manager' }], sendBackTo: ['draft'] }),
        },
        on: { APPROVE: 'finance', REJECT: 'rejected' },
      },
      finance: {
        meta: {
          task: approval(['财务会签', 'Finance (all sign)'], {
            // Named demo users, not the finance role: other test files add role holders to the shared database.
            approvers: [{ kind: 'users', users: ['finance', 'branch-finance'] }],
            mode: 'all',
            ...finance,
          }),
        },
        on: { APPROVE: 'legal', REJECT: 'rejected' },
      },
      legal: {
        meta: {
          task: approval(['法务审批', 'Legal approval'], {
            approvers: [{ kind: 'users', users: ['legal'] }],
            cc: [{ kind: 'users', users: ['office'] }],
            sendBackTo: ['manager', 'draft'],
          }),
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final' },
      rejected: { type: 'final' },
      withdrawn: { type: 'final' },
    },
  };
}
