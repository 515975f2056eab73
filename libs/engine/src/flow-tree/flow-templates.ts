import type { EventMeta, JsonSchema } from '../definition/definition.types';
import type { ApproverNode, FlowTree } from './flow-tree.types';

/** The templates the "new workflow" button offers. */
export type FlowTemplateKind = 'blank' | 'approval' | 'expense' | 'contract';

export const FLOW_TEMPLATE_KINDS: readonly FlowTemplateKind[] = ['blank', 'approval', 'expense', 'contract'];

const comment = { type: 'string', title: '审批意见 / Comment' };

/** 同意 / 驳回, the outcomes every approver node uses. */
export const APPROVAL_EVENTS_META: Record<string, EventMeta> = {
  APPROVE: {
    title: { zh: '同意', en: 'Approve' },
    schema: { type: 'object', additionalProperties: false, properties: { comment } },
  },
  REJECT: {
    title: { zh: '驳回', en: 'Reject' },
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['comment'],
      properties: { comment: { ...comment, minLength: 1 } },
    },
  },
};

const ends = {
  end: { key: 'approved', title: { zh: '已通过', en: 'Approved' } },
  ends: [{ key: 'rejected', title: { zh: '已驳回', en: 'Rejected' } }],
};

const reasonForm = (extra: Record<string, unknown> = {}, required: string[] = []): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: ['reason', ...required],
  properties: { reason: { type: 'string', minLength: 1, title: '事由 / Reason', 'x-order': 0 }, ...extra },
});

const managerApproval = (): ApproverNode => ({
  kind: 'approver',
  key: 'managerApproval',
  title: { zh: '主管审批', en: 'Manager approval' },
  task: { title: { zh: '审批申请', en: 'Approve the request' } },
  approval: { approvers: [{ kind: 'manager' }], mode: 'any' },
  reject: { to: 'rejected' },
});

function build(kind: FlowTemplateKind): Omit<FlowTree, 'id'> {
  const title = (zh: string, en: string) => ({ zh, en });
  switch (kind) {
    case 'blank':
      return {
        title: title('新流程', 'New workflow'),
        start: { form: reasonForm() },
        nodes: [],
        ...ends,
      };
    case 'approval':
      return {
        title: title('通用审批', 'General approval'),
        start: { form: reasonForm() },
        nodes: [managerApproval()],
        ...ends,
        events: APPROVAL_EVENTS_META,
      };
    case 'expense':
      return {
        title: title('费用报销', 'Expense claim'),
        start: {
          form: reasonForm(
            {
              amount: {
                type: 'number',
                exclusiveMinimum: 0,
                'x-kind': 'money',
                title: '报销金额（元） / Amount (CNY)',
                'x-order': 1,
              },
              // 明细: the form totals the 金额 column as the employee types; the total is display only (no
              // registry action sums a list), so the claimed amount above is what the condition reads.
              lines: {
                type: 'array',
                title: '费用明细 / Expense lines',
                minItems: 1,
                'x-order': 2,
                'x-detail': { total: 'amount' },
                items: {
                  type: 'object',
                  required: ['date', 'item', 'amount'],
                  properties: {
                    date: { type: 'string', format: 'date', title: '日期 / Date', 'x-order': 0 },
                    item: { type: 'string', minLength: 1, title: '事项 / Item', 'x-order': 1 },
                    amount: { type: 'number', minimum: 0, 'x-kind': 'money', title: '金额 / Amount', 'x-order': 2 },
                  },
                },
              },
              note: { type: 'string', 'x-widget': 'textarea', title: '费用说明 / Details', 'x-order': 3 },
            },
            ['amount', 'lines'],
          ),
        },
        nodes: [
          managerApproval(),
          {
            kind: 'condition',
            key: 'amountCheck',
            title: title('按金额', 'By amount'),
            branches: [
              {
                title: title('金额大于 5,000 元', 'Amount above ¥5,000'),
                when: [{ field: 'amount', op: 'gt', value: 5000 }],
                nodes: [
                  {
                    kind: 'approver',
                    key: 'financeApproval',
                    title: title('财务会签', 'Finance (all sign)'),
                    task: { title: title('财务审核报销', 'Check the expense claim') },
                    approval: { approvers: [{ kind: 'role', role: 'finance' }], mode: 'all' },
                    reject: { to: 'rejected' },
                  },
                ],
              },
            ],
            otherwise: { title: title('其他情况', 'Otherwise'), nodes: [] },
          },
          {
            kind: 'cc',
            key: 'ccOffice',
            title: title('抄送办公室', 'Copy to the office'),
            to: ['role:office'],
            message: title('报销申请已审批通过', 'An expense claim was approved'),
          },
        ],
        ...ends,
        events: APPROVAL_EVENTS_META,
      };
    case 'contract':
      return {
        title: title('合同审核', 'Contract review'),
        start: {
          form: {
            type: 'object',
            additionalProperties: false,
            required: ['subject', 'counterparty', 'amount'],
            properties: {
              subject: { type: 'string', minLength: 1, title: '合同事项 / Subject', 'x-order': 0 },
              counterparty: { type: 'string', minLength: 1, title: '合同对方 / Counterparty', 'x-order': 1 },
              amount: {
                type: 'number',
                minimum: 0,
                'x-kind': 'money',
                title: '合同金额（元） / Amount (CNY)',
                'x-order': 2,
              },
            },
          },
        },
        nodes: [
          managerApproval(),
          {
            kind: 'approver',
            key: 'review',
            title: title('财务与法务会签', 'Finance and legal (all sign)'),
            task: { title: title('审核合同', 'Review the contract') },
            approval: {
              approvers: [
                { kind: 'role', role: 'finance' },
                { kind: 'role', role: 'legal' },
              ],
              mode: 'all',
              sendBackTo: ['managerApproval'],
            },
            reject: { to: 'rejected' },
          },
        ],
        ...ends,
        events: APPROVAL_EVENTS_META,
      };
  }
}

/**
 * A fresh tree from a template, under the workflow key `id`.
 *
 * @example flowTemplate('expense', 'my-expense').nodes.map((n) => n.kind) // ['approver', 'condition', 'cc']
 */
export function flowTemplate(kind: FlowTemplateKind, id: string): FlowTree {
  return JSON.parse(JSON.stringify({ id, ...build(kind) })) as FlowTree;
}
