// A purchase approval spec for the timeline tests: manager (或签, send back to draft), finance (会签), legal.
const decision = ['APPROVE', 'REJECT'];

export const purchaseSpec = {
  id: 'purchase',
  meta: {},
  states: {
    draft: { meta: { task: { title: { zh: '修改申请', en: 'Revise' }, outcomes: ['RESUBMIT'] } } },
    manager: {
      meta: {
        task: { title: { zh: '主管审批', en: 'Manager' }, outcomes: decision, approval: { sendBackTo: ['draft'] } },
      },
    },
    finance: {
      meta: { task: { title: { zh: '财务会签', en: 'Finance' }, outcomes: decision, approval: { mode: 'all' } } },
    },
    legal: {
      meta: {
        task: {
          title: { zh: '法务审批', en: 'Legal' },
          outcomes: decision,
          approval: { sendBackTo: ['manager', 'draft'] },
        },
      },
    },
  },
};
