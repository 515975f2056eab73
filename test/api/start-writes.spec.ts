// A start is written by PL/pgSQL functions (liucheng_start_instance, liucheng_open_task) where it
// was one statement of CTEs on the instance INSERT: both must write the same rows, byte for byte
// (written-out-start.ts keeps the old statement), and a start through the route costs two round trips.
import type { Task } from '@liucheng/contracts';
import { GENESIS_HASH } from '@liucheng/engine';
import { stepCommitSql, type StepCommit } from '@liucheng/persistence';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { inTransaction } from '../../apps/api/src/common/transaction';
import { claimIdempotencyKey } from '../../apps/api/src/idempotency/idempotency';
import { publishSpec, uniqueKey } from './support/publish';
import { sentStatements } from './support/sent-statements';
import { leaveSpec, pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';
import { writtenOutStartSql } from './support/written-out-start';

const AT = new Date('2026-03-02T10:00:00.123Z');

/** Two tasks (one claimable, one assigned for someone), a timer, notifications with channels, a copy, the answer. */
function startCommit(key: string, instanceId: string, taskIds: [string, string]): StepCommit {
  const task = (id: string, fields: Partial<Task>): Task => ({
    id,
    instanceId,
    definitionKey: key,
    statePath: 'submitted',
    title: { zh: '审批请假', en: "Approve the leave (it's \\ long)" },
    candidateRoles: ['leader'],
    assignee: null,
    status: 'open',
    outcomes: ['APPROVE', 'REJECT'],
    // json, not jsonb: the key order of a form is kept as written.
    formSchema: { type: 'object', properties: { zeta: { type: 'string' }, alpha: { type: 'number' } } },
    dueAt: '2026-03-05T10:00:00.123Z',
    createdAt: AT.toISOString(),
    completedAt: null,
    completedBy: null,
    outcome: null,
    ...fields,
  });
  const context = { days: 3, reason: '家里有事\n"urgent"', nested: { list: [1, 2.5, null, true] } };
  return {
    instance: {
      id: instanceId,
      definition_key: key,
      definition_version: 1,
      status: 'running',
      state: 'submitted',
      snapshot: { status: 'active', value: 'submitted', historyValue: {}, context, children: {} } as never,
      business_key: 'QJ-20260302-007',
      started_by: 'staff',
      seq: 1,
      last_hash: 'a'.repeat(64),
      created_at: AT,
      updated_at: AT,
    },
    inserted: true,
    history: { type: '@start', data: { days: 3, reason: context.reason }, actor: 'staff', prevHash: GENESIS_HASH },
    effects: [
      { kind: 'taskOpened', task: task(taskIds[0], {}) },
      {
        kind: 'taskOpened',
        task: task(taskIds[1], {
          statePath: 'submitted.second',
          candidateRoles: [],
          assignee: 'leader',
          dueAt: null,
          slot: 'a-1',
          onBehalfOf: 'hq',
          proxyUntil: '2026-03-09T00:00:00.000Z',
          delegatedBy: 'hq',
        }),
      },
      {
        kind: 'timerScheduled',
        timer: {
          timerId: `xstate.after.P3D.${key}.submitted`,
          eventType: `xstate.after.P3D.${key}.submitted`,
          statePath: 'submitted',
          dueAt: '2026-03-05T10:00:00.123Z',
        },
      },
      {
        kind: 'notification',
        notification: {
          to: 'role:leader',
          recipients: { kind: 'role', role: 'leader' },
          message: { zh: '请审批', en: 'Please review' },
          data: { days: 3 },
          channels: ['webhook', 'email'],
        },
      },
      {
        kind: 'ccSent',
        cc: { definitionKey: key, statePath: 'submitted', recipients: ['finance'], sentBy: 'staff', comment: 'FYI' },
      },
    ],
    answer: {
      username: 'staff',
      route: 'POST /api/instances',
      key: `key-${instanceId}`,
      status: 201,
      body: { id: instanceId, businessKey: 'QJ-20260302-007' },
    },
  };
}

describe('a start written by the start functions', () => {
  let t: TestApp;
  let db: DataSource;
  const key = uniqueKey('start-writes');
  const pingKey = uniqueKey('start-trips');
  const keyedKey = uniqueKey('start-keyed');

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await publishSpec(t, key, leaveSpec(key));
    await publishSpec(t, pingKey, pingSpec(pingKey));
    const keyed = pingSpec(keyedKey) as { meta: Record<string, unknown> };
    keyed.meta.businessKey = 'BK-{yyyyMMdd}-{seq:3}';
    await publishSpec(t, keyedKey, keyed);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  /** Commits the start with its idempotency key claimed first, as the route does. */
  async function write(commit: StepCommit, sql: string): Promise<void> {
    const answer = commit.answer!;
    await inTransaction(db, async (q) => {
      const claim = { username: answer.username, route: answer.route, key: answer.key, requestHash: 'b'.repeat(64) };
      await claimIdempotencyKey(q, claim, AT);
      q.writeAtCommit(sql);
    });
  }

  /** Every row the start wrote, as PostgreSQL renders it, with the ids it was given replaced by names. */
  async function rowsOf(instanceId: string, taskIds: string[]): Promise<string[]> {
    const text = async (sql: string) =>
      ((await db.query(sql, [instanceId])) as { j: string }[]).map((row) => String(row.j));
    const found = [
      ...(await text(`SELECT row_to_json(i)::text AS j FROM instances i WHERE id = $1`)),
      ...(await text(`SELECT row_to_json(e)::text AS j FROM instance_events e WHERE instance_id = $1`)),
      ...(await text(`SELECT row_to_json(t)::text AS j FROM tasks t WHERE instance_id = $1 ORDER BY state_path`)),
      ...(await text(`SELECT (to_jsonb(t) - 'id')::text AS j FROM timers t WHERE instance_id = $1`)),
      ...(await text(
        `SELECT (to_jsonb(n) - 'id')::text AS j FROM notifications n WHERE instance_id = $1 ORDER BY recipient`,
      )),
      ...(await text(
        `SELECT (to_jsonb(d) - 'id' - 'notification_id')::text || n.recipient AS j FROM notification_deliveries d
           JOIN notifications n ON n.id = d.notification_id WHERE n.instance_id = $1 ORDER BY n.recipient, d.channel`,
      )),
      ...(await text(`SELECT (to_jsonb(c) - 'id')::text AS j FROM cc_items c WHERE instance_id = $1`)),
      ...(await text(
        `SELECT (to_jsonb(k) - 'created_at')::text AS j FROM idempotency_keys k WHERE key = 'key-' || $1::text`,
      )),
    ];
    const names: [string, string][] = [
      [instanceId, '<instance>'],
      ...taskIds.map((id, i) => [id, `<task ${i}>`] as [string, string]),
    ];
    return found.map((row) => names.reduce((out, [id, name]) => out.split(id).join(name), row));
  }

  it('writes the rows the written-out statement wrote, byte for byte', async () => {
    const [oldId, newId] = [randomUUID(), randomUUID()];
    const oldTasks: [string, string] = [randomUUID(), randomUUID()];
    const newTasks: [string, string] = [randomUUID(), randomUUID()];
    const oldCommit = startCommit(key, oldId, oldTasks);
    const newCommit = startCommit(key, newId, newTasks);
    await write(oldCommit, writtenOutStartSql(oldCommit));
    await write(newCommit, stepCommitSql(newCommit));
    const written = await rowsOf(newId, newTasks);
    const expected = await rowsOf(oldId, oldTasks);
    // The leaders' pending email and webhook deliveries are nobody's to send: left in the shared
    // database, the delivery specs' worker drains would send and count them.
    await db.query(
      `DELETE FROM notification_deliveries d USING notifications n
        WHERE n.id = d.notification_id AND n.instance_id = ANY($1::uuid[])`,
      [[oldId, newId]],
    );
    expect(written).toEqual(expected);
    // instance, entry 1, two tasks, a timer, a notification and its two deliveries per leader, one copy, the answer
    expect(written.length).toBeGreaterThanOrEqual(10);
    expect(written[3]).toContain('"form_schema":{"type":"object","properties":{"zeta":{"type":"string"},"alpha"');
  });

  it('costs two round trips through the route, the user check and the version in the first', async () => {
    const headers = await t.auth('staff');
    await request(t.http).post('/api/instances').set(headers).send({ definitionKey: pingKey }).expect(201);
    const sent = await sentStatements(() =>
      request(t.http).post('/api/instances').set(headers).send({ definitionKey: pingKey }).expect(201),
    );
    expect(sent).toEqual([
      expect.stringMatching(/^BEGIN; SELECT \* FROM liucheng_start_context\('start-trips-[^']+', NULL, 'staff'\)$/),
      expect.stringMatching(/^SELECT liucheng_start_instance\([^;]*; COMMIT$/),
    ]);
  });

  it('takes the day counter of a business-key template in a third, planned-once statement', async () => {
    const headers = await t.auth('staff');
    const start = () =>
      request(t.http).post('/api/instances').set(headers).send({ definitionKey: keyedKey }).expect(201);
    const first = await start();
    const sent = await sentStatements(async () => {
      expect((await start()).body.businessKey).toBe(first.body.businessKey.replace(/001$/, '002'));
    });
    expect(first.body.businessKey).toMatch(/^BK-\d{8}-001$/);
    expect(sent).toEqual([
      expect.stringMatching(/^BEGIN; SELECT \* FROM liucheng_start_context\(/),
      expect.stringMatching(
        /^SELECT liucheng_next_business_key_seq\('start-keyed-[^']+', '\d{4}-\d\d-\d\d'::date\) AS seq$/,
      ),
      expect.stringMatching(/^SELECT liucheng_start_instance\([^;]*; COMMIT$/),
    ]);
  });

  it('answers 401 to a deactivated starter before anything else, a stored answer included, and writes nothing', async () => {
    const admin = await t.auth('admin');
    const username = `start-writes-${process.pid}-${Date.now().toString(36)}`;
    await request(t.http)
      .post('/api/users')
      .set(admin)
      .send({ username, displayName: '测试', password: 'first-password', roles: ['staff'] })
      .expect(201);
    const bearer = { Authorization: `Bearer ${await t.login(username, 'first-password')}` };
    const kept = { definitionKey: pingKey };
    await request(t.http).post('/api/instances').set(bearer).set('Idempotency-Key', 'kept').send(kept).expect(201);
    await request(t.http).patch(`/api/users/${username}`).set(admin).send({ active: false }).expect(200);
    for (const [body, idempotencyKey] of [
      [{ definitionKey: pingKey }, undefined],
      [{ definitionKey: 'no-such-definition' }, undefined],
      [{ definitionKey: pingKey, version: 99 }, undefined],
      [kept, 'kept'],
    ] as const) {
      const req = request(t.http).post('/api/instances').set(bearer);
      if (idempotencyKey) req.set('Idempotency-Key', idempotencyKey);
      const res = await req.send(body).expect(401);
      expect(res.body.message).toMatch(/revoked/);
    }
    const started = await db.query(`SELECT count(*)::int AS n FROM instances WHERE started_by = $1`, [username]);
    expect(started).toEqual([{ n: 1 }]);
  });
});
