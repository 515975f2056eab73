import type { Task } from '@liucheng/contracts';
import type { Effect } from '@liucheng/engine';
import {
  needsStarterManager,
  planEffects,
  resolveAssignee,
  resolveNotifyRecipients,
  type PlanInput,
} from './effect-plan';

const AT = '2026-03-01T09:00:00.000Z';
const openTask: Task = {
  id: 't-1',
  instanceId: 'i-1',
  definitionKey: 'leave',
  statePath: 'review',
  title: { zh: '审批', en: 'Review' },
  candidateRoles: ['leader'],
  assignee: null,
  status: 'open',
  outcomes: ['APPROVE', 'REJECT'],
  formSchema: {},
  dueAt: null,
  createdAt: '2026-02-28T09:00:00.000Z',
  completedAt: null,
  completedBy: null,
  outcome: null,
};

function input(
  effects: Effect[],
  eventType = 'APPROVE',
  openBefore: Task[] = [openTask],
  firedTimerId: string | null = null,
  channels: PlanInput['channels'] = [],
): PlanInput {
  let n = 0;
  return {
    instanceId: 'i-1',
    definitionKey: 'leave',
    openBefore,
    effects,
    eventType,
    actor: 'leader',
    at: AT,
    startedBy: 'staff',
    context: { reviewer: { name: 'finance' }, empty: '' },
    starterManager: 'leader',
    firedTimerId,
    channels,
    newId: () => `new-${++n}`,
  };
}

describe('resolveNotifyRecipients', () => {
  it.each([
    ['starter', { kind: 'user', username: 'staff' }],
    ['starter.manager', { kind: 'managerOf', username: 'staff' }],
    ['user:finance', { kind: 'user', username: 'finance' }],
    ['role:office', { kind: 'role', role: 'office' }],
    ['role:', null],
    ['user:a:b', null],
    ['group:office', null],
    ['finance', null],
  ])('resolves %s', (to, expected) => {
    expect(resolveNotifyRecipients(to, 'staff')).toEqual(expected);
  });
});

describe('resolveAssignee', () => {
  it.each([
    [undefined, null],
    ['starter', 'staff'],
    ['starter.manager', 'leader'],
    ['context.reviewer.name', 'finance'],
    ['context.missing.path', null],
    ['context.empty', null],
    ['someone', null],
  ])('resolves %s to %s', (expression, expected) => {
    expect(
      resolveAssignee(expression, {
        startedBy: 'staff',
        context: { reviewer: { name: 'finance' }, empty: '' },
        starterManager: 'leader',
      }),
    ).toBe(expected);
  });
});

