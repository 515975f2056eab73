// The ledger of fines, points and penalties and the per-version analytics, over real instances of
// the shipped workflows (weekly-report, lead-report, business-loss-accountability) walked through
// the API with a clock the test moves. A person, a department and a unit of this run's own keep
// the totals exact although the database outlives the run.
import request from 'supertest';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { lateFineSpec } from './support/ledger-definitions';
import { leaveSpec } from './support/test-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const RUN = `${process.pid}-${Date.now().toString(36)}`;
const MARCH = '2026-03';

describe('ledger and analytics', () => {
  let t: TestApp;
  let now = new Date('2026-03-02T01:00:00.000Z');
  const at = (iso: string) => (now = new Date(iso));
  const person = `ledger-${RUN}`;
  const unitName = `台账测试单位-${RUN}`;
  let department: { id: string; name: { zh: string; en: string } };
  let auditor: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp({ clock: () => new Date(now) });
    await t.app.getHttpAdapter().getInstance().ready();
    const admin = await t.auth('admin');
    auditor = await t.auth('auditor');
    const name = { zh: `台账部-${RUN}`, en: `Ledger dept ${RUN}` };
    const created = await request(t.http)
      .post('/api/departments')
      .set(admin)
      .send({ code: `ledger-${RUN}`.toLowerCase().replace(/[^a-z0-9-]/g, '-'), name })
      .expect(201);
    department = { id: created.body.id, name };
    await request(t.http)
      .post('/api/users')
      .set(admin)
      .send({
        username: person,
        displayName: '台账员工',
        displayNameEn: 'Ledger staff',
        password: 'ledger-password',
        roles: ['staff'],
        manager: 'leader',
        departmentId: department.id,
      })
      .expect(201);
  }, SETUP_TIMEOUT);

  afterAll(() => t?.close());

  const as = async (username: string) =>
    username === person ? { Authorization: `Bearer ${await t.login(person, 'ledger-password')}` } : t.auth(username);

  async function start(username: string, definitionKey: string, input: Record<string, unknown>): Promise<string> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await as(username))
      .send({ definitionKey, input });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
    return res.body.id as string;
  }

  async function send(username: string, id: string, type: string, data: Record<string, unknown> = {}) {
    const res = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await as(username))
      .send({ type, data });
    expect({ type, status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
      type,
      status: 200,
      body: 'ok',
    });
    return res.body;
  }

  const ledger = async (query: string) =>
    (await request(t.http).get(`/api/audit/ledger?${query}`).set(auditor).expect(200)).body;

  describe('fines, points and penalties', () => {
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      // A weekly report left late: the deadline timer records the ¥20 fine at Friday 19:00 Shanghai.
      at('2026-03-02T01:00:00.000Z');
      ids.late = await start(person, 'weekly-report', { weekEnding: '2026-03-06' });
      at('2026-03-06T11:00:00.000Z');
      await t.app.get(TimersService).fire(ids.late, 'weekEnd');
      // One handed in on time: no fine.
      ids.onTime = await start(person, 'weekly-report', { weekEnding: '2026-03-13' });
      await send(person, ids.onTime, 'SUBMIT', {
        summary: '拜访客户',
        nextWeekPlan: '跟进合同',
        marketDynamics: '集采提前',
        competitorInfo: '竞品降价',
      });
      // Two credited leads in March (this run's unit and the person's department), one rejected, one in April.
      const lead = (unit: string) => ({ client: '某客户', description: '新项目', unit });
      at('2026-03-10T02:00:00.000Z');
      ids.lead1 = await start(person, 'lead-report', lead(unitName));
      await send('bizdev', ids.lead1, 'VERIFY', { isTrue: true, inTendering: false });
      ids.lead2 = await start(person, 'lead-report', lead(unitName));
      await send('bizdev', ids.lead2, 'VERIFY', { isTrue: true, inTendering: false });
      ids.lead3 = await start(person, 'lead-report', lead(department.name.zh));
      await send('bizdev', ids.lead3, 'VERIFY', { isTrue: true, inTendering: false });
      ids.rejected = await start(person, 'lead-report', lead(unitName));
      await send('bizdev', ids.rejected, 'VERIFY', { isTrue: false, inTendering: false });
      at('2026-03-31T16:30:00.000Z'); // 1 April 00:30 in Shanghai
      ids.april = await start(person, 'lead-report', lead(unitName));
      await send('bizdev', ids.april, 'VERIFY', { isTrue: true, inTendering: false });
      // Business loss: ¥2,000 on the unit, ¥500 on the person.
      at('2026-03-20T03:00:00.000Z');
      ids.loss = await start('bizdev', 'business-loss-accountability', {
        unit: department.name.zh,
        businessArea: '本地网',
        client: '某运营商',
        lostBusiness: '光缆维护派单',
        lostAmount: 360000,
        lostOn: '2026-03-01',
      });
      await send('project', ids.loss, 'SUBMIT_ANALYSIS', {
        cause: 'delivery',
        analysis: '工期延误',
        measures: '增派施工队',
      });
      await send('hq', ids.loss, 'HOLD_ACCOUNTABLE', {
        person,
        unitPenalty: 2000,
        personPenalty: 500,
        reason: '交付不力造成业务流失',
      });
    }, SETUP_TIMEOUT);

    it("lists the late report's ¥20 fine for its starter with display name, department and reason", async () => {
      const body = await ledger('from=2026-03-01&to=2026-03-31&kind=fine');
      const mine = body.entries.filter((e: { person: { username: string } | null }) => e.person?.username === person);
      expect(mine).toEqual([
        {
          kind: 'fine',
          amount: 20,
          person: { username: person, displayName: { zh: '台账员工', en: 'Ledger staff' } },
          department,
          at: '2026-03-06T11:00:00.000Z',
          month: MARCH,
          reason: expect.objectContaining({ zh: '未按规定上交周总结和下周计划（每次罚款20元）' }),
          instanceId: ids.late,
          definitionKey: 'weekly-report',
          definitionTitle: { zh: '周总结与下周计划', en: expect.any(String) },
          businessKey: null,
        },
      ]);
      expect(body.totals.find((x: { key: string }) => x.key === person)).toEqual({
        key: person,
        label: { zh: '台账员工', en: 'Ledger staff' },
        fine: 20,
        penalty: 0,
        points: 0,
        entries: 1,
      });
    });

    it('totals per person, per department and per month, every kind apart', async () => {
      const byPerson = await ledger('from=2026-03-01&to=2026-03-31&groupBy=person');
      expect(byPerson.totals.find((x: { key: string }) => x.key === person)).toMatchObject({
        fine: 20,
        penalty: 500,
        points: 3,
        entries: 5,
      });
      // The unit's own penalty belongs to no person.
      expect(byPerson.totals.find((x: { key: string }) => x.key === `none:${department.id}`)).toMatchObject({
        label: department.name,
        penalty: 2000,
        entries: 1,
      });
      const byDepartment = await ledger('from=2026-03-01&to=2026-03-31&groupBy=department');
      expect(byDepartment.totals.find((x: { key: string }) => x.key === department.id)).toEqual({
        key: department.id,
        label: department.name,
        fine: 20,
        penalty: 2500,
        points: 1,
        entries: 4,
      });
      expect(byDepartment.totals.find((x: { key: string }) => x.key === `unit:${unitName}`)).toMatchObject({
        points: 2,
        entries: 2,
      });
      const byMonth = await ledger('from=2026-03-01&to=2026-04-30&groupBy=month');
      const months = byMonth.totals.map((x: { key: string }) => x.key);
      expect(months).toEqual([...months].sort());
      for (const total of byMonth.totals) {
        const inMonth = byMonth.entries.filter((e: { month: string }) => e.month === total.key);
        expect(total.entries).toBe(inMonth.length);
      }
      const april = byMonth.entries.filter((e: { instanceId: string }) => e.instanceId === ids.april);
      expect(april).toMatchObject([{ kind: 'points', month: '2026-04', amount: 1 }]);
    });

    it('leaves out what falls outside the days asked and other kinds', async () => {
      const early = await ledger('from=2026-03-01&to=2026-03-05');
      expect(early.entries.filter((e: { instanceId: string }) => Object.values(ids).includes(e.instanceId))).toEqual(
        [],
      );
      const points = await ledger('from=2026-03-01&to=2026-03-31&kind=points');
      expect(new Set(points.entries.map((e: { kind: string }) => e.kind))).toEqual(new Set(['points']));
      const rejected = points.entries.filter((e: { instanceId: string }) => e.instanceId === ids.rejected);
      expect(rejected).toEqual([]);
    });

    it("reports the month's points per unit for the assessment group", async () => {
      const res = await request(t.http).get(`/api/audit/ledger/assessment?month=${MARCH}`).set(auditor).expect(200);
      expect(res.body).toMatchObject({
        month: MARCH,
        reportedBy: 'bizdev',
        reportedTo: { zh: '经济责任考核小组', en: 'Economic responsibility assessment group' },
      });
      const unit = res.body.units.find(
        (u: { department: { name: { zh: string } } }) => u.department?.name.zh === unitName,
      );
      expect(unit).toEqual({ department: { id: null, name: { zh: unitName, en: unitName } }, points: 2, entries: 2 });
      const dept = res.body.units.find((u: { department: { id: string } }) => u.department?.id === department.id);
      expect(dept).toEqual({ department, points: 1, entries: 1 });
      const april = await request(t.http).get('/api/audit/ledger/assessment?month=2026-04').set(auditor).expect(200);
      expect(
        april.body.units.find((u: { department: { name: { zh: string } } }) => u.department?.name.zh === unitName),
      ).toEqual({ department: { id: null, name: { zh: unitName, en: unitName } }, points: 1, entries: 1 });
    });

    it('exports the ledger as CSV for Excel (BOM, headings in the language, money with two decimals)', async () => {
      const res = await request(t.http)
        .get('/api/audit/ledger?from=2026-03-06&to=2026-03-06&kind=fine&format=csv')
        .set(auditor)
        .buffer(true)
        .parse((r, done) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (text += c));
          r.on('end', () => done(null, text));
        })
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toMatch(
        /attachment; filename="liucheng-ledger-2026-03-06-2026-03-06\.csv"/,
      );
      const text = res.body as string;
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('记录时间,月份,类型,金额（元）/分值,人员,账号,单位,原因,流程,业务编号,实例');
      const line = lines.find((l) => l.includes(ids.late));
      expect(line).toMatch(
        new RegExp(`^2026-03-06 19:00,2026-03,罚款,20\\.00,台账员工,${person},${department.name.zh},`),
      );
      const en = await request(t.http)
        .get('/api/audit/ledger?from=2026-03-06&to=2026-03-06&format=csv&lang=en')
        .set(auditor);
      expect(en.text.slice(1).split('\r\n')[0]).toMatch(/^Recorded at,Month,Kind,/);
    });
  });

  describe("a department head's ledger", () => {
    const head = `ledger-head-${RUN}`;
    const idle = `ledger-lead-${RUN}`;
    const asUser = async (username: string) => ({
      Authorization: `Bearer ${await t.login(username, 'ledger-password')}`,
    });

    beforeAll(async () => {
      const admin = await t.auth('admin');
      for (const username of [head, idle])
        await request(t.http)
          .post('/api/users')
          .set(admin)
          .send({ username, displayName: `负责人${username}`, password: 'ledger-password', roles: ['leader'] })
          .expect(201);
      await request(t.http).patch(`/api/departments/${department.id}`).set(admin).send({ head }).expect(200);
    });

    it('reads only the entries of the department they head, with the same totals the auditor sees', async () => {
      const query = 'from=2026-03-01&to=2026-03-31&groupBy=department';
      const mine = (
        await request(t.http)
          .get(`/api/audit/ledger?${query}`)
          .set(await asUser(head))
          .expect(200)
      ).body;
      expect(mine.entries.length).toBeGreaterThan(0);
      expect(new Set(mine.entries.map((e: { department: { id: string } }) => e.department.id))).toEqual(
        new Set([department.id]),
      );
      const all = await ledger(query);
      const theirs = (body: { totals: { key: string }[] }) => body.totals.find((x) => x.key === department.id);
      expect(theirs(mine)).toEqual(theirs(all));
      expect(mine.totals).toHaveLength(1);
    });

    it("reads the month's assessment of their own units only", async () => {
      const res = await request(t.http)
        .get(`/api/audit/ledger/assessment?month=${MARCH}`)
        .set(await asUser(head))
        .expect(200);
      expect(res.body.units).toEqual([{ department, points: 1, entries: 1 }]);
      expect(res.body.totalPoints).toBe(1);
    });

    it("does not show another head's department (the demo leader heads 业务拓展部)", async () => {
      const res = await request(t.http)
        .get('/api/audit/ledger?from=2026-03-01&to=2026-03-31')
        .set(await t.auth('leader'))
        .expect(200);
      expect(res.body.entries.filter((e: { department: { id: string } }) => e.department.id === department.id)).toEqual(
        [],
      );
    });

    it('refuses a leader who heads no department with a code', async () => {
      const res = await request(t.http)
        .get('/api/audit/ledger')
        .set(await asUser(idle))
        .expect(403);
      expect(res.body.details).toEqual({ reason: 'ledger-heads-no-department' });
    });
  });

  describe('versions published before the workflow declared its ledger', () => {
    it("read their fines through the next version's mapping", async () => {
      const key = uniqueKey('ledger-inherit');
      const v1 = await publishSpec(t, key, lateFineSpec(key, { ledger: false }));
      at('2026-05-11T02:00:00.000Z');
      const old = await start(person, key, {});
      await send('leader', old, 'MARK_LATE');
      const before = await ledger('from=2026-05-11&to=2026-05-11&kind=fine');
      expect(before.entries.filter((e: { instanceId: string }) => e.instanceId === old)).toEqual([]);
      const v2 = await publishSpec(t, key, lateFineSpec(key, { ledger: true, title: '周报逾期登记（第二版）' }));
      expect(v2).toBe(v1 + 1);
      const after = await ledger('from=2026-05-11&to=2026-05-11&kind=fine');
      expect(after.entries.filter((e: { instanceId: string }) => e.instanceId === old)).toMatchObject([
        { kind: 'fine', amount: 20, person: { username: person }, definitionTitle: { zh: '周报逾期登记' } },
      ]);
    });
  });

  describe('per-version analytics', () => {
    it('counts instances by state, times each state (median, p90) and rates overdue tasks', async () => {
      const key = uniqueKey('ledger-analytics');
      const spec = leaveSpec(key) as { states: Record<string, { meta: { task?: Record<string, unknown> } }> };
      spec.states.submitted.meta.task = { ...spec.states.submitted.meta.task, due: 'PT1H' };
      const version = await publishSpec(t, key, spec);
      at('2026-03-02T01:00:00.000Z');
      const [a, b] = [await start('staff', key, { days: 1 }), await start('staff', key, { days: 2 })];
      await start('staff', key, { days: 3 });
      at('2026-03-02T01:30:00.000Z');
      await send('leader', a, 'APPROVE', {});
      at('2026-03-02T03:00:00.000Z');
      await send('leader', b, 'APPROVE', {});
      at('2026-03-02T04:00:00.000Z');
      const res = await request(t.http).get(`/api/audit/analytics/${key}/versions/${version}`).set(auditor).expect(200);
      expect(res.body).toEqual({
        definitionKey: key,
        version,
        at: '2026-03-02T04:00:00.000Z',
        instances: 3,
        byStatus: { done: 2, running: 1 },
        states: {
          submitted: { count: 2, current: 1, medianMs: 30 * 60_000, p90Ms: 120 * 60_000 },
          approved: { count: 0, current: 2, medianMs: null, p90Ms: null },
        },
        tasksWithDue: 3,
        overdue: 2,
        overdueRate: 2 / 3,
      });
    });

    it('is 404 for a version that does not exist and 400 for one that is no number', async () => {
      await request(t.http).get('/api/audit/analytics/weekly-report/versions/99999').set(auditor).expect(404);
      const bad = await request(t.http).get('/api/audit/analytics/weekly-report/versions/x').set(auditor).expect(400);
      expect(bad.body.details.errors).toEqual([
        { path: '/version', message: 'must be a positive integer', code: 'invalid-version' },
      ]);
    });
  });

  describe('bad input and access', () => {
    it.each([
      ['groupBy=team', '/groupBy'],
      ['kind=bonus', '/kind'],
      ['from=2026-3-1', '/from'],
      ['format=xlsx', '/format'],
    ])('refuses %s with a 400 naming the field', async (query, path) => {
      const res = await request(t.http).get(`/api/audit/ledger?${query}`).set(auditor).expect(400);
      expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain(path);
    });

    it('refuses an end day before the start day', async () => {
      const res = await request(t.http).get('/api/audit/ledger?from=2026-03-02&to=2026-03-01').set(auditor).expect(400);
      expect(res.body.details.errors).toEqual([
        { path: '/to', message: 'must not be before from', code: 'ledger-range-reversed' },
      ]);
    });

    it('refuses a month that is no month', async () => {
      const res = await request(t.http).get('/api/audit/ledger/assessment?month=2026-13').set(auditor).expect(400);
      expect(res.body.details.errors.map((e: { path: string }) => e.path)).toContain('/month');
    });

    it.each(['staff', 'owner'])('is 403 for %s; admins read it', async (who) => {
      await request(t.http)
        .get('/api/audit/ledger')
        .set(await t.auth(who))
        .expect(403);
      await request(t.http)
        .get('/api/audit/ledger?from=2026-03-01&to=2026-03-01')
        .set(await t.auth('admin'))
        .expect(200);
    });
  });
});
