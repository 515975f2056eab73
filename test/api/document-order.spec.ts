import request from 'supertest';
import { createActor } from 'xstate';
import { compile, standardRegistry, type WorkflowSpec } from '@liucheng/engine';
import { publishSpec, uniqueKey } from './support/publish';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const title = (en: string) => ({ zh: `中文${en}`, en });
const final = { type: 'final' };

/**
 * Parallel regions written against `jsonb` key order (jsonb sorts keys by length, then bytes),
 * so a snapshot read back from the instances table lists them differently from the definition.
 */
const scenarios: Array<{ name: string; states: Record<string, unknown>; events: string[] }> = [
  {
    name: 'regions d then c both handle T; d stays inside, c leaves the parallel state',
    states: {
      p: {
        type: 'parallel',
        states: {
          d: { initial: 'd1', states: { d1: { on: { T: 'd2' } }, d2: { on: { BACK: 'd1' } } } },
          c: { initial: 'c1', states: { c1: { on: { T: '#KEY.out' } } } },
        },
      },
      out: final,
    },
    events: ['T', 'BACK', 'T', 'T'],
  },
  {
    name: 'history states inside regions, longer region name first',
    states: {
      work: {
        type: 'parallel',
        states: {
          tracking: {
            initial: 't1',
            states: { t1: { on: { NEXT: 't2' } }, t2: { on: { NEXT: '#KEY.cancelled' } }, back: { type: 'history' } },
          },
          writing: {
            initial: 'draft',
            states: {
              draft: { on: { NEXT: 'review' } },
              review: { initial: 'r1', states: { r1: { on: { NEXT: 'r2' } }, r2: { on: { NEXT: '#KEY.done' } } } },
              hist: { type: 'history', history: 'deep' },
            },
          },
        },
        on: { PAUSE: 'paused' },
      },
      paused: { on: { RESUME: { target: ['#KEY.work.tracking.back', '#KEY.work.writing.hist'] } } },
      done: final,
      cancelled: final,
    },
    events: ['NEXT', 'PAUSE', 'RESUME', 'NEXT'],
  },
];

function specOf(key: string, states: Record<string, unknown>, events: string[]): WorkflowSpec {
  const text = JSON.stringify(states).replace(/#KEY\./g, `#${key}.`);
  const declared = Object.fromEntries([...new Set(events)].map((e) => [e, { title: title(e) }]));
  return {
    id: key,
    initial: Object.keys(states)[0],
    meta: { title: title('Document order'), events: declared },
    states: JSON.parse(text),
  } as WorkflowSpec;
}

describe('document order survives the instances table', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it.each(scenarios)('$name: every live answer equals an in-memory actor, and /verify passes', async (scenario) => {
    const key = uniqueKey('doc-order');
    const spec = specOf(key, scenario.states, scenario.events);
    await publishSpec(t, key, spec as unknown as Record<string, unknown>);
    const staff = await t.auth('staff');
    const started = await request(t.http).post('/api/instances').set(staff).send({ definitionKey: key }).expect(201);
    const at = new Date(started.body.createdAt ?? Date.now()).toISOString();
    const actor = createActor(compile(spec, standardRegistry).machine, { input: { data: {}, actor: 'staff', at } });
    actor.start();
    expect(started.body.state).toEqual(actor.getSnapshot().value);
    const applied: string[] = [];
    for (const type of scenario.events) {
      if (actor.getSnapshot().status !== 'active') break;
      const res = await request(t.http).post(`/api/instances/${started.body.id}/events`).set(staff).send({ type });
      expect(res.status).toBe(200);
      actor.send({ type, data: {}, actor: 'staff', at: new Date().toISOString() });
      expect(res.body.state).toEqual(actor.getSnapshot().value);
      const stored = await request(t.http).get(`/api/instances/${started.body.id}`).set(staff).expect(200);
      expect(stored.body.state).toEqual(actor.getSnapshot().value);
      applied.push(type);
    }
    expect(applied).toEqual(scenario.events);
    const verify = await request(t.http)
      .get(`/api/instances/${started.body.id}/verify`)
      .set(await t.auth('auditor'))
      .expect(200);
    expect(verify.body).toEqual({ ok: true, checked: scenario.events.length + 1 });
  });
});
