import { ApprovalWalk, approvalSpec } from '../__fixtures__/approval.fixture';
import { sampleOrg } from '../__fixtures__/org-snapshot.fixture';
import { standardRegistry } from '../registry/standard-registry';
import { validateDefinition } from '../definition/validate-definition';
import { EventRejectedError } from '../runtime/engine.errors';
import type { Effect } from '../runtime/runtime.types';
import type { ApprovalSpec } from './approval.types';
import { escalationEventData } from './escalation-data';
import { compile } from '../compile/compile';
import { start } from '../runtime/start';
import { step } from '../runtime/step';

/** A Beijing wall-clock time. */
const sh = (local: string) => new Date(`${local}:00+08:00`);

const reasonOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EventRejectedError) return e.errors[0]?.code ?? e.reason;
    throw e;
  }
  return undefined;
};

const timers = (effects: Effect[]) =>
  effects.flatMap((e) =>
    e.kind === 'scheduleTimer'
      ? [`schedule ${e.timerId} ${e.dueAt}`]
      : e.kind === 'cancelTimer'
        ? [`cancel ${e.timerId}`]
        : [],
  );
const notices = (effects: Effect[]) => effects.flatMap((e) => (e.kind === 'notify' ? [e.to] : []));

function inReview(review: Partial<ApprovalSpec>, users = ['fin1', 'fin2']): ApprovalWalk {
  const walk = new ApprovalWalk(approvalSpec({ mode: 'all', ...review }));
  walk.resolve({ review: users });
  return walk;
}

describe('reminders (催办 by the engine)', () => {
  const remind = { after: 'P1D', repeat: { every: 'PT4H', times: 2 } };

  it('reminds the current approvers after the delay, repeats `times` more, then stops', () => {
    const walk = inReview({ remind });
    // The walk's clock: 2026-03-02T01:00Z; @approvers is recorded at the same minute.
    expect(timers(walk.last.effects)).toEqual(['schedule @remind.review 2026-03-03T01:00:00.000Z']);
    walk.send('APPROVE', 'fin1');
    const first = walk.send('@remind.review', 'system', {}, 60 * 24);
    // fin1 has decided: only fin2 is reminded.
    expect(notices(first.effects)).toEqual(['user:fin2']);
    expect(first.effects.find((e) => e.kind === 'notify')).toMatchObject({
      data: { statePath: 'review', reminder: 1 },
    });
    expect(timers(first.effects)).toEqual(['schedule @remind.review 2026-03-03T05:01:00.000Z']);
    const second = walk.send('@remind.review', 'system', {}, 240);
    expect(timers(second.effects)).toHaveLength(1);
    const third = walk.send('@remind.review', 'system', {}, 240);
    expect(notices(third.effects)).toEqual(['user:fin2']);
    expect(timers(third.effects)).toEqual([]);
    expect(walk.approvals.states.review).toMatchObject({ reminded: 3 });
    // A fourth firing (a stale timer) is not accepted: the worker retires it.
    expect(reasonOf(() => walk.send('@remind.review', 'system'))).toBe('not-accepted');
    walk.expectReproducible();
  });

  it('reminds whoever holds the slot now: a transfer moves the reminder with it', () => {
    const walk = inReview({ remind, mode: 'any' }, ['fin1']);
    walk.send('@transfer', 'fin1', { statePath: 'review', slot: '1.1', to: 'fin9' });
    expect(notices(walk.send('@remind.review', 'system', {}, 60 * 24).effects)).toEqual(['user:fin9']);
    walk.expectReproducible();
  });

  it('stops when the step is decided: leaving the state cancels the reminder and the timeout', () => {
    const walk = inReview({ remind, timeout: { after: 'P3D', action: 'approve' }, mode: 'any' });
    const decided = walk.send('APPROVE', 'fin1');
    expect(decided.state).toBe('legal');
    expect(timers(decided.effects)).toEqual(['cancel @remind.review', 'cancel @timeout.review']);
    expect(reasonOf(() => walk.send('@remind.review', 'system'))).toBe('not-accepted');
    expect(reasonOf(() => walk.send('@timeout.review', 'system'))).toBe('not-accepted');
  });

  it('survives a send-back and reopen: the reopened round reminds afresh, the sent-back one never again', () => {
    const walk = inReview({ remind });
    walk.send('@remind.review', 'system', {}, 60 * 24);
    const back = walk.send('@send-back', 'fin1', { statePath: 'review', slot: '1.1', to: 'draft' });
    expect(back.state).toBe('draft');
    expect(timers(back.effects)).toEqual(['cancel @remind.review']);
    // In the draft, the old round's timer firing late does nothing.
    expect(reasonOf(() => walk.send('@remind.review', 'system'))).toBe('not-accepted');
    walk.send('RESUBMIT', 'staff', { amount: 5 });
    const reopened = walk.resolve({ review: ['fin1', 'fin3'] });
    expect(timers(reopened.effects)).toEqual([`schedule @remind.review ${addDay(walk.entries.at(-1)!.at)}`]);
    expect(walk.approvals.states.review).toMatchObject({ round: 2, reminded: 0, status: 'open' });
    const again = walk.send('@remind.review', 'system', {}, 60 * 24);
    expect(notices(again.effects)).toEqual(['user:fin1', 'user:fin3']);
    expect(again.effects.find((e) => e.kind === 'notify')).toMatchObject({ data: { slot: '2.1', reminder: 1 } });
    walk.expectReproducible();
  });
});

