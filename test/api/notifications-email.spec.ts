// The email channel against a real SMTP sink (smtp-server, parsed with mailparser): one mail per
// recipient with an address, subject and body in the recipient's language (Chinese by default).
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DeliveryWorkerService } from '../../apps/api/src/notifications/delivery-worker.service';
import { notifySpec } from './support/notify-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

describe('email delivery', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  const key = uniqueKey('notify-email');
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const zhUser = `mailzh-${suffix}`;
  const enUser = `mailen-${suffix}`;
  const noMail = `mailnone-${suffix}`;
  const PASSWORD = 'email-password';

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ notifications: { email: { smtpUrl: sink.url, from: 'liucheng@test.local' } } });
    db = t.app.get(DataSource);
  }, SETUP_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const admin = () => t.auth('admin');

  it('lets an admin set, change and clear a user’s email and language; demo users have one', async () => {
    const created = await request(t.http)
      .post('/api/users')
      .set(await admin())
      .send({
        username: zhUser,
        displayName: '中文用户',
        password: PASSWORD,
        roles: ['staff'],
        email: `${zhUser}@example.com`,
      })
      .expect(201);
    expect(created.body).toMatchObject({ email: `${zhUser}@example.com`, locale: null });
    await request(t.http)
      .post('/api/users')
      .set(await admin())
      .send({ username: enUser, displayName: 'English user', password: PASSWORD, roles: ['sales'] })
      .expect(201);
    const changed = await request(t.http)
      .patch(`/api/users/${enUser}`)
      .set(await admin())
      .send({ email: `${enUser}@example.com`, locale: 'en' })
      .expect(200);
    expect(changed.body).toMatchObject({ email: `${enUser}@example.com`, locale: 'en' });
    await request(t.http)
      .post('/api/users')
      .set(await admin())
      .send({ username: noMail, displayName: '无邮箱', password: PASSWORD, roles: ['sales'], email: 'x@example.com' })
      .expect(201);
    const cleared = await request(t.http)
      .patch(`/api/users/${noMail}`)
      .set(await admin())
      .send({ email: null })
      .expect(200);
    expect(cleared.body.email).toBeNull();
    const demo = await request(t.http)
      .get('/api/users/staff')
      .set(await admin())
      .expect(200);
    expect(demo.body.email).toBe('staff@liucheng.local');
  });

  it('gives a demo user seeded before email existed an address once, and never refills a cleared one', async () => {
    const emailOf = async () =>
      ((await db.query(`SELECT email FROM users WHERE username = 'market'`)) as { email: string | null }[])[0].email;
    await db.query(`UPDATE users SET email = NULL WHERE username = 'market'`);
    await db.query(`DELETE FROM app_settings WHERE key = 'demo_emails_seeded'`);
    const restarted = await startTestApp();
    await restarted.close();
    expect(await emailOf()).toBe('market@liucheng.local');
    await db.query(`UPDATE users SET email = NULL WHERE username = 'market'`);
    const again = await startTestApp();
    await again.close();
    expect(await emailOf()).toBeNull();
    await db.query(`UPDATE users SET email = 'market@liucheng.local' WHERE username = 'market'`);
  });

  it.each([
    ['an address without @', { email: 'not-an-address' }, '/email'],
    ['an unknown language', { locale: 'fr' }, '/locale'],
  ])('refuses %s with 400 naming the field', async (_name, body, field) => {
    const res = await request(t.http)
      .patch(`/api/users/${zhUser}`)
      .set(await admin())
      .send(body)
      .expect(400);
    expect(res.body.details.errors.map((e: { path: string }) => e.path)).toEqual([field]);
  });

  it('mails each recipient with an address in their language after the event commits', async () => {
    await publishSpec(t, key, notifySpec(key, ['starter', `user:${enUser}`, `user:${noMail}`]));
    const starter = { Authorization: `Bearer ${await t.login(zhUser, PASSWORD)}` };
    const started = await request(t.http).post('/api/instances').set(starter).send({ definitionKey: key }).expect(201);
    const instanceId = started.body.id as string;
    await request(t.http).post(`/api/instances/${instanceId}/events`).set(starter).send({ type: 'PING' }).expect(200);

    const outbox = (await db.query(
      `SELECT n.recipient, d.status FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE n.instance_id = $1 AND d.channel = 'email' ORDER BY n.recipient`,
      [instanceId],
    )) as { recipient: string; status: string }[];
    // The user without an address gets the in-app notification only.
    expect(outbox).toEqual([
      { recipient: enUser, status: 'pending' },
      { recipient: zhUser, status: 'pending' },
    ]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE instance_id = $1`, [instanceId]);
    expect(n).toBe(3);
    expect(sink.mails).toEqual([]);

    const worker = t.app.get(DeliveryWorkerService);
    expect(await worker.drainOnce()).toEqual({ delivered: 2, retried: 0, failed: 0 });
    const mailTo = (address: string) => sink.mails.find((m) => m.to.includes(address));
    const zh = mailTo(`${zhUser}@example.com`);
    const en = mailTo(`${enUser}@example.com`);
    expect(sink.mails).toHaveLength(2);
    expect(zh?.mail.from?.text).toBe('liucheng@test.local');
    expect(zh?.mail.subject).toBe('【流程】通知测试：请查看申请');
    expect(zh?.mail.text).toContain('请查看申请');
    expect(zh?.mail.text).toContain(`实例：${instanceId}`);
    expect(zh?.mail.text).not.toMatch(/Please look/);
    expect(en?.mail.subject).toBe('[Liucheng] Notification test: Please look at the request');
    expect(en?.mail.text).toContain(`Instance: ${instanceId}`);
    expect(en?.mail.text).not.toMatch(/请查看/);
    expect(zh?.mail.headers.get('x-liucheng-delivery')).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));

    const after = (await db.query(
      `SELECT d.status, d.attempts FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE n.instance_id = $1`,
      [instanceId],
    )) as { status: string; attempts: number }[];
    expect(after).toEqual([
      { status: 'delivered', attempts: 1 },
      { status: 'delivered', attempts: 1 },
    ]);
  });

  it('fails at once, without retrying, a mail whose recipient lost their address before delivery', async () => {
    const starter = { Authorization: `Bearer ${await t.login(zhUser, PASSWORD)}` };
    const started = await request(t.http).post('/api/instances').set(starter).send({ definitionKey: key }).expect(201);
    await request(t.http)
      .post(`/api/instances/${started.body.id}/events`)
      .set(starter)
      .send({ type: 'PING' })
      .expect(200);
    await request(t.http)
      .patch(`/api/users/${enUser}`)
      .set(await admin())
      .send({ email: null })
      .expect(200);
    const before = sink.mails.length;
    expect(await t.app.get(DeliveryWorkerService).drainOnce()).toEqual({ delivered: 1, retried: 0, failed: 1 });
    expect(sink.mails).toHaveLength(before + 1);
    const [row] = await db.query(
      `SELECT d.status, d.attempts, d.last_error FROM notification_deliveries d JOIN notifications n ON n.id = d.notification_id
       WHERE n.instance_id = $1 AND n.recipient = $2`,
      [started.body.id, enUser],
    );
    expect(row).toEqual({ status: 'failed', attempts: 1, last_error: `${enUser} has no email address` });
  });
});
