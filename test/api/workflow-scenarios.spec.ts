// Every scenario of every workflow folder, walked through the API against the definitions it
// publishes at start-up (each workflows/<key>/definition.json). User steps go over HTTP as the
// step's demo user; users cannot send timer events, so a timer step is fired through the API's
// own TimersService, as its timer worker would. An attachment reference in a step's data stands
// for a file the step's actor uploads first.
import request from 'supertest';
import { TimersService } from '../../apps/api/src/timers/timers.service';
import { listWorkflows } from '../../workflows/testing/list-workflows';
import { loadScenarios } from '../../workflows/testing/load-definition';
import { isUserOnly } from '../../workflows/testing/run-scenario';
import type { Scenario } from '../../workflows/testing/scenario.types';
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

  /** Starts the scenario's instance, applies every step, asserts each expectation and the hash chain. */
  async function walk(key: string, scenario: Scenario, businessKey: string): Promise<void> {
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

    let instance = started.body;
    for (const [n, s] of scenario.steps.entries()) {
      if (s.timer !== undefined) {
        instance = await t.app.get(TimersService).fire(id, s.timer);
      } else {
        const res = await request(t.http)
          .post(`/api/instances/${id}/events`)
          .set(await t.auth(s.actor))
          .send({ type: s.type, data: await withUploads(t, s.actor, s.data ?? {}) });
        // The step number and the error body make a failure say where and why.
        expect({ step: n + 1, type: s.type, status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({
          step: n + 1,
          type: s.type,
          status: 200,
          body: 'ok',
        });
        instance = res.body;
      }
      if (s.expectState !== undefined)
        expect({ step: n + 1, state: instance.state }).toEqual({ step: n + 1, state: s.expectState });
    }

    expect(instance.state).toEqual(scenario.expectState);
    expect(instance.status).toBe(scenario.expectStatus);
    expect(instance.seq).toBe(scenario.steps.length + 1);
    if (scenario.expectContext) expect(instance.context).toMatchObject(scenario.expectContext);

    const verified = await request(t.http)
      .get(`/api/instances/${id}/verify`)
      .set(await t.auth('auditor'));
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ ok: true, checked: scenario.steps.length + 1 });
  }

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
