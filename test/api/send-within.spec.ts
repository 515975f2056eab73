// The timer helper fires many events in one caller transaction: each sendWithin leaves its write
// waiting for COMMIT, and the next query of the transaction must send it first, in order.
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { Instance } from '@liucheng/contracts';
import { SYSTEM_ACTOR } from '../../apps/api/src/auth/authenticated-user';
import { ApiError } from '../../apps/api/src/common/api-error';
import { inTransaction } from '../../apps/api/src/common/transaction';
import { EventPathService } from '../../apps/api/src/instances/event-path.service';
import { publishSpec, uniqueKey } from './support/publish';
import { leaveSpec, pingSpec } from './support/test-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('EventPathService.sendWithin in one caller transaction', () => {
  let t: TestApp;
  let events: EventPathService;
  let dataSource: DataSource;
  const pingKey = uniqueKey('within-ping');
  const leaveKey = uniqueKey('within-leave');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, pingKey, pingSpec(pingKey));
    await publishSpec(t, leaveKey, leaveSpec(leaveKey));
    events = t.app.get(EventPathService);
    dataSource = t.app.get(DataSource);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function start(definitionKey: string, input?: Record<string, unknown>): Promise<string> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey, input })
      .expect(201);
    return res.body.id as string;
  }

  async function read(id: string): Promise<Instance> {
    return (
      await request(t.http)
        .get(`/api/instances/${id}`)
        .set(await t.auth('admin'))
        .expect(200)
    ).body;
  }

  async function verified(id: string): Promise<{ ok: boolean; checked: number }> {
    return (
      await request(t.http)
        .get(`/api/instances/${id}/verify`)
        .set(await t.auth('admin'))
        .expect(200)
    ).body;
  }

  const ping = (q: Parameters<EventPathService['sendWithin']>[0], id: string) =>
    events.sendWithin(q, id, { type: 'PING' }, SYSTEM_ACTOR, { respond: ({ instance }) => instance });

  it('sends two events to one instance: the second locks and steps the row the first one left pending', async () => {
    const id = await start(pingKey);
    const answers = await inTransaction(dataSource, async (q) => [await ping(q, id), await ping(q, id)]);
    expect(answers.map((a) => [a.seq, a.context.n])).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(await read(id)).toMatchObject({ seq: 3, context: { n: 2 } });
    expect(await verified(id)).toMatchObject({ ok: true, checked: 3 });
  });

  it('keeps the earlier events when a later one fails under its own SAVEPOINT (the timer pattern)', async () => {
    const [a, b, c] = [await start(pingKey), await start(pingKey), await start(pingKey)];
    await inTransaction(dataSource, async (q) => {
      await q.query('SAVEPOINT fire');
      await ping(q, a);
      // The SAVEPOINT sends a's pending write first, so the rollback below leaves it alone.
      await q.query('SAVEPOINT fire');
      await expect(
        events.sendWithin(q, b, { type: 'NO_SUCH_EVENT' }, SYSTEM_ACTOR, { respond: () => undefined }),
      ).rejects.toBeInstanceOf(ApiError);
      await q.query('ROLLBACK TO SAVEPOINT fire');
      await q.query('SAVEPOINT fire');
      await ping(q, c);
      // RELEASE sends c's write inside its savepoint: a failing write would surface here.
      await q.query('RELEASE SAVEPOINT fire');
      await ping(q, b);
    });
    expect((await read(a)).seq).toBe(2);
    expect((await read(b)).seq).toBe(2);
    expect((await read(c)).seq).toBe(2);
    for (const id of [a, b, c]) expect(await verified(id)).toMatchObject({ ok: true, checked: 2 });
  });

  it('rolls every pending event back with the caller transaction', async () => {
    const id = await start(pingKey);
    await expect(
      inTransaction(dataSource, async (q) => {
        await ping(q, id);
        await ping(q, id);
        throw new Error('caller gives up');
      }),
    ).rejects.toThrow('caller gives up');
    expect(await read(id)).toMatchObject({ seq: 1, context: { n: 0 } });
  });

  /** The ApiError a call rejects with (fails the test when it resolves or throws anything else). */
  async function apiError(work: Promise<unknown>): Promise<ApiError> {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }

  describe('a NUL character that reaches the statement builder', () => {
    it('is a 400 naming the event data field, and nothing is written', async () => {
      const id = await start(leaveKey, { days: 2 });
      const error = await apiError(
        inTransaction(dataSource, (q) =>
          events.sendWithin(q, id, { type: 'APPROVE', data: { comment: 'a\u0000b' } }, SYSTEM_ACTOR, {
            respond: () => undefined,
          }),
        ),
      );
      expect(error.getStatus()).toBe(400);
      expect(error.details).toEqual({
        reason: 'unstorable-value',
        errors: [{ path: '/data/comment', message: 'must not contain a NUL character (U+0000)' }],
      });
      expect(await read(id)).toMatchObject({ seq: 1, state: 'submitted' });
    });

    it.each([
      ['the start input', { input: { days: 1, reason: 'x\u0000' } }, '/input/reason'],
      ['the business key', { input: { days: 1 }, businessKey: 'HR\u00007' }, '/businessKey'],
    ])('in %s of a start is a 400 naming it, and no instance is created', async (_name, command, path) => {
      const count = async () =>
        Number(
          (await dataSource.query(`SELECT count(*) AS n FROM instances WHERE definition_key = $1`, [leaveKey]))[0].n,
        );
      const before = await count();
      const error = await apiError(
        events.start(
          { username: 'staff', displayName: 'staff', roles: ['staff'] },
          { definitionKey: leaveKey, ...command },
        ),
      );
      expect(error.getStatus()).toBe(400);
      expect(error.details).toMatchObject({ reason: 'unstorable-value', errors: [{ path }] });
      expect(await count()).toBe(before);
    });

    it('answers the HTTP request with 400 naming the field, never a 500', async () => {
      const id = await start(leaveKey, { days: 2 });
      const res = await request(t.http)
        .post(`/api/instances/${id}/events`)
        .set(await t.auth('leader'))
        .send({ type: 'APPROVE', data: { comment: 'a\u0000b' } })
        .expect(400);
      expect(res.body.details.errors).toEqual([expect.objectContaining({ path: '/data/comment' })]);
    });
  });
});
