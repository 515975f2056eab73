// Scheduled starts through the real worker path on two app instances sharing one database, with
// a clock the test moves: one occurrence starts once per person, a restart catches up a missed
// occurrence once, a paused schedule starts nothing, run now starts one occurrence immediately.
import { isWorkday } from 'chinese-days';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ScheduleRunnerService } from '../../apps/api/src/schedules/schedule-runner.service';
import { mutableClock } from './support/notify-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

function scheduledSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'writing',
    meta: {
      title: { zh: '定时周报', en: 'Scheduled weekly report' },
      starterRoles: ['staff'],
      input: {
        type: 'object',
        required: ['weekEnding'],
        properties: { weekEnding: { type: 'string', format: 'date' } },
      },
      events: { SUBMIT: { title: { zh: '上交', en: 'Hand in' } } },
      schedules: [
        {
          key: 'weekly',
          title: { zh: '每周最后一个工作日', en: 'Last working day of the week' },
          rule: { kind: 'last-working-day-of-week', at: '17:00' },
          people: { kind: 'users', users: ['staff', 'staff2'] },
          input: { weekEnding: '{date}' },
        },
      ],
    },
    states: {
      writing: {
        meta: {
          title: { zh: '填写', en: 'Writing' },
          task: { title: { zh: '写周报', en: 'Write it' }, assignee: 'starter', outcomes: ['SUBMIT'] },
        },
        on: { SUBMIT: 'done' },
      },
      done: { type: 'final', meta: { title: { zh: '已交', en: 'Handed in' } } },
    },
  };
}

/** Beijing wall-clock time. */
const bj = (local: string) => new Date(`${local}+08:00`).getTime();

