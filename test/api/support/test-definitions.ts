/**
 * Inline definitions the API tests publish under their own keys (files run in parallel
 * against one database, so every file uses a distinct key prefix).
 */

/** A leave request with a guard, a data schema and tasks for two roles. */
export function leaveSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'submitted',
    meta: {
      title: { zh: '请假申请', en: 'Leave request' },
      input: {
        type: 'object',
        properties: { days: { type: 'integer', minimum: 1 }, reason: { type: 'string' } },
        required: ['days'],
        additionalProperties: false,
      },
      events: {
        APPROVE: {
          title: { zh: '批准', en: 'Approve' },
          schema: {
            type: 'object',
            properties: { comment: { type: 'string' }, amount: { type: 'number' } },
            additionalProperties: false,
          },
        },
        REJECT: { title: { zh: '驳回', en: 'Reject' }, schema: { type: 'object' } },
        ESCALATE: { title: { zh: '上报', en: 'Escalate' } },
      },
    },
    context: { days: 0, comment: '' },
    states: {
      submitted: {
        meta: {
          title: { zh: '待审批', en: 'Awaiting approval' },
          task: {
            title: { zh: '审批请假', en: 'Approve leave' },
            candidateRoles: ['leader'],
            outcomes: ['APPROVE', 'REJECT'],
          },
        },
        on: {
          APPROVE: {
            target: 'approved',
            guard: { type: 'lte', params: { field: 'context.days', value: 10 } },
            actions: [{ type: 'assign', params: { to: 'comment', from: 'event.data.comment' } }],
          },
          REJECT: 'rejected',
          ESCALATE: 'hr',
        },
      },
      hr: {
        meta: {
          title: { zh: '人事审批', en: 'HR review' },
          task: {
            title: { zh: '人事审批', en: 'HR review' },
            assignee: 'starter.manager',
            outcomes: ['APPROVE', 'REJECT'],
          },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected' },
      },
      approved: { type: 'final', meta: { title: { zh: '已批准', en: 'Approved' } } },
      rejected: { type: 'final', meta: { title: { zh: '已驳回', en: 'Rejected' } } },
    },
  };
}

/** A self-loop `PING` that increments `n` (concurrency and replay tests). */
export function pingSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'on',
    meta: {
      title: { zh: '计数', en: 'Counter' },
      events: {
        PING: {
          title: { zh: '计数', en: 'Ping' },
          schema: { type: 'object', properties: { by: { type: 'integer' } }, additionalProperties: false },
        },
        END: { title: { zh: '结束', en: 'End' } },
      },
    },
    context: { n: 0 },
    states: {
      on: {
        meta: { title: { zh: '运行中', en: 'Running' } },
        on: { PING: { actions: [{ type: 'increment', params: { to: 'n' } }] }, END: 'off' },
      },
      off: { type: 'final', meta: { title: { zh: '已结束', en: 'Ended' } } },
    },
  };
}
