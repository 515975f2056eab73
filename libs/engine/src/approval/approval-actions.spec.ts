import { ApprovalWalk, approvalSpec } from '../__fixtures__/approval.fixture';
import { EventRejectedError } from '../runtime/engine.errors';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EventRejectedError) return e.errors[0]?.code ?? e.reason;
    throw e;
  }
  return undefined;
};

function inReview(mode: 'any' | 'all' | 'sequential' = 'all', users = ['fin1', 'fin2']): ApprovalWalk {
  const walk = new ApprovalWalk(approvalSpec({ mode }));
  walk.resolve({ review: users });
  return walk;
}

describe('转办 transfer', () => {
  it('hands the slot to a colleague, who then decides; the earlier holder is kept', () => {
    const walk = inReview('all');
    const moved = walk.send('@transfer', 'fin1', { statePath: 'review', slot: '1.1', to: 'fin9', reason: '出差' });
    expect(moved.effects.map((e) => e.kind)).toEqual(['closeTask', 'openTask']);
    expect(moved.effects[0]).toMatchObject({ slot: '1.1', status: 'transferred' });
    expect(walk.openTasks()).toEqual(['review:fin2', 'review:fin9']);
    expect(codeOf(() => walk.send('APPROVE', 'fin1'))).toBe('not-approver');
    walk.send('APPROVE', 'fin9');
    expect(walk.send('APPROVE', 'fin2').state).toBe('legal');
    expect(walk.approvals.states.review.slots[0]).toMatchObject({ user: 'fin9', transferredFrom: ['fin1'] });
    walk.expectReproducible();
  });

  it('refuses a transfer to someone already approving, or of a slot that is not pending', () => {
    const walk = inReview('all');
    expect(codeOf(() => walk.send('@transfer', 'fin1', { statePath: 'review', slot: '1.1', to: 'fin2' }))).toBe(
      'already-approver',
    );
    walk.send('APPROVE', 'fin1');
    expect(codeOf(() => walk.send('@transfer', 'fin1', { statePath: 'review', slot: '1.1', to: 'x' }))).toBe(
      'slot-not-open',
    );
    expect(codeOf(() => walk.send('@transfer', 'fin1', { statePath: 'legal', slot: '1.1', to: 'x' }))).toBe(
      'approval-not-open',
    );
  });
});

describe('委派 delegate', () => {
  it('the delegate works on it, then it returns to the approver, who decides', () => {
    const walk = inReview('any', ['fin1']);
    walk.send('@delegate', 'fin1', { statePath: 'review', slot: '1.1', to: 'clerk' });
    expect(walk.last.effects[1]).toMatchObject({ kind: 'openTask', assignee: 'clerk', delegatedBy: 'fin1' });
    expect(codeOf(() => walk.send('APPROVE', 'fin1'))).toBe('not-approver');
    expect(codeOf(() => walk.send('APPROVE', 'clerk'))).toBe('not-approver');
    walk.send('@delegate-done', 'clerk', { statePath: 'review', slot: '1.1', comment: '已核对发票' });
    expect(walk.openTasks()).toEqual(['review:fin1']);
    expect(walk.send('APPROVE', 'fin1').state).toBe('legal');
    walk.expectReproducible();
  });
});

describe('加签 and 减签', () => {
  it('before: the added approve first, then the approver decides', () => {
    const walk = inReview('any', ['fin1']);
    walk.send('@add-approvers', 'fin1', { statePath: 'review', slot: '1.1', users: ['cfo'], position: 'before' });
    expect(walk.openTasks()).toEqual(['review:cfo']);
    expect(walk.send('APPROVE', 'cfo').state).toBe('review');
    expect(walk.openTasks()).toEqual(['review:fin1']);
    expect(walk.send('APPROVE', 'fin1').state).toBe('legal');
    walk.expectReproducible();
  });

  it('before: a rejection by the added approver rejects', () => {
    const walk = inReview('any', ['fin1']);
    walk.send('@add-approvers', 'fin1', { statePath: 'review', slot: '1.1', users: ['cfo'], position: 'before' });
    expect(walk.send('REJECT', 'cfo').state).toBe('rejected');
  });

  it('after: the added approve after the approver, and only then does 或签 decide', () => {
    const walk = inReview('any', ['fin1', 'fin2']);
    walk.send('@add-approvers', 'fin1', { statePath: 'review', slot: '1.1', users: ['cfo'], position: 'after' });
    expect(walk.openTasks()).toEqual(['review:fin1', 'review:fin2']);
    expect(walk.send('APPROVE', 'fin1').state).toBe('review');
    expect(walk.openTasks()).toEqual(['review:cfo', 'review:fin2']);
    expect(walk.send('APPROVE', 'cfo').state).toBe('legal');
    walk.expectReproducible();
  });

  it('parallel: the added approver is one more 会签 approver; 减签 removes them before they act', () => {
    const walk = inReview('all', ['fin1', 'fin2']);
    walk.send('@add-approvers', 'fin1', { statePath: 'review', slot: '1.1', users: ['audit'], position: 'parallel' });
    expect(walk.openTasks()).toEqual(['review:audit', 'review:fin1', 'review:fin2']);
    walk.send('APPROVE', 'fin1');
    walk.send('APPROVE', 'fin2');
    expect(walk.last.state).toBe('review');
    expect(codeOf(() => walk.send('@remove-approver', 'fin1', { statePath: 'review', slot: '1.1' }))).toBe(
      'slot-not-open',
    );
    const removed = walk.send('@remove-approver', 'fin1', { statePath: 'review', slot: '1.3' });
    expect(removed.state).toBe('legal');
    walk.expectReproducible();
  });

  it('refuses to remove an approver the step resolved', () => {
    const walk = inReview('all', ['fin1', 'fin2']);
    expect(codeOf(() => walk.send('@remove-approver', 'fin1', { statePath: 'review', slot: '1.2' }))).toBe('not-added');
  });
});

