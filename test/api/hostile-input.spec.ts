// An adversarial client walks every route of the OpenAPI document with generated hostile bodies,
// path parameters, query strings and Idempotency-Keys, with and without a token. Nothing may
// answer 5xx, and the input limits (depth, non-finite numbers, NUL, lone surrogates, __proto__)
// must be a 400 naming the JSON Pointer of the field with a stable code.
import request from 'supertest';
import { publishSpec, uniqueKey } from './support/publish';
import { HOSTILE_URL_VALUES, hostileValues, type HostileValue } from './support/hostile-values';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Thousands of sequential requests: generous on a loaded machine (about 20 s alone on PGlite). */
const WALK_TIMEOUT = 120_000;

interface Operation {
  method: Method;
  template: string;
  params: { name: string; in: string }[];
  bodyFields: string[];
}

/** What one request did; `problem` says why it is a failure. */
interface Finding {
  request: string;
  status: number;
  problem: string;
  body?: unknown;
}

/** A self-loop `PING` with free-form data (reaches history jsonb) and an admin task. */
function hostileSpec(id: string): Record<string, unknown> {
  return {
    id,
    initial: 'open',
    meta: {
      title: { zh: '恶意输入', en: 'Hostile input' },
      input: { type: 'object' },
      events: {
        PING: { title: { zh: '计数', en: 'Ping' }, schema: { type: 'object' } },
        DONE: { title: { zh: '完成', en: 'Done' }, schema: { type: 'object' } },
      },
    },
    context: { n: 0 },
    states: {
      open: {
        meta: {
          title: { zh: '处理', en: 'Handle' },
          task: { title: { zh: '处理', en: 'Handle' }, candidateRoles: ['admin'], outcomes: ['DONE'] },
        },
        on: { PING: { actions: [{ type: 'increment', params: { to: 'n' } }] }, DONE: 'closed' },
      },
      closed: { type: 'final', meta: { title: { zh: '已完成', en: 'Closed' } } },
    },
  };
}

