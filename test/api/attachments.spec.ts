// Attachments end to end through the real app and database: upload (raw bytes, type checked by
// content, size limited), download byte-exact with safe headers, binding through event data
// (the history entry carries the sha256 and /verify passes), the refusals, who may read, cleanup.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { attachmentSchema } from '@liucheng/engine';
import { AttachmentCleanupService } from '../../apps/api/src/attachments/attachment-cleanup.service';
import { files } from './support/attachment-files';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** A self-loop `ATTACH {receipt}` for the starter, `NOTE` with free-form data, and a leader task. */
function attachSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'open',
    meta: {
      title: { zh: '附件测试', en: 'Attachment test' },
      input: { type: 'object' },
      events: {
        ATTACH: {
          title: { zh: '上传附件', en: 'Attach' },
          schema: {
            type: 'object',
            additionalProperties: false,
            required: ['receipt'],
            properties: { receipt: attachmentSchema },
          },
        },
        NOTE: { title: { zh: '备注', en: 'Note' }, schema: { type: 'object' } },
        DONE: { title: { zh: '完成', en: 'Done' }, schema: { type: 'object' } },
      },
    },
    context: {},
    states: {
      open: {
        meta: {
          title: { zh: '处理', en: 'Handle' },
          task: { title: { zh: '处理', en: 'Handle' }, candidateRoles: ['leader'], outcomes: ['DONE'] },
        },
        on: { ATTACH: {}, NOTE: {}, DONE: 'closed' },
      },
      closed: { type: 'final', meta: { title: { zh: '已完成', en: 'Closed' } } },
    },
  };
}

const MAX = 3 * 1024 * 1024;