const addDay = (iso: string) => new Date(new Date(iso).getTime() + 86_400_000).toISOString();

describe('timeouts (超时)', () => {
  it('approve: the step is approved by system, the open tasks close, the starter is told', () => {
    const walk = inReview({ timeout: { after: 'P3D', action: 'approve' } });
    // Tasks without a due of their own are due when the step times out.
    expect(walk.last.effects.filter((e) => e.kind === 'openTask').map((e) => (e as { dueAt?: string }).dueAt)).toEqual([
      '2026-03-05T01:00:00.000Z',
      '2026-03-05T01:00:00.000Z',
    ]);
    walk.send('APPROVE', 'fin1');
    const out = walk.send('@timeout.review', 'system', {}, 60 * 72);
    expect(out.state).toBe('legal');
    expect(walk.approvals.states.review.slots.map((s) => [s.user, s.status, s.auto ?? null])).toEqual([
      ['fin1', 'approved', null],
      ['fin2', 'approved', 'timeout'],
    ]);
    expect(notices(out.effects)).toContain('starter');
    expect(walk.openTasks()).toEqual([]);
    expect(out.effects).toContainEqual({ kind: 'resolveApprovers', statePath: 'legal' });
    walk.expectReproducible();
  });

  it('reject: the step is rejected', () => {
    const walk = inReview({ timeout: { after: 'PT8H', action: 'reject' } });
    expect(walk.send('@timeout.review', 'system', {}, 480).state).toBe('rejected');
    walk.expectReproducible();
  });

  it('sendBack: back to the named state, and the reopened round times out again', () => {
    const walk = inReview({ timeout: { after: 'P1D', action: 'sendBack', to: 'draft' } });
    expect(walk.send('@timeout.review', 'system', {}, 60 * 24).state).toBe('draft');
    expect(walk.openTasks()).toEqual(['draft:']);
    walk.send('RESUBMIT', 'staff', { amount: 1 });
    const reopened = walk.resolve({ review: ['fin1'] });
    expect(timers(reopened.effects)).toEqual([`schedule @timeout.review ${addDay(walk.entries.at(-1)!.at)}`]);
    walk.expectReproducible();
  });

  it('escalate: each pending slot passes to its holder’s manager, whose timeout starts again', () => {
    const walk = inReview({ timeout: { after: 'P1D', action: 'escalate' } }, ['fin-clerk']);
    const fired = walk.send('@timeout.review', 'system', {}, 60 * 24);
    expect(fired.effects).toEqual([
      { kind: 'escalate', statePath: 'review', slots: [{ slot: '1.1', user: 'fin-clerk' }] },
    ]);
    // The API looks the managers up and records them: fin-clerk → fin-head (head of finance).
    const data = escalationEventData(fired, sampleOrg())!;
    expect(data).toEqual({ statePath: 'review', slots: [{ slot: '1.1', to: 'fin-head' }] });
    const escalated = walk.send('@escalate', 'system', data, 0);
    expect(walk.openTasks()).toEqual(['review:fin-head']);
    expect(escalated.effects[0]).toMatchObject({ kind: 'closeTask', slot: '1.1', status: 'transferred' });
    expect(timers(escalated.effects)).toEqual([`schedule @timeout.review ${addDay(walk.entries.at(-1)!.at)}`]);
    expect(walk.approvals.states.review.slots[0]).toMatchObject({ user: 'fin-head', transferredFrom: ['fin-clerk'] });
    // Up again: fin-head → boss; then boss is the top, so the slot stays and the admins are told.
    walk.send(
      '@escalate',
      'system',
      escalationEventData(walk.send('@timeout.review', 'system', {}, 1440), sampleOrg())!,
      0,
    );
    expect(walk.openTasks()).toEqual(['review:boss']);
    const top = escalationEventData(walk.send('@timeout.review', 'system', {}, 1440), sampleOrg())!;
    expect(top).toEqual({ statePath: 'review', slots: [{ slot: '1.1', to: null }] });
    const stuck = walk.send('@escalate', 'system', top, 0);
    expect(notices(stuck.effects)).toEqual(['role:admin']);
    expect(timers(stuck.effects)).toEqual([]);
    expect(walk.send('APPROVE', 'boss').state).toBe('legal');
    walk.expectReproducible();
  });

  it('escalation skips a manager who already holds a place in the step', () => {
    const walk = inReview({ timeout: { after: 'P1D', action: 'escalate' } }, ['fin-clerk', 'fin-head']);
    const fired = walk.send('@timeout.review', 'system', {}, 60 * 24);
    expect(escalationEventData(fired, sampleOrg())).toEqual({
      statePath: 'review',
      slots: [
        { slot: '1.1', to: 'boss' },
        { slot: '1.2', to: null },
      ],
    });
  });
});