describe('hostile input', () => {
  let t: TestApp;
  let base: string;
  let admin: string;
  let operations: Operation[];
  const key = uniqueKey('hostile');
  const managed = `hostile-user-${process.pid}-${Date.now().toString(36)}`;
  const ids = { instance: '', task: '' };
  let idempotencyNo = 0;

  /** A valid body per route, so that one hostile field at a time reaches the deepest code. */
  const baselines: Record<string, () => Record<string, unknown>> = {
    'post /api/auth/login': () => ({ username: 'nobody-hostile', password: 'demo1234' }),
    'post /api/definitions/validate': () => ({ spec: hostileSpec(key) }),
    'put /api/definitions/{key}/draft': () => ({ spec: hostileSpec(key) }),
    'post /api/instances': () => ({ definitionKey: key, input: { a: 1 }, businessKey: 'HOSTILE-1' }),
    'post /api/instances/{id}/events': () => ({ type: 'PING', data: { a: 1 } }),
    'post /api/tasks/{id}/complete': () => ({ outcome: 'DONE', data: { a: 1 } }),
    'post /api/tasks/{id}/assign': () => ({ username: 'admin' }),
    'post /api/users': () => ({
      username: `${managed}-new`,
      displayName: '新用户',
      password: 'hostile-password',
      roles: ['staff'],
    }),
    'patch /api/users/{username}': () => ({ displayName: '恶意用户' }),
    'post /api/users/{username}/password': () => ({ password: 'another-password' }),
  };

  /** Real values for path parameters, so that a hostile body is not stopped by a 404. */
  function concretePath(op: Operation, override?: { name: string; encoded: string }): string {
    return op.template.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (override?.name === name) return override.encoded;
      if (name === 'id') return op.template.startsWith('/api/tasks') ? ids.task : ids.instance;
      if (name === 'key') return key;
      if (name === 'version') return '1';
      if (name === 'username') return managed;
      return 'x';
    });
  }

  async function send(
    op: Operation,
    path: string,
    options: { body?: string; token?: string; idempotencyKey?: string } = {},
  ): Promise<{ status: number; body: unknown }> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
    const hasBody = op.method !== 'get' && options.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    const res = await fetch(base + path, {
      method: op.method.toUpperCase(),
      headers,
      body: hasBody ? options.body : undefined,
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text for the report
    }
    return { status: res.status, body };
  }

  /**
   * Runs the requests, four at a time on a PostgreSQL server and one at a time on the test
   * PGlite: pglite-socket interleaves the protocol messages of concurrent connections when a
   * large body splits them (answers "unnamed prepared statement does not exist", a 500).
   */
  async function run(cases: (() => Promise<Finding | undefined>)[]): Promise<Finding[]> {
    const findings: Finding[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const finding = await cases[next++]();
        if (finding) findings.push(finding);
      }
    };
    await Promise.all(Array.from({ length: process.env.LIUCHENG_TEST_PGLITE ? 1 : 4 }, worker));
    return findings;
  }

  /** A 5xx is always a failure; a limit value must be a 400 naming its pointer and code. */
  function judge(label: string, res: { status: number; body: unknown }, expected?: HostileValue, pointer = '') {
    const short = (b: unknown) => JSON.stringify(b)?.slice(0, 300);
    if (res.status >= 500) return { request: label, status: res.status, problem: '5xx', body: short(res.body) };
    if (expected?.code) {
      const errors = (res.body as { details?: { errors?: { path: string; code?: string }[] } })?.details?.errors ?? [];
      const path = pointer + (expected.at ?? '');
      if (res.status !== 400 || !errors.some((e) => e.code === expected.code && e.path === path))
        return {
          request: label,
          status: res.status,
          problem: `expected 400 ${expected.code} at ${JSON.stringify(path)}`,
          body: short(res.body),
        };
    }
    return undefined;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
    await publishSpec(t, key, hostileSpec(key));
    admin = await t.token('admin');
    const started = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('admin'))
      .send({ definitionKey: key })
      .expect(201);
    ids.instance = started.body.id;
    ids.task = started.body.tasks[0].id;
    await request(t.http)
      .post('/api/users')
      .set(await t.auth('admin'))
      .send({ username: managed, displayName: '恶意用户', password: 'hostile-password', roles: ['staff'] })
      .expect(201);
    const doc = await request(t.http).get('/api/docs-json').expect(200);
    const schemas = doc.body.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    operations = Object.entries(
      doc.body.paths as Record<
        string,
        Record<string, { parameters?: { name: string; in: string }[]; requestBody?: Record<string, unknown> }>
      >,
    ).flatMap(([template, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const ref = (op.requestBody as { content?: Record<string, { schema?: { $ref?: string } }> })?.content?.[
          'application/json'
        ]?.schema?.$ref;
        const schema = ref ? schemas[ref.split('/').pop() as string] : undefined;
        return {
          method: method as Method,
          template,
          params: op.parameters ?? [],
          bodyFields: Object.keys(schema?.properties ?? {}),
        };
      }),
    );
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  /** The limit values and the few others that test storage and hashing rather than types. */
  const storable = (value: HostileValue) =>
    value.code !== undefined || ['null', 'huge string', 'long array', 'emoji string', '1e300'].includes(value.name);
  const isPublic = (op: Operation) => op.template === '/api/auth/login';
  const bodyMethods = (op: Operation) => op.method === 'post' || op.method === 'put' || op.method === 'patch';

  it('walks the whole OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.filter((op) => op.bodyFields.length > 0).length).toBeGreaterThanOrEqual(10);
  });

  it(
    'answers every hostile body field with a 4xx, the limits as a 400 naming the field',
    async () => {
      const cases: (() => Promise<Finding | undefined>)[] = [];
      for (const op of operations.filter(bodyMethods)) {
        const baseline = baselines[`${op.method} ${op.template}`]?.() ?? {};
        const fields = [...new Set([...op.bodyFields, ...Object.keys(baseline)])];
        for (const field of fields) {
          const nested =
            baseline[field] !== null && typeof baseline[field] === 'object' && !Array.isArray(baseline[field]);
          // Inside free-form objects (input, data, spec) only what could break storage: the limits and a few more.
          const placements = [
            { pointer: `/${field}`, values: hostileValues(1), wrap: (json: string) => json },
            ...(nested
              ? [
                  {
                    pointer: `/${field}/x`,
                    values: hostileValues(2).filter(storable),
                    wrap: (json: string) => `{"x":${json}}`,
                  },
                ]
              : []),
          ];
          for (const { pointer, values, wrap } of placements) {
            for (const value of values) {
              const body = JSON.stringify({ ...baseline, [field]: '\u0001HOSTILE' }).replace(
                '"\\u0001HOSTILE"',
                wrap(value.json),
              );
              const label = `${op.method} ${op.template} ${pointer} = ${value.name}`;
              const path = concretePath(op);
              cases.push(async () =>
                judge(`${label} (admin)`, await send(op, path, { body, token: admin }), value, pointer),
              );
              // Without a token the guard answers 401 before the body matters, except for the limits.
              if (value.code && !isPublic(op))
                cases.push(async () => judge(`${label} (no token)`, await send(op, path, { body }), value, pointer));
              if (value.code && op.params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
                cases.push(async () =>
                  judge(
                    `${label} (admin, Idempotency-Key)`,
                    await send(op, path, { body, token: admin, idempotencyKey: `${key}-${++idempotencyNo}` }),
                    value,
                    pointer,
                  ),
                );
            }
          }
        }
      }
      expect(cases.length).toBeGreaterThan(1000);
      expect(await run(cases)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it(
    'answers hostile whole bodies with a 4xx on every route that takes one',
    async () => {
      const cases: (() => Promise<Finding | undefined>)[] = [];
      const wholeBodies: HostileValue[] = [
        ...hostileValues(0),
        { name: 'not JSON', json: '{"a":' },
        { name: 'NUL key at the root', json: '{"\\u0000":1}', code: 'nul-character', at: '/\u0000' },
      ];
      for (const op of operations.filter(bodyMethods)) {
        for (const value of wholeBodies) {
          const label = `${op.method} ${op.template} body = ${value.name}`;
          const path = concretePath(op);
          cases.push(async () =>
            judge(`${label} (admin)`, await send(op, path, { body: value.json, token: admin }), value),
          );
          if (value.code && !isPublic(op))
            cases.push(async () => judge(`${label} (no token)`, await send(op, path, { body: value.json }), value));
          if (value.code && op.params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'))
            cases.push(async () =>
              judge(
                `${label} (admin, Idempotency-Key)`,
                await send(op, path, { body: value.json, token: admin, idempotencyKey: `${key}-${++idempotencyNo}` }),
                value,
              ),
            );
        }
      }
      expect(await run(cases)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it('accepts 64 levels of nesting and refuses 65, at the root', async () => {
    const op: Operation = { method: 'post', template: '/api/definitions/validate', params: [], bodyFields: [] };
    const wrap = (levels: number) => '{"spec":'.repeat(1) + '{"a":'.repeat(levels - 2) + '{}' + '}'.repeat(levels - 1);
    const ok = await send(op, op.template, { body: wrap(64), token: admin });
    expect(ok.status).toBe(200);
    const tooDeep = await send(op, op.template, { body: wrap(65), token: admin });
    expect(tooDeep.status).toBe(400);
    expect((tooDeep.body as { details: { errors: unknown[] } }).details.errors).toEqual([
      { path: `/spec${'/a'.repeat(63)}`, message: expect.stringContaining('64'), code: 'too-deep' },
    ]);
  });

  it.each([
    ['displayName', 'isString'],
    ['active', 'isBoolean'],
    ['roles', 'isArray'],
  ])(
    'answers PATCH /api/users/:u {%s: null} with a 400 naming the field (%s), changing nothing',
    async (field, code) => {
      const res = await request(t.http)
        .patch(`/api/users/${managed}`)
        .set(await t.auth('admin'))
        .send({ [field]: null, department: '不应改变' });
      expect(res.status).toBe(400);
      expect(res.body.details.errors).toContainEqual({ path: `/${field}`, message: expect.any(String), code });
      const user = await request(t.http)
        .get(`/api/users/${managed}`)
        .set(await t.auth('admin'))
        .expect(200);
      expect(user.body.department).not.toBe('不应改变');
    },
  );

  it('clears the nullable user fields with null', async () => {
    const res = await request(t.http)
      .patch(`/api/users/${managed}`)
      .set(await t.auth('admin'))
      .send({ displayNameEn: null, department: null, manager: null })
      .expect(200);
    expect(res.body).toMatchObject({ username: managed, active: true });
  });

  it(
    'answers hostile path parameters and query strings with a 4xx, NUL as a 400 naming the parameter',
    async () => {
      const cases: (() => Promise<Finding | undefined>)[] = [];
      for (const op of operations) {
        const baseline = baselines[`${op.method} ${op.template}`]?.();
        const body = bodyMethods(op) ? JSON.stringify(baseline ?? {}) : undefined;
        for (const param of op.params.filter((p) => p.in === 'path' || p.in === 'query')) {
          for (const value of HOSTILE_URL_VALUES) {
            const path =
              param.in === 'path'
                ? concretePath(op, { name: param.name, encoded: value.encoded })
                : `${concretePath(op)}?${param.name}=${value.encoded}`;
            const expected: HostileValue | undefined = value.nul
              ? { name: value.name, json: '', code: 'nul-character', at: '' }
              : undefined;
            const label = `${op.method} ${op.template} ${param.in} ${param.name} = ${value.name}`;
            cases.push(async () =>
              judge(`${label} (admin)`, await send(op, path, { body, token: admin }), expected, `/${param.name}`),
            );
            if (value.nul)
              cases.push(async () =>
                judge(`${label} (no token)`, await send(op, path, { body }), expected, `/${param.name}`),
              );
          }
          if (param.in === 'query') {
            const path = `${concretePath(op)}?${param.name}=a&${param.name}=b&${param.name}[x]=1`;
            cases.push(async () =>
              judge(
                `${op.method} ${op.template} query ${param.name} repeated (admin)`,
                await send(op, path, { token: admin }),
              ),
            );
          }
        }
      }
      expect(cases.length).toBeGreaterThan(500);
      expect(await run(cases)).toEqual([]);
    },
    WALK_TIMEOUT,
  );

  it('answers hostile Idempotency-Keys with a 4xx, never a 5xx', async () => {
    const cases: (() => Promise<Finding | undefined>)[] = [];
    const keys = ['', ' ', 'x'.repeat(201), 'x'.repeat(200), '\t', 'é\u00ff', '%00'];
    for (const op of operations.filter((o) => o.params.some((p) => p.name === 'Idempotency-Key'))) {
      const body = JSON.stringify(baselines[`${op.method} ${op.template}`]?.() ?? {});
      for (const idempotencyKey of keys) {
        const label = `${op.method} ${op.template} Idempotency-Key ${JSON.stringify(idempotencyKey.slice(0, 10))}`;
        const path = concretePath(op);
        cases.push(async () => judge(label, await send(op, path, { body, token: admin, idempotencyKey })));
      }
    }
    expect(await run(cases)).toEqual([]);
  });
});
