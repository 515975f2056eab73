import type { Task } from '@liucheng/contracts';
import type { Effect } from '@liucheng/engine';
import { needsStarterManager, planEffects, resolveAssignee, type PlanInput } from './effect-plan';

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

function input(effects: Effect[], eventType = 'APPROVE', openBefore: Task[] = [openTask]): PlanInput {
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
    newId: () => `new-${++n}`,
  };
}

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
    expect(plan.closed).toEqual([
      { ...openTask, status: 'done', completedAt: AT, completedBy: 'leader', outcome: 'APPROVE' },
    ]);
    expect(plan.openAfter).toEqual([]);
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
    expect(plan.opened).toEqual([
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

  it('nets a cancel and a reschedule of one timer to the schedule', () => {
    const schedule: Effect = {
      kind: 'scheduleTimer',
      timerId: 'x',
      eventType: 'x',
      delayMs: 1000,
      dueAt: AT,
      statePath: 'review',
    };
    const plan = planEffects(input([{ kind: 'cancelTimer', timerId: 'x' }, schedule]));
    expect([...plan.timers]).toEqual([['x', { kind: 'schedule', effect: schedule }]]);
  });

  it('collects notifications in order', () => {
    const plan = planEffects(
      input([
        { kind: 'notify', to: 'starter', message: { zh: '一', en: 'one' } },
        { kind: 'notify', to: 'role:finance', message: { zh: '二', en: 'two' } },
      ]),
    );
    expect(plan.notifications.map((n) => n.to)).toEqual(['starter', 'role:finance']);
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
