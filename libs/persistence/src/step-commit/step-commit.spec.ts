import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task } from '@liucheng/contracts';
import type { InstanceRow } from '../instances/instance.rows';
import { UnstorableValueError } from '../sql';
import { EFFECT_FRAGMENTS } from './effect-fragments';
import type { EffectWrite } from './effect-write';
import { instanceLockSql, instancesLockSql } from './instance-lock.query';
import { stepCommitSql, type StepCommit } from './step-commit';

// Golden SQL: the exact statements are checked in, so any change to them is a visible diff.
// After an intended change, rewrite the fixtures with `UPDATE_GOLDEN=1 npx jest <this file>`.
const FIXTURES = join(__dirname, '__fixtures__');

function expectGolden(name: string, sql: string): void {
  const path = join(FIXTURES, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, `${sql}\n`);
  expect(`${sql}\n`).toBe(readFileSync(path, 'utf8'));
}

const AT = new Date('2026-03-02T10:00:00.000Z');

const instance: InstanceRow = {
  id: '00000000-0000-4000-8000-000000000001',
  definition_key: 'leave',
  definition_version: 3,
  status: 'running',
  state: { review: 'hr' },
  snapshot: { status: 'active', value: { review: 'hr' }, context: { days: 3, note: "it's C:\\tmp" } } as never,
  business_key: 'HR-7',
  started_by: 'staff',
  seq: 5,
  last_hash: 'hash-5',
  created_at: new Date('2026-03-01T09:00:00.000Z'),
  updated_at: AT,
};

const task = (id: string, fields: Partial<Task>): Task => ({
  id,
  instanceId: instance.id,
  definitionKey: 'leave',
  statePath: 'review.leader',
  title: { zh: '审批', en: 'Review' },
  candidateRoles: ['leader'],
  assignee: null,
  status: 'open',
  outcomes: ['APPROVE', 'REJECT'],
  formSchema: { type: 'object', properties: { comment: { type: 'string' } } },
  dueAt: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  completedAt: null,
  completedBy: null,
  outcome: null,
  ...fields,
});

/** One write of every kind, two of one kind to show the numbering. */
const effects: EffectWrite[] = [
  {
    kind: 'taskClosed',
    task: task('00000000-0000-4000-8000-0000000000a1', {
      status: 'done',
      completedAt: AT.toISOString(),
      completedBy: 'leader',
      outcome: 'APPROVE',
    }),
  },
  {
    kind: 'taskOpened',
    task: task('00000000-0000-4000-8000-0000000000a2', {
      statePath: 'review.hr',
      title: { zh: '人事审批', en: "HR's review" },
      candidateRoles: ['hr'],
      assignee: 'leader',
      outcomes: ['OK'],
      dueAt: '2026-03-05T10:00:00.000Z',
      createdAt: AT.toISOString(),
    }),
  },
  {
    kind: 'timerScheduled',
    timer: {
      timerId: 'xstate.after.P3D.leave.review.hr',
      eventType: 'xstate.after.P3D.leave.review.hr',
      statePath: 'review.hr',
      dueAt: '2026-03-05T10:00:00.000Z',
    },
  },
  { kind: 'timerCancelled', timerId: 'xstate.after.P1D.leave.review.leader' },
  { kind: 'timerFired', timerId: 'remind' },
  {
    kind: 'notification',
    notification: {
      to: 'starter',
      recipients: { kind: 'user', username: 'staff' },
      message: { zh: '已批准', en: 'Approved' },
      channels: [],
    },
  },
  {
    kind: 'notification',
    notification: {
      to: 'role:hr',
      recipients: { kind: 'role', role: 'hr' },
      message: { zh: '请审批', en: 'Please review' },
      data: { days: 3 },
      channels: ['webhook', 'email'],
    },
  },
  {
    kind: 'notification',
    notification: {
      to: 'starter.manager',
      recipients: { kind: 'managerOf', username: 'staff' },
      message: { zh: '已提交', en: 'Submitted' },
      channels: [],
    },
  },
  {
    kind: 'ccSent',
    cc: {
      definitionKey: 'leave',
      statePath: 'review.hr',
      recipients: ['finance', "o'brien"],
      sentBy: 'leader',
      comment: 'FYI, see the\nattached plan',
    },
  },
  { kind: 'attachmentBound', attachmentId: '00000000-0000-4000-8000-0000000000a1' },
];

const representative: StepCommit = {
  instance,
  inserted: false,
  history: { type: 'APPROVE', data: { comment: "ok, it's fine" }, actor: 'leader', prevHash: 'hash-4' },
  effects,
  answer: {
    username: 'leader',
    route: `POST /api/instances/${instance.id}/events`,
    key: 'key-1',
    status: 200,
    body: { id: instance.id, seq: 5 },
  },
};