describe('scheduled starts', () => {
  const key = uniqueKey('sched');
  const time = mutableClock(new Date(bj('2026-09-28T08:00:00')));
  let a: TestApp;
  let b: TestApp;
  let db: DataSource;
  const look = (t: TestApp) => t.app.get(ScheduleRunnerService).runDue(key);
  const instances = async () =>
    (await db.query(
      `SELECT i.id, i.started_by, e.actor, e.data FROM instances i
         JOIN instance_events e ON e.instance_id = i.id AND e.seq = 1
         WHERE i.definition_key = $1 ORDER BY e.data->>'weekEnding', i.started_by`,
      [key],
    )) as { id: string; started_by: string; actor: string; data: { weekEnding: string } }[];
  const moveTo = (local: string) => time.advance(bj(local) - time.clock().getTime());

  beforeAll(async () => {
    a = await startTestApp({ clock: time.clock });
    b = await startTestApp({ clock: time.clock, workflowsDir: false });
    db = a.app.get(DataSource);
    await publishSpec(a, key, scheduledSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('lists the schedule with its next occurrences in working time (National Day 2026)', async () => {
    expect(await look(a)).toEqual({ claimed: 0, started: 0, failed: 0 });
    const res = await request(a.http)
      .get(`/api/schedules/${key}`)
      .set(await a.auth('staff'))
      .expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ definitionKey: key, key: 'weekly', paused: false });
    // Wed 30 Sep (1–7 Oct are holidays), Sat 10 Oct (a 调休 working day), then Fridays.
    expect(res.body.items[0].next.slice(0, 3)).toEqual([
      '2026-09-30T09:00:00.000Z',
      '2026-10-10T09:00:00.000Z',
      '2026-10-16T09:00:00.000Z',
    ]);
  });

  it('starts one occurrence once per person when two app instances look at once', async () => {
    moveTo('2026-09-30T17:00:05');
    const looks = await Promise.all([look(a), look(b), look(a), look(b)]);
    expect(looks.reduce((n, l) => n + l.started, 0)).toBe(2);
    expect(looks.reduce((n, l) => n + l.claimed, 0)).toBe(2);
    const started = await instances();
    expect(started.map((i) => [i.started_by, i.actor, i.data.weekEnding])).toEqual([
      ['staff', 'system', '2026-09-30'],
      ['staff2', 'system', '2026-09-30'],
    ]);
    expect(await look(b)).toEqual({ claimed: 0, started: 0, failed: 0 });

    // The history shows the system as the actor; the task is the person's own.
    const staff = await a.auth('staff');
    const mine = started.find((i) => i.started_by === 'staff')!;
    const history = await request(a.http).get(`/api/instances/${mine.id}/history`).set(staff).expect(200);
    expect(history.body.items[0]).toMatchObject({ type: '@start', actor: 'system' });
    const inbox = await request(a.http).get('/api/tasks?scope=mine&status=open').set(staff).expect(200);
    expect(inbox.body.items.map((t: { instanceId: string }) => t.instanceId)).toContain(mine.id);
  });

  it('catches up an occurrence missed while no process ran, once, with its occurrence time', async () => {
    await b.close();
    moveTo('2026-10-12T09:00:00'); // Sat 10 Oct 17:00 passed with nobody looking
    b = await startTestApp({ clock: time.clock, workflowsDir: false });
    expect((await Promise.all([look(a), look(b)])).reduce((n, l) => n + l.started, 0)).toBe(2);
    expect((await instances()).map((i) => `${i.started_by} ${i.data.weekEnding}`)).toEqual([
      'staff 2026-09-30',
      'staff2 2026-09-30',
      'staff 2026-10-10',
      'staff2 2026-10-10',
    ]);
    const runs = await request(a.http)
      .get(`/api/schedules/${key}/weekly/runs`)
      .set(await a.auth('auditor'))
      .expect(200);
    expect(runs.body.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        person: 'staff',
        occurrenceAt: '2026-10-10T09:00:00.000Z',
        status: 'started',
        trigger: 'schedule',
      }),
      expect.objectContaining({ person: 'staff2', occurrenceAt: '2026-10-10T09:00:00.000Z', status: 'started' }),
    ]);
    expect(await look(a)).toEqual({ claimed: 0, started: 0, failed: 0 });
  });

  it('starts nothing while paused and skips the paused occurrences on resume', async () => {
    const owner = await a.auth('owner');
    await request(a.http)
      .post(`/api/schedules/${key}/weekly/pause`)
      .set(await a.auth('staff'))
      .expect(403);
    await request(a.http).post(`/api/schedules/${key}/nope/pause`).set(owner).expect(404);
    const paused = await request(b.http).post(`/api/schedules/${key}/weekly/pause`).set(owner).expect(200);
    expect(paused.body).toMatchObject({ paused: true, pausedBy: 'owner', next: [] });

    moveTo('2026-10-19T09:00:00'); // Fri 16 Oct 17:00 passed while paused
    expect(await look(a)).toEqual({ claimed: 0, started: 0, failed: 0 });
    const resumed = await request(a.http).post(`/api/schedules/${key}/weekly/resume`).set(owner).expect(200);
    expect(resumed.body).toMatchObject({ paused: false, pausedAt: null });
    expect(resumed.body.next[0]).toBe('2026-10-23T09:00:00.000Z');
    expect(await look(b)).toEqual({ claimed: 0, started: 0, failed: 0 });
    expect(await instances()).toHaveLength(4);
  });

  it('does not start for someone deactivated after the claim', async () => {
    const admin = await a.auth('admin');
    const leaver = `leaver-${process.pid}-${Date.now().toString(36)}`;
    await request(a.http)
      .post('/api/users')
      .set(admin)
      .send({ username: leaver, displayName: '离职员工', password: 'leaver-pass-1', roles: ['staff'] })
      .expect(201);
    // Claimed while active (as a look would), then the account is closed before the run starts.
    const [definition] = await db.query(`SELECT version FROM definition_versions WHERE key = $1`, [key]);
    await db.query(
      `INSERT INTO schedule_runs (id, definition_key, definition_version, schedule_key, occurrence_at, person, trigger,
         status, created_at) VALUES (gen_random_uuid(), $1, $2, 'weekly', $3, $4, 'schedule', 'pending', $3)`,
      [key, definition.version, time.clock().toISOString(), leaver],
    );
    await request(a.http).patch(`/api/users/${leaver}`).set(admin).send({ active: false }).expect(200);
    expect(await a.app.get(ScheduleRunnerService).startPending()).toEqual({ started: 0, failed: 1 });
    const runs = await request(a.http).get(`/api/schedules/${key}/weekly/runs`).set(admin).expect(200);
    expect(runs.body.items.find((r: { person: string }) => r.person === leaver)).toMatchObject({
      status: 'failed',
      instanceId: null,
      error: { code: 'inactive-user' },
    });
    time.advance(1000);
  });

  it('runs one occurrence now for everyone (owner, admin), recorded as manual', async () => {
    await request(a.http)
      .post(`/api/schedules/${key}/weekly/run`)
      .set(await a.auth('staff'))
      .expect(403);
    const res = await request(a.http)
      .post(`/api/schedules/${key}/weekly/run`)
      .set(await a.auth('admin'))
      .expect(200);
    expect(res.body.occurrenceAt).toBe(time.clock().toISOString());
    expect(
      res.body.items.map((r: { person: string; status: string; trigger: string; runBy: string }) => [
        r.person,
        r.status,
        r.trigger,
        r.runBy,
      ]),
    ).toEqual([
      ['staff', 'started', 'manual', 'admin'],
      ['staff2', 'started', 'manual', 'admin'],
    ]);
    expect(await instances()).toHaveLength(6);
  });
});

