import type { HistoryEntry } from '@liucheng/contracts';
import { purchaseSpec } from './timeline.fixture';
import { buildTimeline, waitingFor } from './timeline-model';

let seq = 0;
const entry = (type: string, actor: string, data: Record<string, unknown> = {}): HistoryEntry => {
  seq += 1;
  return {
    seq,
    type,
    actor,
    data,
    at: `2026-06-01T01:${String(seq).padStart(2, '0')}:00.000Z`,
    stateAfter: 'x',
    prevHash: '',
    hash: '',
  };
};
const opened = (path: string, users: string[]) =>
  entry('@approvers', 'system', { states: { [path]: { approvers: users.map((user) => ({ user })) } } });

describe('buildTimeline', () => {
  beforeEach(() => {
    seq = 0;
  });

  it('rebuilds an earlier round from history and takes the current one from $approvals', () => {
    const history = [
      entry('@start', 'staff', { item: '电脑' }),
      opened('manager', ['leader']),
      entry('APPROVE', 'leader', { comment: '同意' }),
      opened('legal', ['legal']),
      entry('@send-back', 'legal', { statePath: 'legal', slot: '1.1', to: 'manager', reason: '补充报价' }),
      opened('manager', ['leader']),
      entry('@transfer', 'leader', { statePath: 'manager', slot: '2.1', to: 'hq', reason: '出差' }),
    ];
    const context = {
      $approvals: {
        states: {
          manager: {
            round: 2,
            status: 'open',
            slots: [{ id: '2.1', user: 'hq', role: 'approver', status: 'pending', transferredFrom: ['leader'] }],
          },
          legal: {
            round: 1,
            status: 'cancelled',
            slots: [{ id: '1.1', user: 'legal', role: 'approver', status: 'pending' }],
          },
        },
      },
    };
    const items = buildTimeline(history, context, purchaseSpec);
    expect(
      items.map((i) => (i.kind === 'step' ? `step:${i.statePath}:${i.round}:${i.status}` : `${i.kind}:${i.seq}`)),
    ).toEqual([
      'start:1',
      'step:manager:1:done',
      'step:legal:1:cancelled',
      'event:5',
      'step:manager:2:open',
      'event:7',
    ]);
    const first = items[1];
    expect(first.kind === 'step' && first.slots).toEqual([
      expect.objectContaining({ user: 'leader', status: 'approved', outcome: 'APPROVE', comment: '同意' }),
    ]);
    const last = items[4];
    expect(last.kind === 'step' && last.slots[0]).toMatchObject({ user: 'hq', transferredFrom: ['leader'] });
    expect(waitingFor(last)).toEqual(['hq']);
  });

  it('会签: each approver its own slot, a rejection with its comment, auto decisions kept', () => {
    const history = [
      entry('@start', 'staff'),
      opened('finance', ['finance', 'branch-finance', 'staff']),
      entry('APPROVE', 'finance'),
      entry('REJECT', 'branch-finance', { comment: '预算不足' }),
    ];
    const context = {
      $approvals: {
        states: {
          finance: {
            round: 1,
            status: 'rejected',
            slots: [
              { id: '1.1', user: 'finance', role: 'approver', status: 'approved', by: 'finance', at: history[2].at },
              {
                id: '1.2',
                user: 'branch-finance',
                role: 'approver',
                status: 'rejected',
                by: 'branch-finance',
                at: history[3].at,
              },
              { id: '1.3', user: 'staff', role: 'approver', status: 'approved', by: 'system', auto: 'starter' },
              { id: '1.4', user: 'office', role: 'approver', status: 'pending' },
            ],
          },
        },
      },
    };
    const items = buildTimeline(history, context, purchaseSpec);
    expect(items).toHaveLength(2);
    const step = items[1];
    if (step.kind !== 'step') throw new Error('expected a step');
    expect(step.mode).toBe('all');
    expect(step.status).toBe('rejected');
    expect(step.slots.map((s) => [s.user, s.status, s.outcome, s.comment, s.auto])).toEqual([
      ['finance', 'approved', 'APPROVE', undefined, undefined],
      ['branch-finance', 'rejected', 'REJECT', '预算不足', undefined],
      ['staff', 'approved', undefined, undefined, 'starter'],
      // Undecided when the rejection ended the step: no longer waited for.
      ['office', 'closed', undefined, undefined, undefined],
    ]);
    expect(waitingFor(step)).toEqual([]);
  });

  it('shows the files an approver attached to a decision, in the current and in an earlier round', () => {
    const file = { attachmentId: 'a1', sha256: 'f', filename: '意见.pdf', contentType: 'application/pdf', size: 9 };
    const other = { ...file, attachmentId: 'a2', filename: '报价.png', contentType: 'image/png' };
    const history = [
      entry('@start', 'staff'),
      opened('manager', ['leader']),
      entry('APPROVE', 'leader', { comment: '见附件', opinion: file, quotes: [other], note: 'x' }),
      opened('legal', ['legal']),
      entry('@send-back', 'legal', { statePath: 'legal', slot: '1.1', to: 'manager', reason: '补充' }),
      opened('manager', ['leader']),
      entry('APPROVE', 'leader', { comment: '已补充' }),
    ];
    const context = {
      $approvals: {
        states: {
          manager: {
            round: 2,
            status: 'approved',
            slots: [
              { id: '2.1', user: 'leader', role: 'approver', status: 'approved', by: 'leader', at: history[6].at },
            ],
          },
        },
      },
    };
    const steps = buildTimeline(history, context, purchaseSpec).filter((i) => i.kind === 'step');
    const manager = steps.filter((s) => s.kind === 'step' && s.statePath === 'manager');
    const files = manager.map((s) => (s.kind === 'step' ? s.slots.map((slot) => slot.files) : []));
    expect(files).toEqual([[[file, other]], [undefined]]);
  });

  it('keeps events outside approval steps (a form task, a withdraw) as their own items', () => {
    const history = [
      entry('@start', 'staff'),
      entry('RESUBMIT', 'staff'),
      entry('@withdraw', 'staff', { reason: '不买了' }),
    ];
    const items = buildTimeline(history, {}, purchaseSpec);
    expect(items.map((i) => (i.kind === 'event' ? i.type : i.kind))).toEqual(['start', 'RESUBMIT', '@withdraw']);
  });
});
