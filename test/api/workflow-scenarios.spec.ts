// Every scenario of every workflow folder, walked through the API against the definitions it
// publishes at start-up (each workflows/<key>/definition.json). User steps go over HTTP as the
// step's demo user; users cannot send timer events, so a timer step is fired through the API's
// own TimersService, as its timer worker would. An attachment reference in a step's data stands
// for a file the step's actor uploads first. A decision on an approval goes to the approval task
// the actor holds; 撤回, 催办 and 驳回 steps (`@withdraw`, `@urge`, `@send-back`) go to their routes.
// The pure walk of the same scenario says how many history entries to expect (`@approvers`
// follow-ups included), so both walks count alike.
import type { Instance, Task } from '@liucheng/contracts';
import { demoOrgSnapshot } from '@liucheng/workflows';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadOrgSnapshot } from '../../apps/api/src/org/org-snapshot.queries';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { listWorkflows } from '../../workflows/testing/list-workflows';
import { loadDefinition, loadScenarios } from '../../workflows/testing/load-definition';
import { isUserOnly, runScenario } from '../../workflows/testing/run-scenario';
import type { Scenario, ScenarioStep } from '../../workflows/testing/scenario.types';
import { withUploads } from './support/attachment-files';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

/** One suffix per run keeps business keys unique when the database outlives the run. */
const RUN = `${process.pid}-${Date.now().toString(36)}`;

const workflows = listWorkflows().map((key) => ({ key, scenarios: loadScenarios(key) }));
const userOnly = workflows
  .map((w) => [w.key, w.scenarios.filter(isUserOnly)] as const)
  .filter(([, scenarios]) => scenarios.length > 0);
const withTimers = workflows.flatMap((w) =>
  w.scenarios.filter((s) => !isUserOnly(s)).map((s) => [w.key, s.name, s] as const),
);

