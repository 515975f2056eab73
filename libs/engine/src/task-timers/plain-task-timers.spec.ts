import { ApprovalWalk } from '../__fixtures__/approval.fixture';
import type { JsonObject, WorkflowSpec } from '../definition/definition.types';
import { validateDefinition } from '../definition/validate-definition';
import { standardRegistry } from '../registry/standard-registry';
import { EventRejectedError } from '../runtime/engine.errors';
import type { Effect } from '../runtime/runtime.types';

const text = (zh: string, en: string) => ({ zh, en });
const HOUR = 60;
const DAY = 24 * HOUR;

/** `fill` is a plain task of the starter with reminders and a timeout; `review` sends it back. */
function plainSpec(fill: JsonObject = {}, meta: JsonObject = {}): WorkflowSpec {
  return {
    id: 'plain-timers',
    initial: 'fill',
    context: {},
    meta: {
      title: text('填报', 'Report'),
      events: {
        SUBMIT: { title: text('提交', 'Submit'), schema: { type: 'object', properties: { text: { type: 'string' } } } },
        EXPIRE: { title: text('过期', 'Expire') },
        RETURN: { title: text('退回', 'Return') },
        ACCEPT: { title: text('通过', 'Accept') },
      },
      ...meta,
    },
    states: {
      fill: {
        meta: {
          task: {
            title: text('填写报告', 'Write the report'),
            assignee: 'starter',
            outcomes: ['SUBMIT'],
            remind: { after: 'PT4H', repeat: { every: 'P1D', times: 2 } },
            timeout: { after: 'P3D', event: 'EXPIRE' },
            ...fill,
          },
        },
        on: { SUBMIT: 'review', EXPIRE: 'expired' },
      },
      review: {
        meta: { task: { title: text('审阅', 'Review'), candidateRoles: ['leader'], outcomes: ['ACCEPT', 'RETURN'] } },
        on: { ACCEPT: 'done', RETURN: 'fill' },
      },
      done: { type: 'final' },
      expired: { type: 'final' },
    },
  } as unknown as WorkflowSpec;
}

const timers = (effects: Effect[]) =>
  effects.flatMap((e) =>
    e.kind === 'scheduleTimer'
      ? [`schedule ${e.timerId} ${e.eventType} ${e.dueAt}`]
      : e.kind === 'cancelTimer'
        ? [`cancel ${e.timerId}`]
        : [],
  );

const reasonOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EventRejectedError) return e.errors[0]?.code ?? e.reason;
    throw e;
  }
  return undefined;
};

const codes = (spec: WorkflowSpec) =>
  validateDefinition(spec, standardRegistry).errors.map((p) => `${p.path} ${p.code}`);

