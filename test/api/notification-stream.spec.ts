// The live unread count: a ticket from POST /api/notifications/stream-ticket opens a server-sent
// event stream that announces the count at once and after every change (LISTEN/NOTIFY on
// PostgreSQL, polled every 2 s on PGlite, whose socket server does not forward NOTIFY).
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** Reads `unread` events from a stream; `next()` waits for the next one. */
function openStream(base: string, ticket: string) {
  const events: number[] = [];
  const waiters: Array<() => void> = [];
  let response: IncomingMessage | undefined;
  const opened = new Promise<IncomingMessage>((resolve, reject) => {
    const req = get(`${base}/api/notifications/stream?ticket=${encodeURIComponent(ticket)}`, (res) => {
      response = res;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: unread\ndata: (.*)$/m.exec(block);
          if (data) {
            events.push((JSON.parse(data[1]) as { unread: number }).unread);
            waiters.splice(0).forEach((wake) => wake());
          }
        }
      });
      resolve(res);
    });
    req.on('error', reject);
  });
  return {
    opened,
    events,
    /** Waits until an event satisfying `test` arrived (10 s at most). */
    async until(test: (unread: number) => boolean): Promise<number> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = events.find(test);
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`no matching event; got ${JSON.stringify(events)}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 500);
        });
      }
    },
    close: () => response?.destroy(),
  };
}

describe('GET /api/notifications/stream', () => {
  let t: TestApp;
  let base: string;
  const key = uniqueKey('notify-stream');

  beforeAll(async () => {
    t = await startTestApp();
    const spec = purchaseApprovalSpec(key) as {
      states: { manager: { meta: { task: { approval: Record<string, unknown> } } } };
    };
    // Opening the manager step copies (抄送) the office, which notifies each office user.
    spec.states.manager.meta.task.approval.cc = [{ kind: 'role', role: 'office' }];
    await publishSpec(t, key, spec);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const ticketOf = async (user: string) => {
    const res = await request(t.http)
      .post('/api/notifications/stream-ticket')
      .set(await t.auth(user))
      .expect(200);
    expect(res.body.expiresIn).toBe(60);
    return res.body.ticket as string;
  };

  it("pushes the office's unread count when another user's start copies them, and again when they read", async () => {
    const stream = openStream(base, await ticketOf('office'));
    const res = await stream.opened;
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    // The stream writes its own head: the security headers must still be on it.
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    const first = await stream.until(() => true);
    await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input: { item: '白板', amount: 100 } })
      .expect(201);
    expect(await stream.until((n) => n > first)).toBe(first + 1);
    await request(t.http)
      .post('/api/notifications/read-all')
      .set(await t.auth('office'))
      .expect(200);
    expect(await stream.until((n) => n === 0)).toBe(0);
    stream.close();
  }, 30_000);

  it('refuses a bearer token, a forged ticket and no ticket', async () => {
    const bearer = await t.token('office');
    const asBearer = await request(t.http).get(`/api/notifications/stream?ticket=${bearer}`).expect(401);
    expect(asBearer.body.details.reason).toBe('stream-ticket-invalid');
    await request(t.http).get('/api/notifications/stream?ticket=abc.def.ghi').expect(401);
    const none = await request(t.http).get('/api/notifications/stream').expect(400);
    expect(none.body.details.errors.map((e: { path: string }) => e.path)).toContain('/ticket');
  });
});