describe('驳回 send back', () => {
  it.each(['liucheng.sendBack.draft', 'liucheng.return.review.APPROVE', 'liucheng.withdraw'])(
    'refuses the compiled machine event %s sent as an event of its own (only the approval layer sends it)',
    (type) => {
      const walk = inReview('all', ['fin1', 'fin2']);
      expect(codeOf(() => walk.send(type, 'staff'))).toBe('not-accepted');
      expect(walk.last.state).toBe('review');
    },
  );

  it('restart: back to the draft, then through every step again', () => {
    const walk = inReview('all', ['fin1', 'fin2']);
    walk.send('APPROVE', 'fin1');
    walk.send('@send-back', 'fin2', { statePath: 'review', to: 'draft', reason: '金额有误' });
    expect(walk.last.state).toBe('draft');
    expect(walk.approvals.states.review.status).toBe('rejected');
    walk.send('RESUBMIT', 'staff', { amount: 900 });
    expect(walk.last.state).toBe('review');
    expect(walk.approvals.states.review.round).toBe(2);
    walk.resolve({ review: ['fin1', 'fin2'] });
    expect(walk.openTasks()).toEqual(['review:fin1', 'review:fin2']);
    walk.expectReproducible();
  });

  it('return: the resubmitted request goes straight back to the step that sent it back', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'any' }));
    walk.resolve({ review: ['fin1'] });
    walk.send('APPROVE', 'fin1');
    walk.resolve({ legal: ['lawyer'] });
    // legal may send back to draft; make it a `return` step by its own settings
    expect(codeOf(() => walk.send('@send-back', 'lawyer', { statePath: 'legal', to: 'approved' }))).toBe(
      'send-back-not-allowed',
    );
    walk.send('@send-back', 'lawyer', { statePath: 'legal', to: 'review' });
    expect(walk.last.state).toBe('review');
  });

  it('return: with reapproval return the draft goes back to the sending step, keeping the new data', () => {
    const spec = approvalSpec({ mode: 'any', reapproval: 'return' });
    spec.states.legal.meta!.task!.approval!.reapproval = 'return';
    const walk = new ApprovalWalk(spec);
    walk.resolve({ review: ['fin1'] });
    walk.send('APPROVE', 'fin1');
    walk.resolve({ legal: ['lawyer'] });
    walk.send('@send-back', 'lawyer', { statePath: 'legal', to: 'draft' });
    walk.send('RESUBMIT', 'staff', { amount: 1200 });
    expect(walk.last.state).toBe('legal');
    expect(walk.last.context.amount).toBe(1200);
    walk.expectReproducible();
  });
});

describe('撤回 withdraw and 催办 urge', () => {
  it('the starter withdraws before any approver acted, not after', () => {
    const early = inReview('all');
    expect(codeOf(() => early.send('@withdraw', 'fin1'))).toBe('not-starter');
    expect(early.send('@withdraw', 'staff', { reason: '不需要了' }).state).toBe('withdrawn');

    const late = inReview('all');
    late.send('APPROVE', 'fin1');
    expect(codeOf(() => late.send('@withdraw', 'staff'))).toBe('already-acted');
    late.expectReproducible();
  });

  it('withdraw "always" is allowed after an approver acted', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'all' }, { withdraw: { target: 'withdrawn', when: 'always' } }));
    walk.resolve({ review: ['fin1', 'fin2'] });
    walk.send('APPROVE', 'fin1');
    expect(walk.send('@withdraw', 'staff').state).toBe('withdrawn');
  });

  it('urging notifies whoever holds a pending slot, at most once per interval', () => {
    const walk = inReview('all', ['fin1', 'fin2']);
    walk.send('APPROVE', 'fin1');
    const urged = walk.send('@urge', 'staff');
    expect(urged.effects).toEqual([
      expect.objectContaining({ kind: 'notify', to: 'user:fin2', data: { statePath: 'review', slot: '1.2' } }),
    ]);
    expect(codeOf(() => walk.send('@urge', 'staff', {}, 10))).toBe('urge-too-soon');
    expect(walk.send('@urge', 'staff', {}, 30).effects).toHaveLength(1);
    expect(codeOf(() => walk.send('@urge', 'fin2', {}, 60))).toBe('not-starter');
    walk.expectReproducible();
  });

  it('抄送: per step from @approvers, and ad hoc by an approver', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'any' }));
    const opened = walk.resolve({ review: ['fin1'] }, { review: ['office'] });
    expect(opened.effects).toContainEqual({ kind: 'cc', statePath: 'review', users: ['office'], by: 'system' });
    const copied = walk.send('@cc', 'fin1', { statePath: 'review', users: ['boss'], comment: '请知悉' });
    expect(copied.effects).toEqual([
      { kind: 'cc', statePath: 'review', users: ['boss'], by: 'fin1', comment: '请知悉' },
    ]);
    expect(copied.state).toBe('review');
  });

  it('approval event data is validated', () => {
    const walk = inReview('all');
    expect(codeOf(() => walk.send('@transfer', 'fin1', { statePath: 'review', slot: 'x', to: 'fin9' }))).toBe(
      'pattern',
    );
    expect(
      codeOf(() =>
        walk.send('@add-approvers', 'fin1', { statePath: 'review', slot: '1.1', users: [], position: 'before' }),
      ),
    ).toBe('minItems');
  });
});