describe('reminders and timeout of a plain task (催办 / 超时, not an approval step)', () => {
  // The walk's clock starts at 2026-03-02T01:00Z and moves a minute per event unless told.
  it('schedules every reminder and the timeout when the task opens; the timeout is its due time', () => {
    const walk = new ApprovalWalk(plainSpec());
    expect(timers(walk.last.effects)).toEqual([
      'schedule @remind.fill @remind.fill 2026-03-02T05:00:00.000Z',
      'schedule @remind.fill#2 @remind.fill 2026-03-03T05:00:00.000Z',
      'schedule @remind.fill#3 @remind.fill 2026-03-04T05:00:00.000Z',
      'schedule @timeout.fill @timeout.fill 2026-03-05T01:00:00.000Z',
    ]);
    expect(walk.last.effects).toContainEqual(
      expect.objectContaining({ kind: 'openTask', statePath: 'fill', dueAt: '2026-03-05T01:00:00.000Z' }),
    );
  });

  it('a reminder tells whoever holds the task and changes nothing else', () => {
    const walk = new ApprovalWalk(plainSpec());
    const before = walk.last;
    const reminded = walk.send('@remind.fill', 'system', {}, 4 * HOUR);
    expect(reminded.effects).toEqual([
      {
        kind: 'notify',
        to: 'task:fill',
        message: { zh: '提醒：「填写报告」等待您处理', en: 'Reminder: "Write the report" is waiting for you' },
        data: { statePath: 'fill' },
      },
    ]);
    expect([reminded.state, reminded.context]).toEqual([before.state, before.context]);
    walk.expectReproducible();
  });

  it('completing the task cancels its reminders and timeout; a stale reminder is not accepted', () => {
    const walk = new ApprovalWalk(plainSpec());
    const submitted = walk.send('SUBMIT', 'staff', { text: '周报' });
    expect(submitted.state).toBe('review');
    expect(timers(submitted.effects)).toEqual([
      'cancel @remind.fill',
      'cancel @remind.fill#2',
      'cancel @remind.fill#3',
      'cancel @timeout.fill',
    ]);
    expect(reasonOf(() => walk.send('@remind.fill', 'system'))).toBe('not-accepted');
    expect(reasonOf(() => walk.send('@timeout.fill', 'system'))).toBe('not-accepted');
  });

  it('on timeout the system takes the transition the definition names, and tells the starter', () => {
    const walk = new ApprovalWalk(plainSpec());
    const timedOut = walk.send('@timeout.fill', 'system', {}, 3 * DAY);
    expect(timedOut).toMatchObject({ state: 'expired', status: 'done' });
    expect(timedOut.effects).toContainEqual({ kind: 'closeTask', statePath: 'fill' });
    expect(timers(timedOut.effects)).toEqual([
      'cancel @remind.fill',
      'cancel @remind.fill#2',
      'cancel @remind.fill#3',
      'cancel @timeout.fill',
    ]);
    expect(timedOut.effects).toContainEqual(
      expect.objectContaining({ kind: 'notify', to: 'starter', data: { statePath: 'fill', timeout: 'EXPIRE' } }),
    );
    walk.expectReproducible();
  });

  it('a task sent back and reopened starts its reminders and timeout afresh', () => {
    const walk = new ApprovalWalk(plainSpec());
    walk.send('@remind.fill', 'system', {}, 4 * HOUR);
    walk.send('SUBMIT', 'staff', {}, 1);
    const reopened = walk.send('RETURN', 'leader', {}, DAY - 1);
    expect(reopened.state).toBe('fill');
    // Opened again at 2026-03-03T05:00Z: the round counts from there.
    expect(timers(reopened.effects)).toEqual([
      'schedule @remind.fill @remind.fill 2026-03-03T09:00:00.000Z',
      'schedule @remind.fill#2 @remind.fill 2026-03-04T09:00:00.000Z',
      'schedule @remind.fill#3 @remind.fill 2026-03-05T09:00:00.000Z',
      'schedule @timeout.fill @timeout.fill 2026-03-06T05:00:00.000Z',
    ]);
    expect(walk.send('@remind.fill', 'system', {}, 4 * HOUR).effects).toHaveLength(1);
    walk.expectReproducible();
  });

  it('counts a working-time delay of meta.delays in the definition’s calendar', () => {
    const spec = plainSpec(
      { remind: { after: 'oneWorkingDay' }, timeout: { after: 'twoWorkingDays', event: 'EXPIRE' } },
      { calendar: 'mon-fri', delays: { oneWorkingDay: { working: 'P1D' }, twoWorkingDays: { working: 'P2D' } } },
    );
    expect(codes(spec)).toEqual([]);
    // Monday 2 March 09:00 Beijing: the next working day ends Tuesday 17:00, the second Wednesday 17:00.
    expect(timers(new ApprovalWalk(spec).last.effects)).toEqual([
      'schedule @remind.fill @remind.fill 2026-03-03T09:00:00.000Z',
      'schedule @timeout.fill @timeout.fill 2026-03-04T09:00:00.000Z',
    ]);
  });

  describe('validation', () => {
    it('accepts a plain task with reminders and a timeout', () => {
      expect(codes(plainSpec())).toEqual([]);
    });

    it.each([
      [
        'a timeout event the state does not handle',
        { timeout: { after: 'P1D', event: 'ACCEPT' } },
        'timeout.event timeout-event',
      ],
      ['a timeout without its event', { timeout: { after: 'P1D' } }, 'timeout.event invalid-task-timer'],
      ['a reminder delay that is no duration', { remind: { after: 'soon' } }, 'remind.after invalid-remind'],
      [
        'a timeout delay that is no duration',
        { timeout: { after: 'later', event: 'EXPIRE' } },
        'timeout.after invalid-timeout',
      ],
      [
        'more than 20 reminders',
        { remind: { after: 'P1D', repeat: { every: 'P1D', times: 21 } } },
        'remind.repeat.times invalid-task-timer',
      ],
    ])('refuses %s, naming the field', (_label, fill, problem) => {
      expect(codes(plainSpec(fill))).toEqual([`states.fill.meta.task.${problem}`]);
    });

    it('refuses a timeout event whose form needs data the system cannot give', () => {
      const spec = plainSpec();
      spec.meta.events!.EXPIRE = {
        title: text('过期', 'Expire'),
        schema: { type: 'object', required: ['reason'], properties: { reason: { type: 'string' } } },
      };
      expect(codes(spec)).toEqual(['states.fill.meta.task.timeout.event timeout-event']);
    });

    it('sends an approval step’s timers to approval.remind / approval.timeout', () => {
      const spec = plainSpec();
      const review = spec.states.review.meta!.task!;
      Object.assign(review, {
        outcomes: ['APPROVE', 'REJECT'],
        approval: { approvers: [{ kind: 'role', role: 'leader' }] },
        remind: { after: 'P1D' },
      });
      spec.states.review.on = { APPROVE: 'done', REJECT: 'fill' };
      expect(codes(spec)).toContain('states.review.meta.task.remind invalid-task-timer');
    });
  });
});
