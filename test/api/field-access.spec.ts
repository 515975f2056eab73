import { flowTemplate, treeToDefinition, type ApproverNode } from '@liucheng/engine';
import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

// 表单权限 over HTTP: the expense template whose manager may correct the amount but not the reason,
// and never sees the note.
describe('表单权限: what an approver may edit', () => {
  let t: TestApp;
  const key = uniqueKey('field-access');

  beforeAll(async () => {
    t = await startTestApp();
    const tree = flowTemplate('expense', key);
    (tree.nodes[0] as ApproverNode).task.fieldAccess = { amount: 'edit', note: 'hidden' };
    await publishSpec(t, key, treeToDefinition(tree) as unknown as Record<string, unknown>);
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  const lines = [{ date: '2026-11-30', item: '客户午餐', amount: 1000 }];
  async function startClaim() {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key, input: { reason: '拜访客户', amount: 1000, lines, note: '仅自己可见' } });
    expect(res.status).toBe(201);
    const detail = await request(t.http)
      .get(`/api/instances/${res.body.id}`)
      .set(await t.auth('admin'))
      .expect(200);
    const task = (detail.body.tasks as { id: string; assignee: string; formSchema: Record<string, unknown> }[])[0];
    return { id: res.body.id as string, task };
  }
  const historyLength = async (id: string) =>
    (
      await request(t.http)
        .get(`/api/instances/${id}/history`)
        .set(await t.auth('auditor'))
        .expect(200)
    ).body.items.length as number;

  it('offers the editable field in the task form, and none of the others', async () => {
    const { task } = await startClaim();
    expect(task.assignee).toBe('leader');
    const properties = task.formSchema.properties as Record<string, Record<string, unknown>>;
    expect(properties.amount).toMatchObject({ 'x-field-access': 'edit', 'x-kind': 'money' });
    expect(properties.reason).toBeUndefined();
    expect(properties.note).toBeUndefined();
    expect(properties.comment).toBeDefined();
  });

  it.each([
    ['a read-only field', { reason: '改成别的', comment: '同意' }, '/data/reason'],
    ['a hidden field', { note: '看不见也改不了' }, '/data/note'],
  ])('refuses %s with a 422 naming it, and records nothing', async (_name, data, path) => {
    const { id, task } = await startClaim();
    const before = await historyLength(id);
    const res = await request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data });
    expect(res.status).toBe(422);
    expect(res.body.details).toMatchObject({ reason: 'invalid-data' });
    expect(res.body.details.errors).toEqual([expect.objectContaining({ path, code: 'field-not-editable' })]);
    expect(await historyLength(id)).toBe(before);
  });

  it('refuses an edit the start form would refuse', async () => {
    const { task } = await startClaim();
    const res = await request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { amount: -1 } });
    expect(res.status).toBe(422);
    expect(res.body.details.errors).toEqual([expect.objectContaining({ path: '/data/amount' })]);
  });

  it('applies an allowed edit: the corrected amount takes the finance branch, and the history verifies', async () => {
    const { id, task } = await startClaim();
    const res = await request(t.http)
      .post(`/api/tasks/${task.id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { amount: 6000, comment: '金额按发票更正' } });
    expect(res.status).toBe(200);
    const detail = await request(t.http)
      .get(`/api/instances/${id}`)
      .set(await t.auth('admin'))
      .expect(200);
    expect(detail.body.context).toMatchObject({ amount: 6000, reason: '拜访客户', note: '仅自己可见' });
    expect(detail.body.state).toBe('financeApproval');
    const verified = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verified.body).toMatchObject({ ok: true });
  });
});
