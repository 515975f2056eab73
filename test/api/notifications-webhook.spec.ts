// The webhook channel against a real node:http receiver: the event's transaction records the
// delivery intent, the worker delivers after commit, signs the raw body, retries with
// exponential backoff and gives up after N attempts; the event stays committed in every case.
import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DeliveryWorkerService } from '../../apps/api/src/notifications/delivery-worker.service';
import { mutableClock, notifySpec } from './support/notify-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';
import { deadUrl, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

const SECRET = 'webhook-test-secret';
const BACKOFF = 1000;

interface DeliveryRow {
  id: string;
  recipient: string;
  status: string;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  delivered_at: Date | null;
}

describe('webhook delivery', () => {
  let t: TestApp;
  let db: DataSource;
  let receiver: WebhookReceiver;
  const time = mutableClock();
  const key = uniqueKey('notify-webhook');
  /** How the receiver answers, per instance: `flaky` fails twice, `slow` does not answer once. */
  const scenarios = new Map<string, 'ok' | 'flaky' | 'slow'>();

  beforeAll(async () => {
    receiver = await startWebhookReceiver((attempt, req) => {
      const scenario = scenarios.get(req.body.instanceId) ?? 'ok';
      if (scenario === 'flaky' && attempt <= 2) return 500;
      if (scenario === 'slow' && attempt === 1) return 'hang';
      return 200;
    });
    t = await startTestApp({
      clock: time.clock,
      notifications: {
        webhook: { url: receiver.url, secret: SECRET, timeoutMs: 500 },
        backoffMs: BACKOFF,
        maxAttempts: 3,
      },
    });
    db = t.app.get(DataSource);
    await publishSpec(t, key, notifySpec(key, ['starter']));
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const worker = () => t.app.get(DeliveryWorkerService);

  /** Starts an instance as staff and sends PING: one notification to staff. */
  async function notifyOnce(app: TestApp, scenario: 'ok' | 'flaky' | 'slow' = 'ok'): Promise<string> {
    const staff = await app.auth('staff');
    const started = await request(app.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    scenarios.set(started.body.id, scenario);
    await request(app.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(staff)
      .send({ type: 'PING' })
      .expect(200);
    return started.body.id;
  }

  async function deliveryOf(instanceId: string): Promise<DeliveryRow> {
    const found = (await db.query(
      `SELECT d.id, n.recipient, d.status, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at
       FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE n.instance_id = $1 AND d.channel = 'webhook'`,
      [instanceId],
    )) as DeliveryRow[];
    expect(found).toHaveLength(1);
    return found[0];
  }

  async function expectCommitted(instanceId: string): Promise<void> {
    const history = await request(t.http)
      .get(`/api/instances/${instanceId}/history`)
      .set(await t.auth('staff'))
      .expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['@start', 'PING']);
  }

  it('records the intent in the event, then delivers a signed body with a delivery id after commit', async () => {
    const instanceId = await notifyOnce(t);
    const pending = await deliveryOf(instanceId);
    expect(pending).toMatchObject({ recipient: 'staff', status: 'pending', attempts: 0, delivered_at: null });
    expect(receiver.of(pending.id)).toEqual([]);

    expect(await worker().drainOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const [hit] = receiver.of(pending.id);
    expect(hit.headers['content-type']).toBe('application/json');
    expect(hit.headers['x-liucheng-delivery']).toBe(pending.id);
    expect(hit.headers['x-liucheng-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(hit.rawBody).digest('hex')}`,
    );
    expect(hit.body).toEqual({
      deliveryId: pending.id,
      notificationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      recipient: 'staff',
      target: 'starter',
      instanceId,
      definitionKey: key,
      definitionTitle: { zh: '通知测试', en: 'Notification test' },
      seq: 2,
      message: { zh: '请查看申请', en: 'Please look at the request' },
      data: { to: 'starter' },
      createdAt: time.clock().toISOString(),
    });
    expect(await deliveryOf(instanceId)).toMatchObject({
      status: 'delivered',
      attempts: 1,
      last_error: null,
      delivered_at: time.clock(),
    });
    // Nothing left to do: a second round sends nothing.
    expect(await worker().drainOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(receiver.of(pending.id)).toHaveLength(1);
  });

  it('retries a receiver that answers 500 twice with exponential backoff and delivers on attempt 3', async () => {
    const instanceId = await notifyOnce(t, 'flaky');
    const { id } = await deliveryOf(instanceId);

    expect(await worker().drainOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(await deliveryOf(instanceId)).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'webhook answered HTTP 500',
      next_attempt_at: new Date(time.clock().getTime() + BACKOFF),
    });
    // Not due yet: nothing is sent.
    expect(await worker().drainOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(receiver.of(id)).toHaveLength(1);

    time.advance(BACKOFF);
    expect(await worker().drainOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(await deliveryOf(instanceId)).toMatchObject({
      attempts: 2,
      next_attempt_at: new Date(time.clock().getTime() + 2 * BACKOFF),
    });
    time.advance(BACKOFF);
    expect(await worker().drainOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    time.advance(BACKOFF);
    expect(await worker().drainOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(await deliveryOf(instanceId)).toMatchObject({ status: 'delivered', attempts: 3, last_error: null });
    expect(receiver.of(id).map((r) => r.headers['x-liucheng-delivery'])).toEqual([id, id, id]);
    await expectCommitted(instanceId);
  });

  it('gives up on a receiver that does not answer in time, then delivers on the retry', async () => {
    const instanceId = await notifyOnce(t, 'slow');
    expect(await worker().drainOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(await deliveryOf(instanceId)).toMatchObject({ status: 'pending', last_error: 'no answer within 500 ms' });
    time.advance(BACKOFF);
    expect(await worker().drainOnce()).toEqual({ delivered: 1, retried: 0, failed: 0 });
  });

  it('marks a delivery to a dead receiver failed after N attempts, and admins see it', async () => {
    const dead = await startTestApp({
      clock: time.clock,
      notifications: { webhook: { url: await deadUrl() }, backoffMs: BACKOFF, maxAttempts: 3 },
    });
    try {
      const instanceId = await notifyOnce(dead);
      const deadWorker = dead.app.get(DeliveryWorkerService);
      expect(await deadWorker.drainOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
      time.advance(BACKOFF);
      expect(await deadWorker.drainOnce()).toEqual({ delivered: 0, retried: 1, failed: 0 });
      time.advance(2 * BACKOFF);
      expect(await deadWorker.drainOnce()).toEqual({ delivered: 0, retried: 0, failed: 1 });
      const failed = await deliveryOf(instanceId);
      expect(failed).toMatchObject({ status: 'failed', attempts: 3, delivered_at: null });
      expect(failed.last_error).toMatch(/ECONNREFUSED/);
      time.advance(60 * BACKOFF);
      expect(await deadWorker.drainOnce()).toEqual({ delivered: 0, retried: 0, failed: 0 });
      await expectCommitted(instanceId);

      const listed = await request(dead.http)
        .get('/api/admin/notification-deliveries?status=failed&channel=webhook')
        .set(await dead.auth('admin'))
        .expect(200);
      expect(listed.body.items).toContainEqual({
        id: failed.id,
        notificationId: expect.any(String),
        channel: 'webhook',
        status: 'failed',
        attempts: 3,
        nextAttemptAt: expect.any(String),
        lastError: failed.last_error,
        deliveredAt: null,
        createdAt: expect.any(String),
        recipient: 'staff',
        instanceId,
      });
      expect(listed.body.items.every((d: { status: string }) => d.status === 'failed')).toBe(true);
    } finally {
      await dead.close();
    }
  });

  it('keeps the event at two round trips with a role fan-out and the webhook outbox', async () => {
    const fanKey = uniqueKey('notify-webhook-fan');
    await publishSpec(t, fanKey, notifySpec(fanKey, ['role:legal', 'starter.manager']));
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: fanKey }).expect(201);
    const sent: string[] = [];
    const original = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      sent.push(String(text).trim().split(/\s+/).slice(0, 2).join(' '));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query);
    try {
      await request(t.http)
        .post(`/api/instances/${started.body.id}/events`)
        .set(staff)
        .send({ type: 'PING' })
        .expect(200);
    } finally {
      spy.mockRestore();
    }
    expect(sent).toEqual(['BEGIN; SELECT', expect.stringMatching(/^SELECT liucheng_step_event\(/)]);
    const rows = (await db.query(
      `SELECT n.recipient, n.target, d.status FROM notifications n JOIN notification_deliveries d ON d.notification_id = n.id
       WHERE n.instance_id = $1 ORDER BY n.target, n.recipient`,
      [started.body.id],
    )) as { recipient: string; target: string; status: string }[];
    expect(rows).toContainEqual({ recipient: 'legal', target: 'role:legal', status: 'pending' });
    expect(rows).toContainEqual({ recipient: 'leader', target: 'starter.manager', status: 'pending' });
    await worker().drainOnce();
  });

  it('delivers from the real background loop', async () => {
    const looping = await startTestApp({
      notifications: { webhook: { url: receiver.url, secret: SECRET }, worker: { enabled: true, intervalMs: 50 } },
    });
    try {
      const instanceId = await notifyOnce(looping);
      const hit = await receiver.next((r) => r.body.instanceId === instanceId);
      expect(hit.headers['x-liucheng-signature']).toBe(
        `sha256=${createHmac('sha256', SECRET).update(hit.rawBody).digest('hex')}`,
      );
      // The outcome is recorded once the receiver's answer is in.
      let row = await deliveryOf(instanceId);
      for (let i = 0; i < 100 && row.status === 'pending'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        row = await deliveryOf(instanceId);
      }
      expect(row).toMatchObject({ status: 'delivered', attempts: 1 });
    } finally {
      await looping.close();
    }
  });
});