describe('task timers in working time (a delay named in meta.delays)', () => {
  const spec = approvalSpec(
    {
      remind: { after: 'reminder', repeat: { every: 'reminder', times: 1 } },
      timeout: { after: 'escalation', action: 'escalate' },
    },
    { delays: { reminder: { working: 'PT4H' }, escalation: { working: 'PT8H' } } },
  );

  it('validates, and counts working hours of the mon-fri calendar across National Day', () => {
    const result = validateDefinition(spec, standardRegistry);
    expect([...result.errors, ...result.warnings]).toEqual([]);
    const compiled = compile(spec, standardRegistry);
    // Wednesday 30 Sep 15:00: two working hours left that day, then 1–7 Oct are the holiday.
    const first = start(compiled, {}, sh('2026-09-30T15:00'), 'staff');
    const approvers = { states: { review: { approvers: [{ user: 'fin1' }] } } };
    const opened = step(
      compiled,
      first.snapshot,
      { type: '@approvers', data: approvers, actor: 'system' },
      sh('2026-09-30T15:00'),
    );
    expect(timers(opened.effects)).toEqual([
      `schedule @remind.review ${sh('2026-10-08T10:00').toISOString()}`,
      `schedule @timeout.review ${sh('2026-10-08T14:00').toISOString()}`,
    ]);
    const reminded = step(
      compiled,
      opened.snapshot,
      { type: '@remind.review', actor: 'system' },
      sh('2026-10-08T10:00'),
    );
    expect(timers(reminded.effects)).toEqual([`schedule @remind.review ${sh('2026-10-08T14:00').toISOString()}`]);
  });

  it('names an unknown delay as a bad setting', () => {
    const bad = approvalSpec({ remind: { after: 'nowhere' } }, { delays: { reminder: { working: 'PT4H' } } });
    const result = validateDefinition(bad, standardRegistry);
    expect(result.errors.map((p) => `${p.code} ${p.path}`)).toEqual([
      'invalid-remind states.review.meta.task.approval.remind.after',
    ]);
  });
});

describe('validation of remind and timeout', () => {
  const problems = (review: Partial<ApprovalSpec>) => {
    const result = validateDefinition(approvalSpec(review), standardRegistry);
    return [...result.errors, ...result.warnings].map((p) => `${p.code} ${p.path}`);
  };
  const at = 'states.review.meta.task.approval';

  it('accepts good settings', () => {
    expect(
      problems({
        remind: { after: 'PT4H', repeat: { every: 'P1D', times: 3 } },
        timeout: { after: 'P3D', action: 'sendBack' },
      }),
    ).toEqual([]);
  });

  it('names each bad setting by path with a stable code', () => {
    expect(problems({ remind: { after: 'tomorrow', repeat: { every: '3 days', times: 1 } } })).toEqual([
      `invalid-remind ${at}.remind.after`,
      `invalid-remind ${at}.remind.repeat.every`,
    ]);
    expect(problems({ timeout: { after: 'P3D', action: 'sendBack', to: 'legal' } })).toEqual([
      `timeout-send-back-target ${at}.timeout.to`,
    ]);
    expect(problems({ sendBackTo: [], timeout: { after: 'P3D', action: 'sendBack' } })).toEqual([
      `timeout-send-back-target ${at}.timeout`,
    ]);
    expect(problems({ timeout: { after: 'P3D', action: 'approve', to: 'draft' } })).toEqual([
      `invalid-timeout ${at}.timeout.to`,
    ]);
    expect(problems({ timeout: { after: 'P3D', action: 'skip' as never } })).toEqual([
      `invalid-approval ${at}.timeout.action`,
    ]);
    expect(problems({ remind: { after: 'P1D', repeat: { every: 'P1D', times: 0 } } })).toEqual([
      `invalid-approval ${at}.remind.repeat.times`,
    ]);
  });
});
