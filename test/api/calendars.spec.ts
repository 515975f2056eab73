// Working calendars over HTTP: reads for everyone signed in, admin edits, day listings across
// National Day and the year end, and a definition whose deadline moves with a company closure.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Beijing wall-clock time of an instant, `yyyy-MM-dd HH:mm`. */
const beijing = (at: Date | string) =>
  new Date(new Date(at).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const MON_FRI_WEEK = {
  mon: [{ start: '08:00', end: '17:00' }],
  tue: [{ start: '08:00', end: '17:00' }],
  wed: [{ start: '08:00', end: '17:00' }],
  thu: [{ start: '08:00', end: '17:00' }],
  fri: [{ start: '08:00', end: '17:00' }],
  sat: [],
  sun: [],
};

describe('working calendars over HTTP', () => {
  let t: TestApp;
  // Tuesday 29 September 2026, 10:00 Beijing time: National Day is two days away.
  const now = new Date('2026-09-29T02:00:00.000Z');
  beforeAll(async () => {
    t = await startTestApp({ clock: () => now });
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('lists the two shipped calendars to anyone signed in, with the years the holiday data covers', async () => {
    const list = await request(t.http)
      .get('/api/calendars')
      .set(await t.auth('staff'))
      .expect(200);
    const keys = list.body.items.map((c: { key: string }) => c.key);
    expect(keys).toEqual(expect.arrayContaining(['mon-fri', 'mon-sat']));
    const monSat = await request(t.http)
      .get('/api/calendars/mon-sat')
      .set(await t.auth('auditor'))
      .expect(200);
    expect(monSat.body).toMatchObject({
      key: 'mon-sat',
      timeZone: 'Asia/Shanghai',
      publicHolidays: 'cn-mainland',
      coveredYears: { from: 2004, to: 2026 },
      week: { sat: [{ start: '09:00', end: '17:00' }], sun: [] },
    });
    expect(Array.isArray(monSat.body.exceptions)).toBe(true);
    await request(t.http)
      .get('/api/calendars/nowhere')
      .set(await t.auth('staff'))
      .expect(404);
    await request(t.http).get('/api/calendars').expect(401);
  });

  it('lists the days around National Day 2026 and says 2027 is not covered yet', async () => {
    const staff = await t.auth('staff');
    const october = await request(t.http)
      .get('/api/calendars/mon-fri/days?from=2026-09-30&to=2026-10-10')
      .set(staff)
      .expect(200);
    expect(october.body.items.map((d: { date: string; kind: string }) => `${d.date.slice(5)} ${d.kind}`)).toEqual([
      '09-30 working',
      '10-01 holiday',
      '10-02 holiday',
      '10-03 holiday',
      '10-04 holiday',
      '10-05 holiday',
      '10-06 holiday',
      '10-07 holiday',
      '10-08 working',
      '10-09 working',
      '10-10 make-up',
    ]);
    expect(october.body.items[1].name).toEqual({ zh: '国庆节', en: 'National Day' });
    const yearEnd = await request(t.http)
      .get('/api/calendars/mon-fri/days?from=2026-12-31&to=2027-01-01')
      .set(staff)
      .expect(200);
    expect(yearEnd.body.items).toEqual([
      expect.objectContaining({ date: '2026-12-31', kind: 'working', working: true }),
      { date: '2027-01-01', kind: 'not-covered', working: null, periods: [] },
    ]);
    const tooLong = await request(t.http)
      .get('/api/calendars/mon-fri/days?from=2026-01-01&to=2027-01-02')
      .set(staff)
      .expect(400);
    expect(tooLong.body.details.errors).toEqual([
      expect.objectContaining({ path: '/to', code: 'calendar-invalid-range' }),
    ]);
    const badDate = await request(t.http)
      .get('/api/calendars/mon-fri/days?from=2026-02-30&to=2026-03-01')
      .set(staff)
      .expect(400);
    expect(badDate.body.details.errors).toEqual([
      expect.objectContaining({ path: '/from', code: 'calendar-invalid-date' }),
    ]);
  });

  it('lets only admins write, and names the weekday and period that is wrong', async () => {
    const key = uniqueKey('cal');
    const body = { name: { zh: '分公司', en: 'Branch' }, week: MON_FRI_WEEK, publicHolidays: 'cn-mainland' };
    await request(t.http)
      .put(`/api/calendars/${key}`)
      .set(await t.auth('staff'))
      .send(body)
      .expect(403);
    await request(t.http)
      .put(`/api/calendars/${key}`)
      .set(await t.auth('auditor'))
      .send(body)
      .expect(403);
    const admin = await t.auth('admin');
    const bad = await request(t.http)
      .put(`/api/calendars/${key}`)
      .set(admin)
      .send({ ...body, week: { ...MON_FRI_WEEK, mon: [{ start: '17:00', end: '08:00' }] } })
      .expect(400);
    expect(bad.body.details.errors).toEqual([
      expect.objectContaining({ path: '/week/mon/0', code: 'calendar-invalid-period' }),
    ]);
    const missing = await request(t.http)
      .put(`/api/calendars/${key}`)
      .set(admin)
      .send({ ...body, week: { mon: MON_FRI_WEEK.mon } })
      .expect(400);
    expect(missing.body.details.errors.map((e: { path: string }) => e.path)).toContain('/week/sun');
    await request(t.http)
      .put(`/api/calendars/${key}`)
      .set(admin)
      .send({ ...body, publicHolidays: 'us' })
      .expect(400);
    const created = await request(t.http).put(`/api/calendars/${key}`).set(admin).send(body).expect(200);
    expect(created.body).toMatchObject({ key, name: { zh: '分公司' }, updatedBy: 'admin', exceptions: [] });
    const renamed = await request(t.http)
      .put(`/api/calendars/${key}`)
      .set(admin)
      .send({ ...body, name: { zh: '县级分公司', en: 'County branch' } })
      .expect(200);
    expect(renamed.body.name).toEqual({ zh: '县级分公司', en: 'County branch' });
    await request(t.http).put('/api/calendars/Bad Key').set(admin).send(body).expect(400);
  });

  it('refuses to publish a definition naming a calendar that does not exist', async () => {
    const owner = await t.auth('owner');
    const definitionKey = uniqueKey('cal-unknown');
    const spec = {
      id: definitionKey,
      initial: 'open',
      meta: { title: { zh: '无日历', en: 'No calendar' }, calendar: `nowhere-${process.pid}` },
      states: { open: { after: { P1D: 'done' } }, done: { type: 'final' } },
    };
    await request(t.http).put(`/api/definitions/${definitionKey}/draft`).set(owner).send({ spec }).expect(200);
    const refused = await request(t.http).post(`/api/definitions/${definitionKey}/publish`).set(owner).expect(422);
    expect(refused.body.details.errors).toEqual([
      expect.objectContaining({
        path: 'meta.calendar',
        code: 'unknown-calendar',
        params: { calendar: `nowhere-${process.pid}` },
      }),
    ]);
  });

  it('adds and removes closures and extra days; a definition counting in the calendar sees them', async () => {
    const admin = await t.auth('admin');
    const calendarKey = uniqueKey('cal');
    await request(t.http)
      .put(`/api/calendars/${calendarKey}`)
      .set(admin)
      .send({ name: { zh: '测试', en: 'Test' }, week: MON_FRI_WEEK, publicHolidays: 'cn-mainland' })
      .expect(200);
    const reversed = await request(t.http)
      .post(`/api/calendars/${calendarKey}/exceptions`)
      .set(admin)
      .send({ kind: 'closure', from: '2026-10-09', to: '2026-10-08', reason: '搬迁' })
      .expect(400);
    expect(reversed.body.details.errors).toEqual([
      expect.objectContaining({ path: '/to', code: 'calendar-invalid-range' }),
    ]);
    await request(t.http)
      .post(`/api/calendars/${calendarKey}/exceptions`)
      .set(await t.auth('leader'))
      .send({ kind: 'closure', from: '2026-10-08', to: '2026-10-09', reason: '搬迁' })
      .expect(403);
    const closure = await request(t.http)
      .post(`/api/calendars/${calendarKey}/exceptions`)
      .set(admin)
      .send({ kind: 'closure', from: '2026-10-08', to: '2026-10-09', reason: '办公室搬迁' })
      .expect(201);
    expect(closure.body).toMatchObject({ kind: 'closure', from: '2026-10-08', to: '2026-10-09', createdBy: 'admin' });
    const extra = await request(t.http)
      .post(`/api/calendars/${calendarKey}/exceptions`)
      .set(admin)
      .send({ kind: 'extra', from: '2026-10-11', reason: '盘点' })
      .expect(201);
    const days = await request(t.http)
      .get(`/api/calendars/${calendarKey}/days?from=2026-10-08&to=2026-10-11`)
      .set(await t.auth('staff'))
      .expect(200);
    expect(days.body.items.map((d: { kind: string }) => d.kind)).toEqual(['closure', 'closure', 'make-up', 'extra']);
    expect(days.body.items[0].reason).toBe('办公室搬迁');

    // A reply due 2 working days after a date in the context, counted in this calendar.
    const definitionKey = uniqueKey('cal-deadline');
    await publishSpec(t, definitionKey, {
      id: definitionKey,
      initial: 'open',
      meta: {
        title: { zh: '期限', en: 'Deadline' },
        calendar: calendarKey,
        delays: { reply: { working: 'P2D', from: 'context.receivedOn' } },
        input: { type: 'object', properties: { receivedOn: { type: 'string', format: 'date' } } },
        events: { DONE: { title: { zh: '完成', en: 'Done' } } },
      },
      states: {
        open: {
          meta: { task: { title: { zh: '回复', en: 'Reply' }, assignee: 'starter', outcomes: ['DONE'], due: 'reply' } },
          after: { reply: { target: 'late' } },
          on: { DONE: 'done' },
        },
        late: { on: { DONE: 'done' } },
        done: { type: 'final' },
      },
    });
    const staff = await t.auth('staff');
    const startOn = async () =>
      request(t.http)
        .post('/api/instances')
        .set(staff)
        .send({ definitionKey, input: { receivedOn: '2026-09-30' } })
        .expect(201);
    const timerDue = async (id: string) => {
      const [row] = await t.app
        .get(DataSource)
        .query(`SELECT due_at FROM timers WHERE instance_id = $1 AND status = 'scheduled'`, [id]);
      return beijing(row.due_at);
    };
    // 8–9 Oct closed: 10 Oct (调休) and 11 Oct (extra day).
    const closed = await startOn();
    expect(await timerDue(closed.body.id)).toBe('2026-10-11 17:00');
    expect(beijing(closed.body.tasks[0].dueAt)).toBe('2026-10-11 17:00');

    await request(t.http).delete(`/api/calendars/${calendarKey}/exceptions/${closure.body.id}`).set(admin).expect(204);
    await request(t.http).delete(`/api/calendars/${calendarKey}/exceptions/${closure.body.id}`).set(admin).expect(404);
    await request(t.http).delete(`/api/calendars/${calendarKey}/exceptions/${extra.body.id}`).set(admin).expect(204);
    // Without the closure: 8 and 9 October.
    const open = await startOn();
    expect(await timerDue(open.body.id)).toBe('2026-10-09 17:00');
    // The first instance keeps the due time it recorded, and its history still verifies.
    expect(await timerDue(closed.body.id)).toBe('2026-10-11 17:00');
    const verify = await request(t.http)
      .get(`/api/instances/${closed.body.id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toMatchObject({ ok: true });

    // A deadline in a year the holiday data does not cover is refused, saying so.
    const refused = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey, input: { receivedOn: '2026-12-30' } })
      .expect(409);
    expect(refused.body.details).toMatchObject({ reason: 'calendar-year-not-covered' });
    expect(refused.body.details.errors[0]).toMatchObject({ code: 'calendar-year-not-covered', params: { year: 2027 } });

    // The admin enters 2027's New Year holiday and declares the year: the deadline is counted
    // from the company's record (30 Dec → 31 Dec, 1 Jan closed → Mon 4 Jan), until the package has 2027.
    await request(t.http)
      .post(`/api/calendars/${calendarKey}/exceptions`)
      .set(admin)
      .send({ kind: 'closure', from: '2027-01-01', to: '2027-01-03', reason: '元旦' })
      .expect(201);
    const badYears = await request(t.http)
      .put(`/api/calendars/${calendarKey}`)
      .set(admin)
      .send({
        name: { zh: '测试', en: 'Test' },
        week: MON_FRI_WEEK,
        publicHolidays: 'cn-mainland',
        declaredYears: [1999],
      })
      .expect(400);
    expect(JSON.stringify(badYears.body)).toContain('declaredYears');
    const declared = await request(t.http)
      .put(`/api/calendars/${calendarKey}`)
      .set(admin)
      .send({
        name: { zh: '测试', en: 'Test' },
        week: MON_FRI_WEEK,
        publicHolidays: 'cn-mainland',
        declaredYears: [2027],
      })
      .expect(200);
    expect(declared.body).toMatchObject({ declaredYears: [2027], coveredYears: { to: 2027 } });
    // A PUT without the field keeps the declaration.
    const kept = await request(t.http)
      .put(`/api/calendars/${calendarKey}`)
      .set(admin)
      .send({ name: { zh: '测试日历', en: 'Test' }, week: MON_FRI_WEEK, publicHolidays: 'cn-mainland' })
      .expect(200);
    expect(kept.body.declaredYears).toEqual([2027]);
    const newYear = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey, input: { receivedOn: '2026-12-30' } })
      .expect(201);
    expect(await timerDue(newYear.body.id)).toBe('2027-01-04 17:00');
    const missing = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey, input: {} })
      .expect(422);
    expect(missing.body.details.errors[0]).toMatchObject({ path: '/input/receivedOn' });
  });
});