describe('workflow scenarios over the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.getHttpAdapter().getInstance().ready();
  }, SETUP_TIMEOUT);

  afterAll(() => t?.close());

  /** The latest published version of a definition. */
  async function latestVersion(key: string): Promise<number> {
    const res = await request(t.http)
      .get(`/api/definitions/${key}`)
      .set(await t.auth('owner'));
    expect(res.status).toBe(200);
    return Math.max(...res.body.versions.map((v: { version: number }) => v.version));
  }

  /** The open approval task `actor` holds (for itself or as a proxy) that `accepts` the step, if any. */
  function approvalTaskOf(instance: Instance, s: ScenarioStep, accepts: (t: Task) => boolean): Task | undefined {
    return instance.tasks.find(
      (t) => t.status === 'open' && !!t.slot && (t.assignee === s.actor || t.onBehalfOf === s.actor) && accepts(t),
    );
  }

  /** One user step over HTTP: the answer's status, body and the instance after it. */
  async function send(id: string, instance: Instance, s: ScenarioStep) {
    const auth = await t.auth(s.actor);
    const data = await withUploads(t, s.actor, s.data ?? {});
    if (s.type === '@withdraw' || s.type === '@urge') {
      const res = await request(t.http)
        .post(`/api/instances/${id}/${s.type.slice(1)}`)
        .set(auth)
        .send(data);
      return { res, instance: res.body as Instance };
    }
    if (s.type === '@send-back') {
      const task = approvalTaskOf(instance, s, (x) => x.statePath === data.statePath);
      if (!task) throw new Error(`${s.actor} holds no approval task at ${String(data.statePath)}`);
      const res = await request(t.http)
        .post(`/api/tasks/${task.id}/send-back`)
        .set(auth)
        .send({ to: data.to, ...(data.reason ? { reason: data.reason } : {}) });
      return { res, instance: res.body.instance as Instance };
    }
    const task = approvalTaskOf(instance, s, (x) => x.outcomes.includes(s.type!));
    if (task) {
      const res = await request(t.http)
        .post(`/api/tasks/${task.id}/complete`)
        .set(auth)
        .send({ outcome: s.type, data });
      return { res, instance: res.body.instance as Instance };
    }
    const res = await request(t.http).post(`/api/instances/${id}/events`).set(auth).send({ type: s.type, data });
    return { res, instance: res.body as Instance };
  }

  /** Starts the scenario's instance, applies every step, asserts each expectation and the hash chain. */
  async function walk(key: string, scenario: Scenario, businessKey: string): Promise<void> {
    const entries = runScenario(loadDefinition(key), scenario).seq;
    const version = await latestVersion(key);
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth(scenario.starter))
      .send({ definitionKey: key, input: await withUploads(t, scenario.starter, scenario.input), businessKey });
    expect({ status: started.status, body: started.status === 201 ? 'ok' : started.body }).toEqual({
      status: 201,
      body: 'ok',
    });
    expect(started.body).toMatchObject({ definitionKey: key, version, status: 'running', startedBy: scenario.starter });
    const id: string = started.body.id;

    let instance: Instance = started.body;
    for (const [n, s] of scenario.steps.entries()) {
      if (s.timer !== undefined) {
        instance = await t.app.get(TimersService).fire(id, s.timer);
      } else {
        const sent = await send(id, instance, s);
        const res = sent.res;
        // The step number and the error body make a failure say where and why.
        expect({ step: n + 1, type: s.type, status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
          step: n + 1,
          type: s.type,
          status: 200,
          body: 'ok',
        });
        instance = sent.instance;
      }
      if (s.expectState !== undefined)
        expect({ step: n + 1, state: instance.state }).toEqual({ step: n + 1, state: s.expectState });
    }

    expect(instance.state).toEqual(scenario.expectState);
    expect(instance.status).toBe(scenario.expectStatus);
    expect(instance.seq).toBe(entries);
    if (scenario.expectContext) expect(instance.context).toMatchObject(scenario.expectContext);

    const verified = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'));
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, checked: entries });
  }

  it('resolves approvers against the organisation the pure walks use (the seeded demo organisation)', async () => {
    const seeded = await loadOrgSnapshot(t.app.get(DataSource));
    const demo = demoOrgSnapshot();
    const codeOf = new Map(seeded.departments.map((d) => [d.id, d.code]));
    const code = (id: string | null) => (id === null ? null : (codeOf.get(id) ?? id));
    const demoCodes = new Set(demo.departments.map((d) => d.code));
    expect(
      seeded.departments
        .filter((d) => demoCodes.has(d.code))
        .map((d) => ({ ...d, id: d.code, parentId: code(d.parentId) }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    ).toEqual([...demo.departments].sort((a, b) => a.code.localeCompare(b.code)));
    const demoUsers = new Set(demo.users.map((u) => u.username));
    const norm = (u: (typeof demo.users)[number]) => ({
      ...u,
      departmentId: code(u.departmentId),
      roles: u.roles
        .map((g) => ({ ...g, departmentId: code(g.departmentId) }))
        .sort((a, b) => a.role.localeCompare(b.role)),
    });
    expect(
      seeded.users
        .filter((u) => demoUsers.has(u.username))
        .map(norm)
        .sort((a, b) => a.username.localeCompare(b.username)),
    ).toEqual(demo.users.map(norm).sort((a, b) => a.username.localeCompare(b.username)));
  });

  it('finds every workflow folder with at least one scenario a user can walk over HTTP', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(8);
    expect(workflows.filter((w) => !w.scenarios.some(isUserOnly)).map((w) => w.key)).toEqual([]);
  });

  describe.each(userOnly)('%s over HTTP', (key, scenarios) => {
    it.each(scenarios.map((s, i) => [s.name, s, i] as const))('%s', async (_name, scenario, index) => {
      await walk(key, scenario, `${key}#${index}@${RUN}`);
    });
  });

  it.each(withTimers)('%s with a timer: %s', async (key, _name, scenario) => {
    await walk(key, scenario, `${key}#timer:${scenario.name}@${RUN}`);
  });
});
