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

describe('approval modes', () => {
  it('waits for @approvers on entry, then opens one task per approver', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'any' }));
    expect(walk.last.effects).toEqual([{ kind: 'resolveApprovers', statePath: 'review' }]);
    expect(walk.approvals.states.review).toMatchObject({ round: 1, status: 'resolving' });
    walk.resolve({ review: ['fin1', 'fin2'] });
    expect(walk.openTasks()).toEqual(['review:fin1', 'review:fin2']);
    walk.expectReproducible();
  });

  it('或签: the first decision decides and the other task is cancelled', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'any' }));
    walk.resolve({ review: ['fin1', 'fin2'] });
    const decided = walk.send('APPROVE', 'fin2', { comment: '同意' });
    expect(decided.state).toBe('legal');
    expect(decided.effects.slice(0, 2)).toEqual([
      { kind: 'closeTask', statePath: 'review', slot: '1.2', status: 'done' },
      { kind: 'closeTask', statePath: 'review', status: 'cancelled' },
    ]);
    expect(walk.approvals.states.review.slots).toMatchObject([
      { user: 'fin1', status: 'pending' },
      { user: 'fin2', status: 'approved', by: 'fin2', comment: '同意' },
    ]);
    expect(walk.approvals.states.review.status).toBe('approved');
    walk.expectReproducible();
  });

  it('会签: every approver must approve; each decision is its own step', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'all' }));
    walk.resolve({ review: ['fin1', 'fin2', 'fin3'] });
    expect(walk.send('APPROVE', 'fin1').state).toBe('review');
    expect(walk.send('APPROVE', 'fin3').state).toBe('review');
    expect(walk.openTasks()).toEqual(['review:fin2']);
    expect(walk.send('APPROVE', 'fin2').state).toBe('legal');
    walk.expectReproducible();
  });

  it('会签: the first rejection rejects, unless every decision is collected first', () => {
    const first = new ApprovalWalk(approvalSpec({ mode: 'all' }));
    first.resolve({ review: ['fin1', 'fin2'] });
    expect(first.send('REJECT', 'fin1').state).toBe('rejected');

    const collect = new ApprovalWalk(approvalSpec({ mode: 'all', collectAll: true }));
    collect.resolve({ review: ['fin1', 'fin2', 'fin3'] });
    expect(collect.send('REJECT', 'fin1').state).toBe('review');
    expect(collect.send('APPROVE', 'fin2').state).toBe('review');
    expect(collect.send('APPROVE', 'fin3').state).toBe('rejected');
    collect.expectReproducible();
  });

  it('依次审批: one after another in resolution order', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'sequential' }));
    walk.resolve({ review: ['fin1', 'fin2', 'fin3'] });
    expect(walk.openTasks()).toEqual(['review:fin1']);
    expect(codeOf(() => walk.send('APPROVE', 'fin2'))).toBe('not-approver');
    walk.send('APPROVE', 'fin1');
    expect(walk.openTasks()).toEqual(['review:fin2']);
    walk.send('APPROVE', 'fin2');
    expect(walk.openTasks()).toEqual(['review:fin3']);
    expect(walk.send('APPROVE', 'fin3').state).toBe('legal');
    walk.expectReproducible();
  });

  it('票签: passes at the threshold and rejects once it can no longer be reached', () => {
    const pass = new ApprovalWalk(approvalSpec({ mode: 'vote', threshold: 2 / 3 }));
    pass.resolve({ review: ['a', 'b', 'c'] });
    expect(pass.send('APPROVE', 'a').state).toBe('review');
    expect(pass.send('REJECT', 'b').state).toBe('review');
    expect(pass.send('APPROVE', 'c').state).toBe('legal');

    const fail = new ApprovalWalk(approvalSpec({ mode: 'vote', threshold: 2 / 3 }));
    fail.resolve({ review: ['a', 'b', 'c'] });
    fail.send('REJECT', 'a');
    expect(fail.send('REJECT', 'b').state).toBe('rejected');

    const weighted = new ApprovalWalk(approvalSpec({ mode: 'vote', threshold: 0.5, weights: { boss: 3 } }));
    weighted.resolve({ review: ['boss', 'a', 'b'] });
    expect(weighted.send('APPROVE', 'boss').state).toBe('legal');
    weighted.expectReproducible();
  });

  it('refuses a decision from someone who holds no pending slot', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'all' }));
    walk.resolve({ review: ['fin1', 'fin2'] });
    walk.send('APPROVE', 'fin1');
    expect(codeOf(() => walk.send('APPROVE', 'fin1'))).toBe('not-approver');
    expect(codeOf(() => walk.send('APPROVE', 'mallory'))).toBe('not-approver');
  });

  it('refuses @approvers that do not name exactly the states waiting for them', () => {
    const walk = new ApprovalWalk(approvalSpec({}));
    expect(codeOf(() => walk.resolve({ legal: ['x'] }))).toBe('approvers-mismatch');
    walk.resolve({ review: ['fin1'] });
    expect(codeOf(() => walk.resolve({ review: ['fin1'] }))).toBe('approvers-mismatch');
  });
});

describe('same-person rules and empty resolutions', () => {
  it('approves automatically for the starter when the step says so', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'all', starterIsApprover: 'approve' }));
    walk.resolve({ review: ['staff', 'fin1'] });
    expect(walk.openTasks()).toEqual(['review:fin1']);
    expect(walk.approvals.states.review.slots[0]).toMatchObject({ user: 'staff', status: 'approved', auto: 'starter' });
    expect(walk.send('APPROVE', 'fin1').state).toBe('legal');
    walk.expectReproducible();
  });

  it('去重: someone who approved earlier is approved automatically, and the step can pass by itself', () => {
    const walk = new ApprovalWalk(approvalSpec({ mode: 'any' }));
    walk.resolve({ review: ['lawyer'] });
    walk.send('APPROVE', 'lawyer');
    expect(walk.last.effects).toContainEqual({ kind: 'resolveApprovers', statePath: 'legal' });
    const passed = walk.resolve({ legal: ['lawyer'] });
    expect(passed.state).toBe('approved');
    expect(walk.approvals.states.legal.slots[0]).toMatchObject({ auto: 'dedupe', by: 'system' });
    walk.expectReproducible();
  });

  it('nobody resolved: skip passes the step, fail stops the instance with an error naming the state', () => {
    const skip = new ApprovalWalk(approvalSpec({ onEmpty: 'skip' }));
    expect(skip.resolve({ review: [] }).state).toEqual('legal');

    const fail = new ApprovalWalk(approvalSpec({ onEmpty: 'fail' }));
    const failed = fail.resolve({ review: [] });
    expect(failed.status).toBe('failed');
    expect(failed.snapshot.error).toMatchObject({ code: 'no-approvers', statePath: 'review' });
    fail.expectReproducible();
  });
});
