/**
 * The definition the authorization matrix walks: a leader task with two outcomes, a
 * `WITHDRAW` that is no task's outcome, and a timer; `starterRoles` as given.
 */
export function matrixSpec(id: string, starterRoles?: string[]): Record<string, unknown> {
  return {
    id,
    initial: 'review',
    meta: {
      title: { zh: '权限矩阵', en: 'Authorization matrix' },
      ...(starterRoles ? { starterRoles } : {}),
      events: {
        APPROVE: { title: { zh: '批准', en: 'Approve' }, schema: { type: 'object' } },
        REJECT: { title: { zh: '驳回', en: 'Reject' }, schema: { type: 'object' } },
        WITHDRAW: { title: { zh: '撤回', en: 'Withdraw' } },
      },
    },
    context: {},
    states: {
      review: {
        meta: {
          title: { zh: '审批', en: 'Review' },
          task: {
            title: { zh: '审批', en: 'Review' },
            candidateRoles: ['leader'],
            outcomes: ['APPROVE', 'REJECT'],
            due: 'P3D',
          },
        },
        on: { APPROVE: 'approved', REJECT: 'rejected', WITHDRAW: 'withdrawn' },
        after: { P5D: 'expired' },
      },
      approved: { type: 'final', meta: { title: { zh: '已批准', en: 'Approved' } } },
      rejected: { type: 'final', meta: { title: { zh: '已驳回', en: 'Rejected' } } },
      withdrawn: { type: 'final', meta: { title: { zh: '已撤回', en: 'Withdrawn' } } },
      expired: { type: 'final', meta: { title: { zh: '已超时', en: 'Expired' } } },
    },
  };
}

/** The matrix definition with one weekly schedule for staff (the schedule routes' fixture). */
export function scheduledMatrixSpec(id: string): Record<string, unknown> {
  const spec = matrixSpec(id);
  const meta = spec.meta as Record<string, unknown>;
  meta.schedules = [
    {
      key: 'weekly',
      title: { zh: '每周', en: 'Weekly' },
      rule: { kind: 'cron', cron: '0 9 * * 1' },
      people: { kind: 'users', users: ['staff'] },
    },
  ];
  return spec;
}
