import request from 'supertest';
import { DataSource } from 'typeorm';
import { hashEntry } from '@liucheng/engine';
import { publishSpec, uniqueKey } from './support/publish';
import { leaveSpec, pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('history, replay and verify', () => {
  let t: TestApp;
  const key = uniqueKey('hist-ping');
  const leaveKey = uniqueKey('hist-leave');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, pingSpec(key));
    await publishSpec(t, leaveKey, leaveSpec(leaveKey));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  /** Starts a counter, sends PING x3 and END; returns the id and every answer, by seq. */
  async function walk(): Promise<{ id: string; answers: Record<string, unknown>[] }> {
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    const answers = [started.body];
    for (const type of ['PING', 'PING', 'PING', 'END']) {
      answers.push(
        (await request(t.http).post(`/api/instances/${started.body.id}/events`).set(staff).send({ type }).expect(200))
          .body,
      );
    }
    return { id: started.body.id, answers };
  }

  it('replay?seq=N equals what the API answered after entry N, for every N', async () => {
    const { id, answers } = await walk();
    const auditor = await t.auth('auditor');
    for (const [i, answer] of answers.entries()) {
      const replayed = await request(t.http)
        .get(`/api/instances/${id}/replay?seq=${i + 1}`)
        .set(auditor)
        .expect(200);
      expect(replayed.body).toEqual({
        seq: i + 1,
        state: answer.state,
        context: answer.context,
        status: answer.status,
      });
    }
    const latest = await request(t.http).get(`/api/instances/${id}/replay`).set(auditor).expect(200);
    expect(latest.body).toEqual({ seq: 5, state: 'off', context: { n: 3 }, status: 'done' });
  });

  it('pages the history with ?after=&limit=: pages joined equal the whole, nextAfter null at the end', async () => {
    const { id } = await walk();
    const auditor = await t.auth('auditor');
    const whole = (await request(t.http).get(`/api/instances/${id}/history`).set(auditor).expect(200)).body;
    expect(whole.items.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(whole.nextAfter).toBeUndefined();
    const pages: { items: unknown[]; nextAfter: number | null }[] = [];
    let after = 0;
    for (;;) {
      const page = (
        await request(t.http).get(`/api/instances/${id}/history?after=${after}&limit=2`).set(auditor).expect(200)
      ).body;
      pages.push(page);
      if (page.nextAfter === null) break;
      after = page.nextAfter;
    }
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.nextAfter)).toEqual([2, 4, null]);
    expect(pages.flatMap((p) => p.items)).toEqual(whole.items);
    // A page that ends exactly at the last entry says so; `after` alone is the tail.
    const exact = (await request(t.http).get(`/api/instances/${id}/history?after=3&limit=2`).set(auditor).expect(200))
      .body;
    expect(exact).toEqual({ items: whole.items.slice(3), nextAfter: null });
    const tail = (await request(t.http).get(`/api/instances/${id}/history?after=4`).set(auditor).expect(200)).body;
    expect(tail).toEqual({ items: whole.items.slice(4) });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=x', 'limit'],
    ['after=-1&limit=5', 'after'],
    ['after=1.5', 'after'],
  ])('answers history?%s with a 400 naming %s', async (query, field) => {
    const { id } = await walk();
    const res = await request(t.http)
      .get(`/api/instances/${id}/history?${query}`)
      .set(await t.auth('auditor'))
      .expect(400);
    expect(JSON.stringify(res.body)).toContain(field);
  });

  it.each([
    ['0', 400],
    ['-1', 400],
    ['1.5', 400],
    ['abc', 400],
    ['6', 404],
  ])('answers replay?seq=%s with %i', async (seq, status) => {
    const { id } = await walk();
    const res = await request(t.http)
      .get(`/api/instances/${id}/replay?seq=${seq}`)
      .set(await t.auth('auditor'));
    expect(res.status).toBe(status);
  });

  it('verifies an untouched history', async () => {
    const { id } = await walk();
    const res = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toEqual({ ok: true, checked: 5 });
  });

  it.each([
    ['its data', `data = '{"by": 7}'::jsonb`],
    ['its actor', `actor = 'mallory'`],
    ['its stateAfter', `state_after = '"off"'::jsonb`],
    ['its type', `type = 'END'`],
  ])('names the seq of a history row whose %s was altered by SQL', async (_name, assignment) => {
    const { id } = await walk();
    await t.app
      .get(DataSource)
      .query(`UPDATE instance_events SET ${assignment} WHERE instance_id = $1 AND seq = 3`, [id]);
    const res = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toEqual({ ok: false, checked: 5, firstBadSeq: 3, reason: expect.any(String), code: 'hash' });
  });

  it('catches a rewritten history whose hash chain was recomputed: replay disagrees', async () => {
    const { id } = await walk();
    const ds = t.app.get(DataSource);
    // Forge seq 3 as END and re-hash seq 3..5 so the chain itself verifies again.
    await ds.query(
      `UPDATE instance_events SET type = 'END', state_after = '"off"'::jsonb WHERE instance_id = $1 AND seq = 3`,
      [id],
    );
    const rowsAfter: {
      seq: number;
      type: string;
      data: Record<string, unknown>;
      actor: string;
      at: Date;
      state_after: string;
      prev_hash: string;
    }[] = await ds.query(
      `SELECT seq, type, data, actor, at, state_after, prev_hash FROM instance_events WHERE instance_id = $1 ORDER BY seq`,
      [id],
    );
    let prevHash = (await ds.query(`SELECT hash FROM instance_events WHERE instance_id = $1 AND seq = 2`, [id]))[0]
      .hash as string;
    for (const row of rowsAfter.filter((r) => r.seq >= 3)) {
      const hash = hashEntry({
        instanceId: id,
        seq: row.seq,
        type: row.type,
        data: row.data,
        actor: row.actor,
        at: row.at.toISOString(),
        stateAfter: row.state_after,
        prevHash,
      });
      await ds.query(`UPDATE instance_events SET prev_hash = $3, hash = $4 WHERE instance_id = $1 AND seq = $2`, [
        id,
        row.seq,
        prevHash,
        hash,
      ]);
      prevHash = hash;
    }
    const res = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ ok: false, checked: 5, firstBadSeq: 4, code: 'state' });
  });

  it('reports a stored instance whose context no longer matches its history', async () => {
    const { id } = await walk();
    await t.app
      .get(DataSource)
      .query(`UPDATE instances SET snapshot = jsonb_set(snapshot, '{context,n}', '99') WHERE id = $1`, [id]);
    const res = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toMatchObject({ ok: false, checked: 5, firstBadSeq: 5, code: 'instance-row' });
  });

  it.each([
    ['last hash', `last_hash = repeat('0', 64)`],
    ['status', `status = 'running'`],
  ])('reports a stored instance whose %s no longer matches its history', async (_name, assignment) => {
    const { id } = await walk();
    await t.app.get(DataSource).query(`UPDATE instances SET ${assignment} WHERE id = $1`, [id]);
    const res = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body).toEqual({
      ok: false,
      checked: 5,
      firstBadSeq: 5,
      reason: expect.any(String),
      code: 'instance-row',
    });
  });

  it('records hashes anyone can recompute: entry n links to entry n-1', async () => {
    const { id } = await walk();
    const res = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(res.body.items.map((e: { type: string }) => e.type)).toEqual(['@start', 'PING', 'PING', 'PING', 'END']);
    expect(res.body.items.map((e: { actor: string }) => e.actor)).toEqual(Array(5).fill('staff'));
    res.body.items
      .slice(1)
      .forEach((entry: { prevHash: string }, i: number) => expect(entry.prevHash).toBe(res.body.items[i].hash));
  });

  it('replays a task workflow including task completions', async () => {
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: leaveKey, input: { days: 2 } })
      .expect(201);
    const done = await request(t.http)
      .post(`/api/tasks/${started.body.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { comment: 'ok' } })
      .expect(200);
    const replayed = await request(t.http)
      .get(`/api/instances/${started.body.id}/replay?seq=2`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(replayed.body).toEqual({
      seq: 2,
      state: done.body.instance.state,
      context: done.body.instance.context,
      status: 'done',
    });
    const verify = await request(t.http)
      .get(`/api/instances/${started.body.id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 2 });
  });
});
