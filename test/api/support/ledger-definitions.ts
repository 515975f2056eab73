/** A report the manager accepts or marks late; late appends the stamped ¥20 fine as the weekly report does. */
export function lateFineSpec(id: string, options: { ledger: boolean; title?: string }): Record<string, unknown> {
  return {
    id,
    initial: 'review',
    meta: {
      title: { zh: options.title ?? '周报逾期登记', en: 'Late report register' },
      ...(options.ledger
        ? {
            ledger: [{ kind: 'fine', from: 'fines', amount: 'amount', at: 'at', person: 'starter', reason: 'reason' }],
          }
        : {}),
      events: {
        ACCEPT: { title: { zh: '按时，收下', en: 'On time, accept' } },
        MARK_LATE: { title: { zh: '逾期，记罚款', en: 'Late, fine it' } },
      },
    },
    context: {
      lateFine: { amount: 20, reason: { zh: '周报逾期（每次罚款20元）', en: 'Weekly report late (¥20 each time)' } },
      fines: [],
      fineTotal: 0,
    },
    states: {
      review: {
        meta: {
          title: { zh: '经理查收', en: 'Manager checks it in' },
          task: {
            title: { zh: '查收周报', en: 'Check the report in' },
            candidateRoles: ['leader'],
            outcomes: ['ACCEPT', 'MARK_LATE'],
          },
        },
        on: {
          ACCEPT: 'accepted',
          MARK_LATE: {
            target: 'fined',
            actions: [
              { type: 'append', params: { to: 'fines', from: 'context.lateFine', stamp: true } },
              { type: 'increment', params: { to: 'fineTotal', from: 'context.lateFine.amount' } },
            ],
          },
        },
      },
      accepted: { type: 'final', meta: { title: { zh: '已收下', en: 'Accepted' } } },
      fined: { type: 'final', meta: { title: { zh: '逾期已罚款', en: 'Late, fined' } } },
    },
  };
}
