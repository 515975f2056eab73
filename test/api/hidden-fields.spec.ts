import { attachmentSchema, hashEntry } from '@liucheng/engine';
import request from 'supertest';
import { files } from './support/attachment-files';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const t2 = (zh: string, en: string) => ({ zh, en });

// 表单权限 `hidden` enforced by the server: the finance reviewer's step hides the amount and the
// contract file; the legal archivist's step (no fieldAccess) hides nothing. The starter, the
// owner, an auditor and the archivist read everything; the reviewer reads none of it anywhere.
type Access = Record<string, 'read' | 'edit' | 'hidden'>;
const REVIEW_HIDES: Access = { amount: 'hidden', contract: 'hidden', reason: 'read' };

const spec = (key: string, review: Access = REVIEW_HIDES, archive?: Access) => ({
  id: key,
  initial: 'review',
  meta: {
    title: t2('隐藏字段', 'Hidden fields'),
    input: {
      type: 'object',
      required: ['reason', 'amount'],
      properties: {
        reason: { type: 'string', minLength: 1, title: '事由 / Reason' },
        amount: { type: 'number', minimum: 0, title: '金额 / Amount' },
        contract: { ...attachmentSchema, title: '合同 / Contract' },
      },
    },
    summary: [
      { path: 'reason', label: t2('事由', 'Reason') },
      { path: 'amount', label: t2('金额', 'Amount'), format: 'money' },
    ],
    events: {
      APPROVE: {
        title: t2('同意', 'Approve'),
        schema: { type: 'object', properties: { comment: { type: 'string' } } },
      },
      ARCHIVE: { title: t2('归档', 'Archive'), schema: { type: 'object' } },
    },
  },
  context: {},
  states: {
    review: {
      meta: {
        task: {
          title: t2('财务审核', 'Finance review'),
          candidateRoles: ['finance'],
          outcomes: ['APPROVE'],
          fieldAccess: review,
        },
      },
      on: { APPROVE: 'archive' },
    },
    archive: {
      meta: {
        task: {
          title: t2('法务归档', 'Legal archive'),
          candidateRoles: ['legal'],
          outcomes: ['ARCHIVE'],
          ...(archive ? { fieldAccess: archive } : {}),
        },
      },
      on: { ARCHIVE: 'done' },
    },
    done: { type: 'final' },
  },
});

