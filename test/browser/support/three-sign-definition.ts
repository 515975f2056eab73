// An approval definition for the browser tests (after test/api/support/approval-definitions.ts):
// the manager (或签, may send back to the draft), then a 会签 of three named approvers, then legal.
const text = (zh: string, en: string) => ({ zh, en });
const decision = {
  type: 'object',
  properties: { comment: { type: 'string', maxLength: 500, title: '审批意见 / Comment' } },
};

export function threeSignSpec(key: string) {
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
      title: text('采购审批（浏览器）', 'Purchase approval (browser)'),
      input: {
        type: 'object',
        required: ['item', 'amount'],
        properties: {
          item: { type: 'string', title: '采购物品 / Item' },
          amount: { type: 'number', minimum: 0, title: '金额（元） / Amount (CNY)' },
          neededBy: { type: 'string', format: 'date', title: '需要日期 / Needed by' },
        },
      },
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
        on: { APPROVE: 'board', REJECT: 'rejected' },
      },
      board: {
        meta: {
          task: approval(['三方会签', 'Three-way sign-off'], {
            approvers: [{ kind: 'users', users: ['finance', 'legal', 'office'] }],
            mode: 'all',
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
