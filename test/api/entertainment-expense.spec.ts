import request from 'supertest';
import { DataSource } from 'typeorm';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { files } from './support/attachment-files';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

// 客户招待费申请与报销, published at start-up from workflows/entertainment-expense/definition.json.
const KEY = 'entertainment-expense';
const RUN = `${process.pid}-${Date.now().toString(36)}`;
const cityInput = {
  guests: '某运营商采购部 王经理等',
  guestCount: 3,
  purpose: '洽谈年度框架合同',
  estimatedAmount: 1200,
  alcohol: false,
  region: 'city',
};
const claimFields = { invoiceNumber: '044001900111-12345678', invoiceAmount: 1080, invoiceType: 'catering' };

describe('entertainment expense over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  async function timers(id: string): Promise<{ status: string; event_type: string }[]> {
    return t.app
      .get(DataSource)
      .query(`SELECT status, event_type FROM timers WHERE instance_id = $1 ORDER BY created_at`, [id]);
  }

  it('walks the whole path: leader approval task, hosting, claim, finance settlement; tasks, timers and history follow', async () => {
    const staff = await t.auth('staff');
    const started = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey: KEY, input: cityInput, businessKey: `ee-${RUN}` })
      .expect(201);
    const id = started.body.id;
    // @start, then @approvers: the applicant's manager, resolved from the organisation.
    expect(started.body).toMatchObject({ state: 'leaderApproval', status: 'running', seq: 2 });
    expect(started.body.tasks).toEqual([
      expect.objectContaining({
        statePath: 'leaderApproval',
        assignee: 'leader',
        slot: '1.1',
        outcomes: ['APPROVE', 'REJECT'],
      }),
    ]);

    const approved = await request(t.http)
      .post(`/api/tasks/${started.body.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { comment: '同意' } })
      .expect(200);
    expect(approved.body.task).toMatchObject({ status: 'done', outcome: 'APPROVE', completedBy: 'leader' });
    expect(approved.body.instance).toMatchObject({
      state: 'hosting',
      seq: 3,
      tasks: [expect.objectContaining({ statePath: 'hosting', assignee: 'staff' })],
    });

    const hosted = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'HOSTED', data: { actualAmount: 1080, hostedOn: '2026-03-02' } })
      .expect(200);
    expect(hosted.body.state).toEqual({ settlement: { claim: 'reimbursement', deadline: 'running' } });
    expect(await timers(id)).toEqual([{ status: 'scheduled', event_type: expect.stringMatching(/^xstate\.after\./) }]);

    // Finance cannot settle before the claim is in: the state does not take SETTLE yet.
    const early = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('finance'))
      .send({ type: 'SETTLE', data: {} })
      .expect(409);
    expect(early.body.details.acceptedEvents).toContain('SUBMIT_CLAIM');

    // The invoice photo is uploaded first; the claim carries the upload's answer.
    const photoBytes = files.jpeg(64 * 1024);
    const uploaded = await request(t.http)
      .post('/api/attachments')
      .set(staff)
      .set('Content-Type', 'image/jpeg')
      .set('X-Filename', encodeURIComponent('餐饮发票.jpg'))
      .send(photoBytes)
      .expect(201);
    const { id: attachmentId, sha256, filename, contentType, size } = uploaded.body;
    const claim = { ...claimFields, invoicePhoto: { attachmentId, sha256, filename, contentType, size } };

    const noPhoto = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'SUBMIT_CLAIM', data: claimFields })
      .expect(422);
    expect(noPhoto.body.details.errors.map((e: { path: string }) => e.path)).toContain('/data/invoicePhoto');
    // A claim above what was spent (¥99,999 for ¥1,080) is refused by the guard.
    const overClaim = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'SUBMIT_CLAIM', data: { ...claim, invoiceAmount: 99999 } })
      .expect(422);
    expect(overClaim.body.details).toMatchObject({ reason: 'guard', acceptedEvents: ['SUBMIT_CLAIM'] });

    const badClaim = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'SUBMIT_CLAIM', data: { ...claim, invoiceAmount: 'lots' } })
      .expect(422);
    expect(badClaim.body.details.errors.map((e: { path: string }) => e.path)).toContain('/data/invoiceAmount');

    const claimed = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'SUBMIT_CLAIM', data: claim })
      .expect(200);
    expect(claimed.body.state).toEqual({ settlement: { claim: 'financeCheck', deadline: 'running' } });
    expect(claimed.body.tasks).toEqual([
      expect.objectContaining({ statePath: 'settlement.claim.financeCheck', candidateRoles: ['finance'] }),
    ]);

    await request(t.http).post(`/api/instances/${id}/events`).set(staff).send({ type: 'SETTLE', data: {} }).expect(403);
    const settled = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('finance'))
      .send({ type: 'SETTLE', data: {} })
      .expect(200);
    expect(settled.body).toMatchObject({
      state: 'settled',
      status: 'done',
      seq: 6,
      tasks: [],
      context: { actualAmount: 1080, claim, overdue: false },
    });
    expect(await timers(id)).toEqual([{ status: 'cancelled', event_type: expect.stringMatching(/^xstate\.after\./) }]);

    const history = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items.map((e: { type: string; actor: string }) => `${e.type}/${e.actor}`)).toEqual([
      '@start/staff',
      '@approvers/system',
      'APPROVE/leader',
      'HOSTED/staff',
      'SUBMIT_CLAIM/staff',
      'SETTLE/finance',
    ]);
    expect(history.body.items[1].data).toMatchObject({
      states: { leaderApproval: { approvers: [{ user: 'leader' }] } },
    });
    expect(history.body.items[4].data.invoicePhoto).toEqual({ attachmentId, sha256, filename, contentType, size });
    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 6 });

    // The photo is bound to the claim's history entry; finance (who checked it) downloads it byte-exact.
    const listed = await request(t.http)
      .get(`/api/instances/${id}/attachments`)
      .set(await t.auth('finance'))
      .expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: attachmentId, instanceId: id, seq: 5, sha256 })]);
    const download = await request(t.http)
      .get(`/api/attachments/${attachmentId}/content`)
      .set(await t.auth('finance'))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, photoBytes)).toBe(0);
    await request(t.http)
      .get(`/api/attachments/${attachmentId}/content`)
      .set(await t.auth('owner'))
      .expect(404);
  });

  it('fires the settlement timer as system through the event path; replay and verify include it', async () => {
    const staff = await t.auth('staff');
    const started = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey: KEY, input: cityInput })
      .expect(201);
    const id = started.body.id;
    await request(t.http)
      .post(`/api/tasks/${started.body.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'HOSTED', data: { actualAmount: 1080, hostedOn: '2026-03-02' } })
      .expect(200);
    const [timer] = await timers(id);

    // Fired by its `after` key, as a scenario names it.
    const fired = await t.app.get(TimersService).fire(id, 'settlementDeadline');
    expect(fired.seq).toBe(5);
    expect(fired.context).toMatchObject({ overdue: true });
    expect(await timers(id)).toEqual([{ status: 'fired', event_type: timer.event_type }]);

    const history = await request(t.http)
      .get(`/api/instances/${id}/history`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(history.body.items[4]).toMatchObject({ seq: 5, type: timer.event_type, actor: 'system' });
    const replayed = await request(t.http)
      .get(`/api/instances/${id}/replay?seq=5`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(replayed.body).toEqual({ seq: 5, state: fired.state, context: fired.context, status: fired.status });
    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: 5 });
  });

  /** A city claim hosted on Monday 2 March 2026 whose settlement deadline has just fired. */
  async function overdueClaim(): Promise<{ id: string; staff: Record<string, string> }> {
    const staff = await t.auth('staff');
    const started = await request(t.http)
      .post('/api/instances')
      .set(staff)
      .send({ definitionKey: KEY, input: cityInput })
      .expect(201);
    const id = started.body.id;
    await request(t.http)
      .post(`/api/tasks/${started.body.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: {} })
      .expect(200);
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'HOSTED', data: { actualAmount: 1080, hostedOn: '2026-03-02' } })
      .expect(200);
    await t.app.get(TimersService).fire(id, 'settlementDeadline');
    return { id, staff };
  }

  /** The follow-up task of instance `id` among the leader's open tasks (the inbox), if any. */
  async function leaderFollowUp(id: string): Promise<{ id: string; assignee: string; outcomes: string[] } | undefined> {
    const inbox = await request(t.http)
      .get('/api/tasks?status=open')
      .set(await t.auth('leader'))
      .expect(200);
    return inbox.body.items.find(
      (task: { instanceId: string; statePath: string }) =>
        task.instanceId === id && task.statePath === 'settlement.deadline.overdue',
    );
  }

  async function uploadedClaim(staff: Record<string, string>): Promise<Record<string, unknown>> {
    const uploaded = await request(t.http)
      .post('/api/attachments')
      .set(staff)
      .set('Content-Type', 'image/jpeg')
      .set('X-Filename', encodeURIComponent('餐饮发票.jpg'))
      .send(files.jpeg(4096))
      .expect(201);
    const { id: attachmentId, sha256, filename, contentType, size } = uploaded.body;
    return { ...claimFields, invoicePhoto: { attachmentId, sha256, filename, contentType, size } };
  }

  it('overdue: the leader gets a follow-up task in their inbox; settling the claim closes it', async () => {
    const { id, staff } = await overdueClaim();
    const followUp = await leaderFollowUp(id);
    expect(followUp).toMatchObject({ assignee: 'leader', outcomes: ['FOLLOW_UP'], status: 'open' });

    // The staff member can still settle while the leader's task is open.
    const claimed = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'SUBMIT_CLAIM', data: await uploadedClaim(staff) })
      .expect(200);
    expect(claimed.body.state).toEqual({ settlement: { claim: 'financeCheck', deadline: 'overdue' } });
    // Finance cannot record the leader's follow-up.
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('finance'))
      .send({ type: 'FOLLOW_UP', data: { decision: 'urged', note: '催' } })
      .expect(403);
    const settled = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('finance'))
      .send({ type: 'SETTLE', data: {} })
      .expect(200);
    expect(settled.body).toMatchObject({ state: 'settled', status: 'done', tasks: [], context: { overdue: true } });
    expect(await leaderFollowUp(id)).toBeUndefined();
    const closed = await request(t.http)
      .get(`/api/tasks/${followUp!.id}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(closed.body.status).toBe('cancelled');
    const verify = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body.ok).toBe(true);
  });

  it('overdue: the leader records the follow-up (note required); the claim stays open for the staff member', async () => {
    const { id, staff } = await overdueClaim();
    const followUp = await leaderFollowUp(id);
    const leader = await t.auth('leader');
    const noNote = await request(t.http)
      .post(`/api/tasks/${followUp!.id}/complete`)
      .set(leader)
      .send({ outcome: 'FOLLOW_UP', data: { decision: 'urged' } })
      .expect(422);
    expect(JSON.stringify(noNote.body.details)).toContain('note');

    const done = await request(t.http)
      .post(`/api/tasks/${followUp!.id}/complete`)
      .set(leader)
      .send({ outcome: 'FOLLOW_UP', data: { decision: 'urged', note: '已电话催办，约定3月9日前交票' } })
      .expect(200);
    expect(done.body.task.status).toBe('done');
    expect(done.body.instance).toMatchObject({
      state: { settlement: { claim: 'reimbursement', deadline: 'followedUp' } },
      context: { followUps: [{ decision: 'urged', note: '已电话催办，约定3月9日前交票', by: 'leader' }] },
      tasks: [expect.objectContaining({ statePath: 'settlement.claim.reimbursement', assignee: 'staff' })],
    });
    await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(staff)
      .send({ type: 'SUBMIT_CLAIM', data: await uploadedClaim(staff) })
      .expect(200);
    const settled = await request(t.http)
      .post(`/api/instances/${id}/events`)
      .set(await t.auth('finance'))
      .send({ type: 'SETTLE', data: {} })
      .expect(200);
    expect(settled.body).toMatchObject({ state: 'settled', status: 'done' });
  });

  it('撤回: the applicant withdraws before the leader acts; after the leader approved, 409 already-acted', async () => {
    const staff = await t.auth('staff');
    const start = async () =>
      (
        await request(t.http)
          .post('/api/instances')
          .set(staff)
          .send({ definitionKey: KEY, input: cityInput })
          .expect(201)
      ).body;

    const early = await start();
    const withdrawn = await request(t.http)
      .post(`/api/instances/${early.id}/withdraw`)
      .set(staff)
      .send({ reason: '客户改期来访' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', status: 'done', tasks: [] });
    const leaderTask = await request(t.http)
      .get(`/api/tasks/${early.tasks[0].id}`)
      .set(await t.auth('leader'))
      .expect(200);
    expect(leaderTask.body.status).toBe('cancelled');

    const late = await start();
    await request(t.http)
      .post(`/api/tasks/${late.tasks[0].id}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { comment: '同意' } })
      .expect(200);
    const refused = await request(t.http).post(`/api/instances/${late.id}/withdraw`).set(staff).send({}).expect(409);
    expect(refused.body.details.reason).toBe('already-acted');
    const after = await request(t.http).get(`/api/instances/${late.id}`).set(staff).expect(200);
    expect(after.body).toMatchObject({ state: 'hosting', status: 'running', seq: 3 });
  });
});