describe('a scheduled start the definition refuses', () => {
  const key = uniqueKey('sched-refused');
  const time = mutableClock(new Date(bj('2026-12-31T12:00:00')));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock: time.clock, workflowsDir: false });
    const spec = scheduledSpec(key);
    const meta = spec.meta as { input: { properties: Record<string, unknown> }; schedules: Record<string, unknown>[] };
    // The draft check tries the input on a December 2026 occurrence; a 2027 one does not fit.
    meta.input.properties.weekEnding = { type: 'string', pattern: '^2026-' };
    meta.schedules[0].rule = { kind: 'cron', cron: '0 9 1 1 *' };
    await publishSpec(t, key, spec);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  it('is recorded as failed with the reason, once, and is not retried', async () => {
    const runner = t.app.get(ScheduleRunnerService);
    expect(await runner.runDue(key)).toEqual({ claimed: 0, started: 0, failed: 0 });
    time.advance(bj('2027-01-01T09:00:00') - time.clock().getTime());
    expect(await runner.runDue(key)).toEqual({ claimed: 2, started: 0, failed: 2 });
    expect(await runner.runDue(key)).toEqual({ claimed: 0, started: 0, failed: 0 });
    const runs = await request(t.http)
      .get(`/api/schedules/${key}/weekly/runs`)
      .set(await t.auth('owner'))
      .expect(200);
    expect(runs.body.items).toEqual([
      expect.objectContaining({
        person: 'staff',
        status: 'failed',
        instanceId: null,
        error: expect.objectContaining({ code: 'invalid-data' }),
      }),
      expect.objectContaining({ person: 'staff2', status: 'failed', instanceId: null }),
    ]);
    expect(runs.body.items[0].error.message).toContain('/weekEnding');
    const [{ count }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS count FROM instances WHERE definition_key = $1`, [key]);
    expect(count).toBe(0);
  });
});

describe('a working calendar that does not know the coming weeks yet', () => {
  const key = uniqueKey('sched-coverage');
  const time = mutableClock(new Date(bj('2026-09-28T08:00:00')));
  const calendar = (coveredUntil: string) => ({ isWorkingDay: (ymd: string) => isWorkday(ymd), coveredUntil });
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      clock: time.clock,
      workflowsDir: false,
      schedules: { enabled: false, calendar: calendar('2026-10-04') },
    });
    await publishSpec(t, key, scheduledSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  it('starts nothing past its coverage, and catches up once the calendar is updated', async () => {
    expect(await t.app.get(ScheduleRunnerService).runDue(key)).toMatchObject({ claimed: 0 });
    const listed = await request(t.http)
      .get(`/api/schedules/${key}`)
      .set(await t.auth('staff'))
      .expect(200);
    expect(listed.body.items[0]).toMatchObject({
      next: ['2026-09-30T09:00:00.000Z'],
      calendarCoveredUntil: '2026-10-04',
    });

    time.advance(bj('2026-10-12T09:00:00') - time.clock().getTime());
    expect(await t.app.get(ScheduleRunnerService).runDue(key)).toEqual({ claimed: 2, started: 2, failed: 0 });
    // The holidays after 4 Oct are published: the Saturday 10 Oct occurrence is caught up, once.
    await t.close();
    t = await startTestApp({
      clock: time.clock,
      workflowsDir: false,
      schedules: { enabled: false, calendar: calendar('2026-12-31') },
    });
    expect(await t.app.get(ScheduleRunnerService).runDue(key)).toEqual({ claimed: 2, started: 2, failed: 0 });
    expect(await t.app.get(ScheduleRunnerService).runDue(key)).toEqual({ claimed: 0, started: 0, failed: 0 });
    const runs = await request(t.http)
      .get(`/api/schedules/${key}/weekly/runs`)
      .set(await t.auth('owner'))
      .expect(200);
    expect([...new Set(runs.body.items.map((r: { occurrenceAt: string }) => r.occurrenceAt))]).toEqual([
      '2026-10-10T09:00:00.000Z',
      '2026-09-30T09:00:00.000Z',
    ]);
  });
});

describe('schedules on a working calendar an admin edits', () => {
  const key = uniqueKey('sched-calendar');
  const calendarKey = uniqueKey('sched-cal');
  const time = mutableClock(new Date(bj('2026-09-28T08:00:00')));
  let t: TestApp;
  const day = [{ start: '08:00', end: '17:00' }];

  beforeAll(async () => {
    t = await startTestApp({ clock: time.clock, workflowsDir: false });
    await request(t.http)
      .put(`/api/calendars/${calendarKey}`)
      .set(await t.auth('admin'))
      .send({
        name: { zh: '定时测试日历', en: 'Schedule test calendar' },
        week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
        publicHolidays: 'cn-mainland',
      })
      .expect(200);
    const spec = scheduledSpec(key);
    (spec.meta as Record<string, unknown>).calendar = calendarKey;
    await publishSpec(t, key, spec);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
  });

  it("moves the next occurrence with a company closure on the definition's calendar", async () => {
    expect(await t.app.get(ScheduleRunnerService).runDue(key)).toMatchObject({ claimed: 0 }); // first seen now
    const staff = await t.auth('staff');
    const next = async () =>
      (await request(t.http).get(`/api/schedules/${key}`).set(staff).expect(200)).body.items[0].next.slice(0, 2);
    expect(await next()).toEqual(['2026-09-30T09:00:00.000Z', '2026-10-10T09:00:00.000Z']);
    await request(t.http)
      .post(`/api/calendars/${calendarKey}/exceptions`)
      .set(await t.auth('admin'))
      .send({ kind: 'closure', from: '2026-09-30', reason: '办公室搬迁' })
      .expect(201);
    // Wednesday 30 Sep closed: that week's last working day is Tuesday 29 Sep.
    expect(await next()).toEqual(['2026-09-29T09:00:00.000Z', '2026-10-10T09:00:00.000Z']);
    time.advance(bj('2026-09-29T17:00:00') - time.clock().getTime());
    expect(await t.app.get(ScheduleRunnerService).runDue(key)).toMatchObject({ claimed: 2, started: 2 });
  });
});