describe('attachments', () => {
  let t: TestApp;
  const key = uniqueKey('attach');

  beforeAll(async () => {
    t = await startTestApp({ attachmentMaxBytes: MAX });
    await publishSpec(t, key, attachSpec(key));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function upload(who: string, bytes: Buffer, type: string, filename = 'file.bin') {
    return request(t.http)
      .post('/api/attachments')
      .set(await t.auth(who))
      .set('Content-Type', type)
      .set('X-Filename', encodeURIComponent(filename))
      .send(bytes);
  }
  async function uploaded(who: string, bytes = files.jpeg(), type = 'image/jpeg', filename = '发票.jpg') {
    const res = await upload(who, bytes, type, filename);
    expect(res.status).toBe(201);
    return res.body as { id: string; sha256: string; filename: string; contentType: string; size: number };
  }
  const ref = (a: Awaited<ReturnType<typeof uploaded>>) => ({
    attachmentId: a.id,
    sha256: a.sha256,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
  });
  async function startAs(who = 'staff'): Promise<string> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth(who))
      .send({ definitionKey: key })
      .expect(201);
    return res.body.id;
  }
  async function send(who: string, instanceId: string, type: string, data: unknown) {
    return request(t.http)
      .post(`/api/instances/${instanceId}/events`)
      .set(await t.auth(who))
      .send({ type, data });
  }

  describe('upload and download', () => {
    it('stores the bytes and gives them back byte-exact with safe headers and an ETag', async () => {
      // 2 MiB: above the 1 MiB JSON limit, below the upload limit.
      const bytes = files.png(2 * 1024 * 1024);
      const res = await upload('staff', bytes, 'image/png', '合同 扫描件 (1).png');
      expect(res.status).toBe(201);
      const { createHash } = await import('node:crypto');
      expect(res.body).toEqual({
        id: expect.any(String),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        filename: '合同 扫描件 (1).png',
        contentType: 'image/png',
        size: bytes.length,
      });
      const download = await request(t.http)
        .get(`/api/attachments/${res.body.id}/content`)
        .set(await t.auth('staff'))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['etag']).toBe(`"${res.body.sha256}"`);
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="__ ___ (1).png"; filename*=UTF-8''${encodeURIComponent('合同 扫描件 ').replace(/'/g, '%27')}%281%29.png`,
      );
      await request(t.http)
        .get(`/api/attachments/${res.body.id}/content`)
        .set(await t.auth('staff'))
        .set('If-None-Match', `"${res.body.sha256}"`)
        .expect(304);
      const meta = await request(t.http)
        .get(`/api/attachments/${res.body.id}`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(meta.body).toMatchObject({ ...res.body, uploadedBy: 'staff', instanceId: null, seq: null });
    });

    it('takes the filename from ?filename= and the RFC 5987 form of X-Filename', async () => {
      const byQuery = await request(t.http)
        .post(`/api/attachments?filename=${encodeURIComponent('报销单.pdf')}`)
        .set(await t.auth('staff'))
        .set('Content-Type', 'application/pdf')
        .send(files.pdf())
        .expect(201);
      expect(byQuery.body.filename).toBe('报销单.pdf');
      const rfc5987 = await request(t.http)
        .post('/api/attachments')
        .set(await t.auth('staff'))
        .set('Content-Type', 'text/plain; charset=utf-8')
        .set('X-Filename', `UTF-8''${encodeURIComponent('说明.txt')}`)
        .send(Buffer.from('招待说明：三位客户\n'))
        .expect(201);
      expect(rfc5987.body).toMatchObject({ filename: '说明.txt', contentType: 'text/plain' });
    });

    it.each([
      ['an executable named .jpg', files.exe(), 'image/jpeg', 415, 'attachment-content-mismatch'],
      ['an executable as what it is', files.exe(), 'application/x-msdownload', 415, 'attachment-type-not-allowed'],
      ['a PDF declared as PNG', files.pdf(), 'image/png', 415, 'attachment-content-mismatch'],
      ['binary bytes declared as text', files.jpeg(), 'text/plain', 415, 'attachment-content-mismatch'],
      ['an empty file', Buffer.alloc(0), 'image/jpeg', 400, 'attachment-empty'],
    ])('refuses %s', async (_name, bytes, type, status, code) => {
      const res = await upload('staff', bytes, type, 'invoice.jpg');
      expect({ status: res.status, reason: res.body.details?.reason }).toEqual({ status, reason: code });
      expect(res.body.details.errors[0].code).toBe(code);
    });

    it('refuses an upload without a usable filename (400)', async () => {
      for (const name of [undefined, '../etc/passwd', '%E4%B8']) {
        const req = request(t.http)
          .post('/api/attachments')
          .set(await t.auth('staff'))
          .set('Content-Type', 'image/jpeg');
        if (name !== undefined) req.set('X-Filename', name);
        const res = await req.send(files.jpeg());
        expect({ name, status: res.status, reason: res.body.details?.reason }).toEqual({
          name,
          status: 400,
          reason: 'attachment-filename-invalid',
        });
      }
    });

    it('answers 413 above the configured limit, declared or streamed', async () => {
      const res = await upload('staff', files.jpeg(MAX + 1), 'image/jpeg', 'big.jpg');
      expect(res.status).toBe(413);
      expect(res.body.details.reason).toBe('attachment-too-large');
    });

    it('keeps JSON-only bodies and the 1 MiB limit on every other route', async () => {
      const staff = await t.auth('staff');
      const octet = await request(t.http)
        .post('/api/instances')
        .set(staff)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from('{"definitionKey":"x"}'));
      expect(octet.status).toBe(400);
      const jpeg = await request(t.http)
        .post('/api/attachments/x/../../instances')
        .set(staff)
        .set('Content-Type', 'image/jpeg')
        .send(files.jpeg());
      expect(jpeg.status).toBeGreaterThanOrEqual(400);
      expect(jpeg.status).toBeLessThan(500);
      const big = await request(t.http)
        .post('/api/instances')
        .set(staff)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ definitionKey: key, input: { pad: 'x'.repeat(1024 * 1024 + 10) } }));
      expect(big.status).toBe(413);
      // A JSON body on the upload route is no file.
      const json = await request(t.http).post('/api/attachments').set(staff).send({ a: 1 });
      expect(json.status).toBe(415);
    });

    it('refuses uploads by an auditor (read-only role)', async () => {
      const res = await upload('auditor', files.jpeg(), 'image/jpeg', 'a.jpg');
      expect(res.status).toBe(403);
    });
  });

  describe('binding through event data', () => {
    it('binds on the event: the history entry carries the sha256, /verify passes, the instance lists it', async () => {
      const id = await startAs();
      const a = await uploaded('staff');
      const res = await send('staff', id, 'ATTACH', { receipt: ref(a) });
      expect(res.status).toBe(200);
      const history = await request(t.http)
        .get(`/api/instances/${id}/history`)
        .set(await t.auth('staff'))
        .expect(200);
      const entry = history.body.items.at(-1);
      expect(entry).toMatchObject({ seq: 2, type: 'ATTACH', data: { receipt: ref(a) } });
      const verify = await request(t.http)
        .get(`/api/instances/${id}/verify`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(verify.body.ok).toBe(true);
      const meta = await request(t.http)
        .get(`/api/attachments/${a.id}`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(meta.body).toMatchObject({ instanceId: id, seq: 2 });
      const list = await request(t.http)
        .get(`/api/instances/${id}/attachments`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([a.id]);
      // Referencing it again on the same instance keeps the first binding.
      await send('staff', id, 'NOTE', { again: ref(a) }).then((r) => expect(r.status).toBe(200));
      const after = await request(t.http)
        .get(`/api/attachments/${a.id}`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(after.body.seq).toBe(2);
    });

    it('a changed sha256 in the stored history fails /verify', async () => {
      const id = await startAs();
      const a = await uploaded('staff');
      await send('staff', id, 'ATTACH', { receipt: ref(a) }).then((r) => expect(r.status).toBe(200));
      await t.app
        .get(DataSource)
        .query(
          `UPDATE instance_events SET data = jsonb_set(data, '{receipt,sha256}', to_jsonb($2::text)) WHERE instance_id = $1 AND seq = 2`,
          [id, 'f'.repeat(64)],
        );
      const verify = await request(t.http)
        .get(`/api/instances/${id}/verify`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(verify.body).toMatchObject({ ok: false, firstBadSeq: 2 });
    });

    it('binds an attachment in the start input to history entry 1', async () => {
      const a = await uploaded('staff');
      const res = await request(t.http)
        .post('/api/instances')
        .set(await t.auth('staff'))
        .send({ definitionKey: key, input: { contract: ref(a) } })
        .expect(201);
      const meta = await request(t.http)
        .get(`/api/attachments/${a.id}`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(meta.body).toMatchObject({ instanceId: res.body.id, seq: 1 });
    });

    async function expectRefused(instanceId: string, data: unknown, path: string, code: string) {
      const before = await request(t.http)
        .get(`/api/instances/${instanceId}`)
        .set(await t.auth('staff'))
        .expect(200);
      const res = await send('staff', instanceId, 'NOTE', data);
      expect({ status: res.status, reason: res.body.details?.reason }).toEqual({ status: 422, reason: code });
      expect(res.body.details.errors).toEqual([expect.objectContaining({ path, code })]);
      const after = await request(t.http)
        .get(`/api/instances/${instanceId}`)
        .set(await t.auth('staff'))
        .expect(200);
      expect(after.body.seq).toBe(before.body.seq);
    }

    it.each(['sha256', 'size', 'contentType', 'filename'] as const)(
      'refuses a %s that differs from the stored one (422 naming the field)',
      async (field) => {
        const id = await startAs();
        const a = await uploaded('staff');
        const tampered = {
          ...ref(a),
          [field]: field === 'size' ? a.size + 1 : field === 'sha256' ? '0'.repeat(64) : 'other',
        };
        await expectRefused(
          id,
          { items: [{ photo: tampered }] },
          `/data/items/0/photo/${field}`,
          'attachment-mismatch',
        );
        const meta = await request(t.http)
          .get(`/api/attachments/${a.id}`)
          .set(await t.auth('staff'))
          .expect(200);
        expect(meta.body.instanceId).toBeNull();
      },
    );

    it("refuses someone else's upload and an unknown id alike (422)", async () => {
      const id = await startAs();
      const admins = await uploaded('admin');
      await expectRefused(id, { photo: ref(admins) }, '/data/photo/attachmentId', 'attachment-unavailable');
      await expectRefused(
        id,
        { photo: { ...ref(admins), attachmentId: '00000000-0000-4000-8000-000000000000' } },
        '/data/photo/attachmentId',
        'attachment-unavailable',
      );
      await expectRefused(
        id,
        { photo: { ...ref(admins), attachmentId: 'not-a-uuid' } },
        '/data/photo/attachmentId',
        'attachment-unavailable',
      );
    });

    it("refuses another instance's attachment (422)", async () => {
      const first = await startAs();
      const second = await startAs();
      const a = await uploaded('staff');
      await send('staff', first, 'ATTACH', { receipt: ref(a) }).then((r) => expect(r.status).toBe(200));
      await expectRefused(second, { photo: ref(a) }, '/data/photo/attachmentId', 'attachment-bound-elsewhere');
    });
  });

  describe('who may read', () => {
    const status = async (who: string, path: string) =>
      (
        await request(t.http)
          .get(path)
          .set(await t.auth(who))
      ).status;

    it('lets only the uploader read an unbound upload, and readers of the instance once bound', async () => {
      const a = await uploaded('staff');
      for (const path of [`/api/attachments/${a.id}`, `/api/attachments/${a.id}/content`]) {
        expect(
          Object.fromEntries(
            await Promise.all(
              ['staff', 'leader', 'owner', 'finance', 'auditor', 'admin'].map(async (w) => [w, await status(w, path)]),
            ),
          ),
        ).toEqual({ staff: 200, leader: 404, owner: 404, finance: 404, auditor: 404, admin: 404 });
      }
      const id = await startAs();
      await send('staff', id, 'ATTACH', { receipt: ref(a) }).then((r) => expect(r.status).toBe(200));
      for (const path of [`/api/attachments/${a.id}`, `/api/attachments/${a.id}/content`]) {
        expect(
          Object.fromEntries(
            await Promise.all(
              ['staff', 'leader', 'owner', 'finance', 'auditor', 'admin'].map(async (w) => [w, await status(w, path)]),
            ),
          ),
          // The owner published the definition: a process owner reads its instances.
        ).toEqual({ staff: 200, leader: 200, owner: 200, finance: 404, auditor: 200, admin: 200 });
      }
      expect(await status('finance', `/api/instances/${id}/attachments`)).toBe(403);
      expect(await status('owner', `/api/instances/${id}/attachments`)).toBe(200);
      expect(await status('auditor', `/api/instances/${id}/attachments`)).toBe(200);
      expect(await status('staff', `/api/instances/00000000-0000-4000-8000-000000000000/attachments`)).toBe(404);
      expect(await status('staff', `/api/attachments/00000000-0000-4000-8000-000000000000`)).toBe(404);
      const anonymous = await request(t.http).get(`/api/attachments/${a.id}/content`);
      expect(anonymous.status).toBe(401);
    });
  });

  describe('cleanup', () => {
    it('drops unbound uploads older than a day and keeps bound and fresh ones', async () => {
      const db = t.app.get(DataSource);
      const old = await uploaded('staff');
      const fresh = await uploaded('staff');
      const bound = await uploaded('staff');
      const id = await startAs();
      await send('staff', id, 'ATTACH', { receipt: ref(bound) }).then((r) => expect(r.status).toBe(200));
      await db.query(`UPDATE attachments SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [
        [old.id, bound.id],
      ]);
      expect(await t.app.get(AttachmentCleanupService).purge()).toBeGreaterThanOrEqual(1);
      const left = (await db.query(`SELECT id FROM attachments WHERE id = ANY($1::uuid[])`, [
        [old.id, fresh.id, bound.id],
      ])) as { id: string }[];
      expect(left.map((r) => r.id).sort()).toEqual([fresh.id, bound.id].sort());
    });
  });
});