describe('planEffects', () => {
  it('closes a task as done with the outcome when the event is one of its outcomes', () => {
    const plan = planEffects(input([{ kind: 'closeTask', statePath: 'review' }]));
    const done: Task = { ...openTask, status: 'done', completedAt: AT, completedBy: 'leader', outcome: 'APPROVE' };
    expect(plan.closed).toEqual([done]);
    expect(plan.openAfter).toEqual([]);
    expect(plan.writes).toEqual([{ kind: 'taskClosed', task: done }]);
  });

  it('cancels a task closed by an event that is not its outcome (e.g. a timer)', () => {
    const plan = planEffects(input([{ kind: 'closeTask', statePath: 'review' }], 'xstate.after.P3D.leave.review'));
    expect(plan.closed).toEqual([
      { ...openTask, status: 'cancelled', completedAt: AT, completedBy: null, outcome: null },
    ]);
  });

  it('opens a task with its assignee resolved and keeps the other open tasks', () => {
    const plan = planEffects(
      input([
        {
          kind: 'openTask',
          statePath: 'hr',
          task: { title: { zh: '人事', en: 'HR' }, assignee: 'starter.manager', outcomes: ['OK'] },
          formSchema: { type: 'object' },
          dueAt: '2026-03-04T09:00:00.000Z',
        },
      ]),
    );
    expect(plan.writes.map((w) => w.kind)).toEqual(['taskOpened']);
    expect(plan.writes.flatMap((w) => (w.kind === 'taskOpened' ? [w.task] : []))).toEqual([
      expect.objectContaining({
        id: 'new-1',
        statePath: 'hr',
        assignee: 'leader',
        candidateRoles: [],
        status: 'open',
        dueAt: '2026-03-04T09:00:00.000Z',
        createdAt: AT,
      }),
    ]);
    expect(plan.openAfter.map((t) => t.id)).toEqual(['t-1', 'new-1']);
  });

  it('inserts a task opened and closed by the same step once, already closed', () => {
    const plan = planEffects(
      input(
        [
          {
            kind: 'openTask',
            statePath: 'hr',
            task: { title: { zh: '人事', en: 'HR' }, outcomes: ['OK'] },
            formSchema: {},
          },
          { kind: 'closeTask', statePath: 'hr' },
        ],
        'OK',
        [],
      ),
    );
    expect(plan.closed).toEqual([]);
    expect(plan.openAfter).toEqual([]);
    expect(plan.writes).toEqual([
      { kind: 'taskOpened', task: expect.objectContaining({ id: 'new-1', status: 'done', outcome: 'OK' }) },
    ]);
  });

  const schedule = (timerId: string): Effect => ({
    kind: 'scheduleTimer',
    timerId,
    eventType: timerId,
    delayMs: 1000,
    dueAt: AT,
    statePath: 'review',
  });

  it('nets a cancel and a reschedule of one timer to the schedule', () => {
    const plan = planEffects(input([{ kind: 'cancelTimer', timerId: 'x' }, schedule('x')]));
    expect(plan.writes).toEqual([{ kind: 'timerScheduled', timer: schedule('x') }]);
  });

  it('cancels the other timers of a fired step and marks the fired one fired instead of cancelled', () => {
    const plan = planEffects(
      input(
        [
          { kind: 'cancelTimer', timerId: 'fired' },
          { kind: 'cancelTimer', timerId: 'other' },
        ],
        'fired',
        [],
        'fired',
      ),
    );
    expect(plan.writes).toEqual([
      { kind: 'timerCancelled', timerId: 'other' },
      { kind: 'timerFired', timerId: 'fired' },
    ]);
  });

  it('marks the fired timer fired even when the step does not mention it', () => {
    const plan = planEffects(input([], 'fired', [], 'fired'));
    expect(plan.writes).toEqual([{ kind: 'timerFired', timerId: 'fired' }]);
  });

  it('leaves a fired timer the step scheduled again as scheduled (not fired)', () => {
    const plan = planEffects(input([{ kind: 'cancelTimer', timerId: 'x' }, schedule('x')], 'x', [], 'x'));
    expect(plan.writes).toEqual([{ kind: 'timerScheduled', timer: schedule('x') }]);
  });

  it('resolves each notification to its recipients, keeps its target and asks for the configured channels', () => {
    const plan = planEffects(
      input(
        [
          { kind: 'notify', to: 'starter', message: { zh: '一', en: 'one' } },
          { kind: 'notify', to: 'role:finance', message: { zh: '二', en: 'two' }, data: { amount: 3 } },
        ],
        'APPROVE',
        [],
        null,
        ['webhook', 'email'],
      ),
    );
    expect(plan.writes).toEqual([
      {
        kind: 'notification',
        notification: {
          to: 'starter',
          recipients: { kind: 'user', username: 'staff' },
          message: { zh: '一', en: 'one' },
          channels: ['webhook', 'email'],
        },
      },
      {
        kind: 'notification',
        notification: {
          to: 'role:finance',
          recipients: { kind: 'role', role: 'finance' },
          message: { zh: '二', en: 'two' },
          data: { amount: 3 },
          channels: ['webhook', 'email'],
        },
      },
    ]);
  });

  it('resolves task:<path> to the holders of that state’s open tasks: the assignee, else the candidate roles', () => {
    const claimed = { ...openTask, id: 't-2', statePath: 'fill', assignee: 'staff', candidateRoles: ['staff'] };
    const unclaimed = { ...openTask, candidateRoles: ['leader', 'finance'] };
    const remind = (path: string): Effect => ({
      kind: 'notify',
      to: `task:${path}`,
      message: { zh: '提醒', en: 'Reminder' },
    });
    const recipients = (path: string) =>
      planEffects(input([remind(path)], '@remind.x', [unclaimed, claimed])).writes.map((w) =>
        w.kind === 'notification' ? w.notification.recipients : w.kind,
      );
    expect(recipients('review')).toEqual([
      { kind: 'role', role: 'leader' },
      { kind: 'role', role: 'finance' },
    ]);
    expect(recipients('fill')).toEqual([{ kind: 'user', username: 'staff' }]);
    expect(recipients('elsewhere')).toEqual([]);
  });

  it('drops a notification whose target is no form the engine produces', () => {
    const plan = planEffects(input([{ kind: 'notify', to: 'context.reviewer', message: { zh: '一', en: 'one' } }]));
    expect(plan.writes).toEqual([]);
  });

  it('collects notifications in order, after the task and timer writes', () => {
    const plan = planEffects(
      input([
        { kind: 'notify', to: 'starter', message: { zh: '一', en: 'one' } },
        { kind: 'closeTask', statePath: 'review' },
        { kind: 'notify', to: 'role:finance', message: { zh: '二', en: 'two' } },
        schedule('t'),
      ]),
    );
    expect(plan.writes.map((w) => (w.kind === 'notification' ? `notification:${w.notification.to}` : w.kind))).toEqual([
      'taskClosed',
      'timerScheduled',
      'notification:starter',
      'notification:role:finance',
    ]);
  });

  it.each([
    [
      [
        {
          kind: 'openTask',
          statePath: 'a',
          task: { title: { zh: 'a', en: 'a' }, assignee: 'starter.manager', outcomes: [] },
          formSchema: {},
        },
      ],
      true,
    ],
    [
      [
        {
          kind: 'openTask',
          statePath: 'a',
          task: { title: { zh: 'a', en: 'a' }, assignee: 'starter', outcomes: [] },
          formSchema: {},
        },
      ],
      false,
    ],
    [[{ kind: 'closeTask', statePath: 'a' }], false],
  ] as [Effect[], boolean][])('needsStarterManager(%j) is %s', (effects, expected) => {
    expect(needsStarterManager(effects)).toBe(expected);
  });
});