describe('stepCommitSql', () => {
  it('writes an event step (history entry and row) by function, then every effect kind and the idempotency answer', () => {
    expectGolden('event-step.sql', stepCommitSql(representative));
  });

  it('writes an event step without effects or answer as the function call alone', () => {
    const sql = stepCommitSql({ ...representative, effects: [], answer: undefined });
    expect(sql).toMatch(/^SELECT liucheng_step_event\(/);
    expect(sql).not.toContain(';');
  });

  it("passes the definition key when the event must write the instance's search values", () => {
    const sql = stepCommitSql({ ...representative, effects: [], answer: undefined, searchKey: "o'key" });
    expect(sql).toMatch(/^SELECT liucheng_step_event\(/);
    expect(sql.endsWith(`, 'o''key')`)).toBe(true);
  });

  const started: StepCommit = {
    instance: { ...instance, seq: 1, last_hash: 'hash-1', created_at: AT, business_key: null },
    inserted: true,
    history: { type: '@start', data: { days: 3 }, actor: 'staff', prevHash: '0'.repeat(64) },
    effects: [effects[1], effects[5]],
    answer: { username: 'staff', route: 'POST /api/instances', key: 'key-2', status: 201, body: { id: instance.id } },
  };

  it('inserts a start (row and entry 1) and its tasks by function, then its other effects and the answer', () => {
    expectGolden('start-step.sql', stepCommitSql(started));
  });

  it('writes a start that opens only tasks as function calls alone', () => {
    const sql = stepCommitSql({ ...started, effects: [effects[1]], answer: undefined });
    expect(sql.split(';\n').map((statement) => statement.slice(0, 30))).toEqual([
      'SELECT liucheng_start_instance',
      "SELECT liucheng_open_task('000",
    ]);
  });

  it('names the input, not the snapshot that holds it too, for a NUL character in a start', () => {
    const bad = { days: 'a\u0000b' };
    const commit: StepCommit = {
      ...started,
      history: { ...started.history, data: bad },
      instance: { ...started.instance, snapshot: { ...instance.snapshot, context: bad } as never },
    };
    expect(() => stepCommitSql(commit)).toThrow(
      expect.objectContaining({ column: 'instance_events.data', pointer: '/days' }),
    );
  });

  it('names every CTE after its write, numbered per kind', () => {
    const names = [...stepCommitSql(representative).matchAll(/^(?:WITH )?([a-z_0-9]+) AS \($/gm)].map((m) => m[1]);
    expect(names).toEqual([
      'task_closed_0',
      'task_opened_0',
      'timer_scheduled_0',
      'timer_cancelled_0',
      'timer_fired_0',
      'notification_0',
      'notification_1',
      'notification_1_webhook',
      'notification_1_email',
      'notification_2',
      'cc_sent_0',
      'attachment_bound_0',
      'idempotency_answer',
    ]);
  });

  it('has one fragment builder per effect kind, each with its own CTE name', () => {
    const ctes = Object.values(EFFECT_FRAGMENTS).map((entry) => entry.cte);
    expect(new Set(ctes).size).toBe(ctes.length);
    expect(Object.keys(EFFECT_FRAGMENTS).sort()).toEqual([...new Set(effects.map((w) => w.kind))].sort());
  });

  it('inlines a newline or a quote in a value exactly as given (escaped, never re-indented)', () => {
    const opened = effects[1] as Extract<EffectWrite, { kind: 'taskOpened' }>;
    const sql = stepCommitSql({
      ...representative,
      effects: [{ kind: 'taskOpened', task: { ...opened.task, assignee: "line 1\n  line 2's" } }],
    });
    expect(sql).toContain(`'line 1\n  line 2''s'`);
  });

  it('refuses a NUL character in the event data before any SQL exists, naming the column and pointer', () => {
    const commit: StepCommit = {
      ...representative,
      history: { ...representative.history, data: { lines: [{ note: 'a\u0000b' }] } },
    };
    expect(() => stepCommitSql(commit)).toThrow(UnstorableValueError);
    expect(() => stepCommitSql(commit)).toThrow(
      expect.objectContaining({ column: 'instance_events.data', pointer: '/lines/0/note' }),
    );
  });

  it('copies to the active users among the named ones, with a NULL comment when none is given', () => {
    const sql = stepCommitSql({
      ...representative,
      effects: [
        {
          kind: 'ccSent',
          cc: { definitionKey: 'leave', statePath: 'review', recipients: ['legal'], sentBy: 'system' },
        },
      ],
    });
    expect(sql).toContain(`FROM users u WHERE u.active AND u.username = ANY(ARRAY['legal']::text[])`);
    expect(sql).toContain(`'review',\n    u.username, 'system', NULL, '2026-03-02T10:00:00.000Z'::timestamptz`);
  });

  it('refuses a NUL character in a cc comment or recipient, naming the column', () => {
    const cc = { definitionKey: 'leave', statePath: 'review', recipients: ['legal'], sentBy: 'leader' };
    const commit = (fields: Partial<typeof cc> & { comment?: string }): StepCommit => ({
      ...representative,
      effects: [{ kind: 'ccSent', cc: { ...cc, ...fields } }],
    });
    expect(() => stepCommitSql(commit({ comment: 'a\u0000b' }))).toThrow(
      expect.objectContaining({ column: 'cc_items.comment' }),
    );
    expect(() => stepCommitSql(commit({ recipients: ['legal', 'x\u0000'] }))).toThrow(
      expect.objectContaining({ column: 'cc_items.recipient', pointer: '/1' }),
    );
  });

  it('refuses a NUL character in the business key of a start', () => {
    const commit: StepCommit = {
      ...representative,
      inserted: true,
      instance: { ...instance, business_key: 'HR\u00007' },
    };
    expect(() => stepCommitSql(commit)).toThrow(expect.objectContaining({ column: 'instances.business_key' }));
  });
});

describe('instanceLockSql', () => {
  it('locks the instance and reads its open tasks and the actor token version in one function call', () => {
    expectGolden('instance-lock.sql', instanceLockSql(instance.id, "o'brien"));
  });

  it('asks no token version for the system actor', () => {
    expect(instanceLockSql(instance.id, null)).toMatch(/::uuid, NULL\)$/);
  });
});

describe('instancesLockSql', () => {
  // That it reads what liucheng_lock_instance reads: test/api/step-commit-writes.spec.ts.
  it('locks every id of the list in one statement', () => {
    const other = '00000000-0000-4000-8000-000000000002';
    expectGolden('instances-lock.sql', instancesLockSql([instance.id, other]));
  });
});