describe('表单权限 hidden: the server does not send a hidden field', () => {
  let t: TestApp;
  const key = uniqueKey('hidden-fields');
  let id: string;
  let contractId: string;

  const get = async (who: string, path: string) =>
    request(t.http)
      .get(path)
      .set(await t.auth(who));
  const ok = async (who: string, path: string) => {
    const res = await get(who, path);
    if (res.status !== 200) throw new Error(`GET ${path} as ${who}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, spec(key));
    const upload = await request(t.http)
      .post('/api/attachments')
      .set(await t.auth('staff'))
      .set('Content-Type', 'application/pdf')
      .set('X-Filename', encodeURIComponent('合同.pdf'))
      .send(files.pdf())
      .expect(201);
    contractId = upload.body.id;
    const contract = {
      attachmentId: upload.body.id,
      sha256: upload.body.sha256,
      filename: upload.body.filename,
      contentType: upload.body.contentType,
      size: upload.body.size,
    };
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input: { reason: '采购服务器', amount: 88000, contract } })
      .expect(201);
    id = started.body.id;
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('the reviewer reads the instance, the lists and the inbox without the hidden fields', async () => {
    const detail = await ok('finance', `/api/instances/${id}`);
    expect(detail.context).toEqual({ reason: '采购服务器' });
    expect(detail.summary).toEqual([{ label: t2('事由', 'Reason'), value: '采购服务器' }]);
    expect(detail.tasks).toHaveLength(1);

    const list = await ok('finance', `/api/instances?definitionKey=${key}`);
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(list.items[0].context).toEqual({ reason: '采购服务器' });
    expect(list.items[0].summary).toHaveLength(1);

    const tasks = await ok('finance', `/api/tasks?scope=candidate&definitionKey=${key}`);
    expect(tasks.items).toHaveLength(1);
    expect(tasks.items[0].instance.summary).toEqual([{ label: t2('事由', 'Reason'), value: '采购服务器' }]);
    expect(JSON.stringify(tasks.items[0])).not.toContain('88000');
  });

  it('the reviewer reads history, replay and replay steps without them, marked redacted; verify still passes', async () => {
    const history = await ok('finance', `/api/instances/${id}/history`);
    expect(history.items[0]).toMatchObject({ seq: 1, type: '@start', redacted: ['amount', 'contract'] });
    expect(history.items[0].data).toEqual({ reason: '采购服务器' });
    const paged = await ok('finance', `/api/instances/${id}/history?limit=1`);
    expect(paged.items[0].data).toEqual({ reason: '采购服务器' });

    const replay = await ok('finance', `/api/instances/${id}/replay?seq=1`);
    expect(replay.context).toEqual({ reason: '采购服务器' });
    const steps = await ok('finance', `/api/instances/${id}/replay/steps`);
    expect(steps.items[0]).toMatchObject({ data: { reason: '采购服务器' }, redacted: ['amount', 'contract'] });
    expect(steps.items[0].context).toEqual({ reason: '采购服务器' });
    expect(steps.items[0].changes.map((c: { path: string }) => c.path)).toEqual(['reason']);
    expect(JSON.stringify([history, replay, steps])).not.toContain('88000');

    expect(await ok('finance', `/api/instances/${id}/verify`)).toEqual({ ok: true, checked: 1 });
  });

  it('the reviewer cannot list or download the hidden contract file (404, like an unreadable one)', async () => {
    expect((await ok('finance', `/api/instances/${id}/attachments`)).items).toEqual([]);
    expect((await get('finance', `/api/attachments/${contractId}`)).status).toBe(404);
    expect((await get('finance', `/api/attachments/${contractId}/content`)).status).toBe(404);
    // The starter still lists and downloads it.
    const mine = await ok('staff', `/api/instances/${id}/attachments`);
    expect(mine.items.map((a: { id: string }) => a.id)).toEqual([contractId]);
    expect((await get('staff', `/api/attachments/${contractId}/content`)).status).toBe(200);
  });

  it('a search on the hidden field is refused for the reviewer, naming it; the auditor and the owner search it', async () => {
    // Without definitionKey every definition hiding the field is named (the database is shared with other files).
    for (const [path, keys] of [
      [`/api/instances?definitionKey=${key}&field=amount&op=gte&value=80000`, [key]],
      [`/api/instances?field=amount&op=gte&value=80000`, expect.arrayContaining([key])],
      [`/api/instances?definitionKey=${key}&field=amount.x&value=1`, [key]],
    ] as const) {
      const res = await get('finance', path);
      expect(res.status).toBe(403);
      expect(res.body.details).toMatchObject({ reason: 'search-field-hidden' });
      expect(res.body.details.errors).toEqual([
        expect.objectContaining({
          path: '/field',
          code: 'search-field-hidden',
          params: { field: 'amount', definitionKeys: keys },
        }),
      ]);
    }
    const visible = await ok('finance', `/api/instances?definitionKey=${key}&field=reason&value=采购服务器`);
    expect(visible.items.map((i: { id: string }) => i.id)).toEqual([id]);
    for (const who of ['auditor', 'owner']) {
      const found = await ok(who, `/api/instances?definitionKey=${key}&field=amount&op=gte&value=80000`);
      expect(found.items.map((i: { id: string }) => i.id)).toEqual([id]);
      expect(found.items[0].context.amount).toBe(88000);
    }
  });

  it('the starter, the owner and an auditor read every field; the auditor gets the full history whose hashes recompute', async () => {
    for (const who of ['staff', 'owner', 'auditor']) {
      const detail = await ok(who, `/api/instances/${id}`);
      expect(detail.context).toMatchObject({
        reason: '采购服务器',
        amount: 88000,
        contract: { attachmentId: contractId },
      });
      expect(detail.summary.map((s: { value: unknown }) => s.value)).toEqual(['采购服务器', 88000]);
    }
    const history = await ok('auditor', `/api/instances/${id}/history`);
    const [entry] = history.items;
    expect(entry.redacted).toBeUndefined();
    expect(entry.data).toMatchObject({ amount: 88000, contract: { attachmentId: contractId } });
    const { hash, redacted: _none, ...fields } = entry;
    expect(hashEntry({ instanceId: id, ...fields })).toBe(hash);
    expect(await ok('auditor', `/api/instances/${id}/verify`)).toEqual({ ok: true, checked: 1 });
    expect((await ok('auditor', `/api/instances/${id}/replay`)).context.amount).toBe(88000);
  });

  it("the reviewer's own completion answers without them; the archivist, whose step hides nothing, sees them", async () => {
    const detail = await ok('finance', `/api/instances/${id}`);
    const res = await request(t.http)
      .post(`/api/tasks/${detail.tasks[0].id}/complete`)
      .set(await t.auth('finance'))
      .send({ outcome: 'APPROVE', data: { comment: '同意' } })
      .expect(200);
    expect(res.body.instance.state).toBe('archive');
    expect(res.body.instance.context).toEqual({ reason: '采购服务器' });
    expect(res.body.instance.summary).toHaveLength(1);
    // Having completed it, the reviewer still reads the instance through that task only.
    expect((await ok('finance', `/api/instances/${id}`)).context).toEqual({ reason: '采购服务器' });
    const history = await ok('finance', `/api/instances/${id}/history`);
    expect(history.items.map((e: { data: unknown }) => e.data)).toEqual([
      { reason: '采购服务器' },
      { comment: '同意' },
    ]);

    const archivist = await ok('legal', `/api/instances/${id}`);
    expect(archivist.context).toMatchObject({ amount: 88000 });
    expect((await ok('legal', `/api/instances/${id}/attachments`)).items).toHaveLength(1);
    expect(await ok('auditor', `/api/instances/${id}/verify`)).toEqual({ ok: true, checked: 2 });
  });
});

// A field edit is history data too: finance corrects the amount (edit), legal's later step hides it.
describe('表单权限 hidden after an edit: the edit entry is redacted as well', () => {
  let t: TestApp;
  const key = uniqueKey('hidden-edit');

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, spec(key, { amount: 'edit' }, { amount: 'hidden' }));
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('the archivist reads neither the start amount nor the corrected one; the editor and the auditor read both', async () => {
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input: { reason: '差旅', amount: 500 } })
      .expect(201);
    const id = started.body.id as string;
    const task = (started.body.tasks as { id: string }[])[0];
    const edited = await request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await t.auth('finance'))
      .send({ outcome: 'APPROVE', data: { amount: 650, comment: '按发票更正' } })
      .expect(200);
    expect(edited.body.instance.context).toMatchObject({ amount: 650 });

    const legal = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('legal'))
      .expect(200);
    expect(legal.body.items.map((e: { data: unknown; redacted?: string[] }) => [e.data, e.redacted])).toEqual([
      [{ reason: '差旅' }, ['amount']],
      [{ comment: '按发票更正' }, ['amount']],
    ]);
    const detail = await request(t.http)
      .get(`/api/instances/${id}`)
      .set(await t.auth('legal'))
      .expect(200);
    expect(detail.body.context).toEqual({ reason: '差旅' });

    const audited = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(audited.body.items[1].data).toEqual({ amount: 650, comment: '按发票更正' });
    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 2 });
  });
});
