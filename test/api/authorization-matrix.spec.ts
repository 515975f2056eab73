// Every route × every demo role, users holding auditor together with a writing role, no token,
// an expired token and tokens of a user who does not exist: the exact status of each cell. Read
// routes share fixtures made in beforeAll; a route that changes something gets a fresh fixture
// per cell (its `prepare`), so one cell's success cannot change another's answer.
import { generateKeyPairSync, sign } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CANONICAL_ROLES } from '@liucheng/contracts';
import { files } from './support/attachment-files';
import { publishSpec, uniqueKey } from './support/publish';
import { matrixSpec, scheduledMatrixSpec } from './support/matrix-definitions';
import { purchaseApprovalSpec } from './support/approval-definitions';
import { SETUP_TIMEOUT, startTestApp, type TestApp } from './support/test-app';

const ROLES = CANONICAL_ROLES;
type Role = (typeof ROLES)[number];
/** Users holding auditor and a writing role (made in SQL: the users routes refuse the mix). */
const MIXED = ['auditor+admin', 'auditor+owner', 'auditor+leader', 'auditor+staff'] as const;
type Mixed = (typeof MIXED)[number];
/** Tokens signed with the real secret for a user who does not exist. */
const GHOSTS = ['ghost without roles', 'ghost admin'] as const;
type Ghost = (typeof GHOSTS)[number];
type Who = Role | Mixed | Ghost | 'no token' | 'expired token';
const WHO: Who[] = [...ROLES, ...MIXED, ...GHOSTS, 'no token', 'expired token'];
const isMixed = (who: Who): who is Mixed => (MIXED as readonly string[]).includes(who);
const isGhost = (who: Who): who is Ghost => (GHOSTS as readonly string[]).includes(who);

/** What a cell's request refers to. */
interface Fixture {
  instanceId: string;
  taskId: string;
  /** A department of its own (the delete route's fixture). */
  departmentId?: string;
  /** A proxy range of its own (the cancel route's fixture). */
  proxyId?: string;
  /** A checkpoint of its own (the signature route's fixture). */
  checkpointSeq?: number;
  /** A calendar closure of its own (the remove route's fixture). */
  exceptionId?: string;
}

interface RouteCase {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The OpenAPI path (checked against /api/docs-json). */
  template: string;
  path: (f: Fixture, who: Who) => string;
  body?: (who: Who) => unknown;
  /** Request headers besides the token (the upload's file type and name). */
  headers?: Record<string, string>;
  /** A fresh fixture for this cell; the shared one otherwise. */
  prepare?: () => Promise<Fixture>;
  /** The answer for a single-role user, no token or an expired one. */
  expect: (who: Role | 'no token' | 'expired token') => number;
}

/** `ok` for the listed roles, 403 for the other roles, 401 without a valid token. */
function only(roles: Role[], ok = 200): (who: Role | 'no token' | 'expired token') => number {
  return (who) => (who === 'no token' || who === 'expired token' ? 401 : roles.includes(who as Role) ? ok : 403);
}

/**
 * Routes that change nothing although they are not GETs, and routes that change only the caller's
 * own account (marking one's own notifications or copies read), which an auditor may use too.
 */
const READ_POSTS = new Set([
  '/api/auth/login',
  '/api/definitions/validate',
  '/api/notifications/read-all',
  '/api/notifications/stream-ticket',
  '/api/notifications/{id}/read',
  '/api/cc/read-all',
  '/api/cc/{id}/read',
  '/api/org/resolve',
]);

/**
 * The answer for any cell: a user who does not exist is 401 wherever a token is needed; a user
 * holding auditor is 403 on every changing route and reads what any of their roles may read.
 */
function expected(route: RouteCase, who: Who): number {
  const publicRoute = route.expect('no token') !== 401;
  if (isGhost(who)) return publicRoute ? route.expect('no token') : 401;
  if (!isMixed(who)) return route.expect(who);
  const changes = route.method !== 'get' && !READ_POSTS.has(route.template);
  if (changes) return 403;
  const answers = (who.split('+') as Role[]).map((role) => route.expect(role));
  return answers.find((status) => status < 300) ?? answers.find((status) => status !== 403) ?? 403;
}
const everyone = (ok = 200) => only([...ROLES], ok);
/**
 * Who reads the matrix instances: the starter (staff), the leader, the readers of all, and the
 * owner, who published the matrix definition (a process owner reads their own processes' instances).
 */
const instanceReaders: string[] = ['staff', 'owner', 'leader', 'auditor', 'admin'];
const open =
  (ok = 200) =>
  () =>
    ok;
const notAuditor = (ok: number) =>
  only(
    ROLES.filter((r) => r !== 'auditor'),
    ok,
  );

describe('authorization matrix', () => {
  let t: TestApp;
  const key = uniqueKey('matrix');
  const openKey = uniqueKey('matrix-open');
  const publishKey = uniqueKey('matrix-pub');
  const approvalKey = uniqueKey('matrix-approval');
  const scheduleKey = uniqueKey('matrix-schedule');
  /** Published twice: the migration routes move its (no) running instances from 1 to 2. */
  const migrateKey = uniqueKey('matrix-migrate');
  const managed = `matrix-user-${process.pid}-${Date.now().toString(36)}`;
  let shared: Fixture;
  let sharedDepartment: string;
  /** A checkpoint taken in beforeAll (the audit read routes' fixture). */
  let sharedCheckpoint: number;
  /** An attachment bound to a second instance (started by staff, approved by leader with it). */
  let attachmentId: string;
  let expired: string;
  const extraTokens = new Map<Mixed | Ghost, string>();
  let cellNo = 0;
  const run = `${process.pid}-${Date.now().toString(36)}`;

  /** Starts an instance of the matrix definition as staff: one open leader task. */
  async function startInstance(): Promise<Fixture> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: key });
    if (res.status !== 201) throw new Error(`start failed: ${JSON.stringify(res.body)}`);
    return { instanceId: res.body.id, taskId: res.body.tasks[0].id };
  }

  /** Starts the approval definition as staff: one open manager task of leader (staff's manager). */
  async function approvalTask(): Promise<Fixture> {
    const res = await request(t.http)
      .post('/api/instances')
      .set(await t.auth('staff'))
      .send({ definitionKey: approvalKey, input: { item: '矩阵', amount: 1 } });
    if (res.status !== 201) throw new Error(`approval start failed: ${JSON.stringify(res.body)}`);
    return { instanceId: res.body.id, taskId: res.body.tasks[0].id };
  }

  /** The leader delegated the manager task to office: the fixture's task is office's. */
  async function delegatedToOffice(): Promise<Fixture> {
    const f = await approvalTask();
    const res = await request(t.http)
      .post(`/api/tasks/${f.taskId}/delegate`)
      .set(await t.auth('leader'))
      .send({ to: 'office' })
      .expect(200);
    const delegated = res.body.instance.tasks.find((x: { assignee: string }) => x.assignee === 'office');
    return { instanceId: f.instanceId, taskId: delegated.id };
  }

  /** The leader added hq alongside (slot 1.2). */
  async function withAddedApprover(): Promise<Fixture> {
    const f = await approvalTask();
    await request(t.http)
      .post(`/api/tasks/${f.taskId}/add-approvers`)
      .set(await t.auth('leader'))
      .send({ users: ['hq'], position: 'parallel' })
      .expect(200);
    return f;
  }

  /** The admin's key (registered once) and a fresh checkpoint signed with it, for the signature route. */
  const auditKeys = generateKeyPairSync('ed25519');
  let auditKeyId: string | undefined;
  let checkpointSignature = '';
  async function signableCheckpoint(): Promise<Fixture> {
    const admin = await t.auth('admin');
    if (!auditKeyId) {
      const publicKey = auditKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
      const added = await request(t.http)
        .post('/api/audit/signing-keys')
        .set(admin)
        .send({ publicKey, label: 'matrix' });
      if (added.status !== 201) throw new Error(`signing key failed: ${JSON.stringify(added.body)}`);
      auditKeyId = added.body.id as string;
    }
    const res = await request(t.http).post('/api/audit/checkpoints').set(admin);
    if (res.status !== 201) throw new Error(`checkpoint failed: ${JSON.stringify(res.body)}`);
    checkpointSignature = sign(null, Buffer.from(res.body.signingPayload), auditKeys.privateKey).toString('base64');
    return { ...shared, checkpointSeq: res.body.seq };
  }

  async function claimedByLeader(): Promise<Fixture> {
    const f = await startInstance();
    await request(t.http)
      .post(`/api/tasks/${f.taskId}/claim`)
      .set(await t.auth('leader'))
      .expect(200);
    return f;
  }

  async function withDraft(): Promise<Fixture> {
    await request(t.http)
      .put(`/api/definitions/${publishKey}/draft`)
      .set(await t.auth('owner'))
      .send({ spec: matrixSpec(publishKey) })
      .expect(200);
    return shared;
  }

  async function freshDepartment(): Promise<Fixture> {
    const res = await request(t.http)
      .post('/api/departments')
      .set(await t.auth('admin'))
      .send({ code: `matrix-del-${run}-${++cellNo}`, name: { zh: '待删', en: 'To delete' } });
    if (res.status !== 201) throw new Error(`department failed: ${JSON.stringify(res.body)}`);
    return { ...shared, departmentId: res.body.id };
  }

  /**
   * A one-second range of its own, centuries ahead and apart from every other run's (a server
   * database may keep them): ranges never overlap, so neither the overlap nor the loop check
   * answers instead of the policy.
   */
  const proxyEpoch = Date.UTC(2300, 0, 1) + (Date.now() - Date.UTC(2026, 0, 1)) * 1000;
  function farRange(proxy: string) {
    const start = proxyEpoch + ++cellNo * 1000;
    return { proxy, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 1000).toISOString() };
  }

  async function freshProxy(): Promise<Fixture> {
    const res = await request(t.http)
      .post(`/api/users/${managed}/proxies`)
      .set(await t.auth('admin'))
      .send(farRange('leader'));
    if (res.status !== 201) throw new Error(`proxy failed: ${JSON.stringify(res.body)}`);
    return { ...shared, proxyId: res.body.id };
  }

  const matrixCalendar = `matrix-cal-${run}`;
  const calendarBody = () => ({
    name: { zh: '矩阵日历', en: 'Matrix calendar' },
    week: {
      mon: [{ start: '08:00', end: '17:00' }],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    },
    publicHolidays: 'none',
  });

  async function freshException(): Promise<Fixture> {
    const res = await request(t.http)
      .post(`/api/calendars/${matrixCalendar}/exceptions`)
      .set(await t.auth('admin'))
      .send({ kind: 'closure', from: '2300-01-01', reason: `矩阵 ${++cellNo}` });
    if (res.status !== 201) throw new Error(`calendar exception failed: ${JSON.stringify(res.body)}`);
    return { ...shared, exceptionId: res.body.id };
  }

  const ROUTES: Record<string, RouteCase> = {
    'GET health': { method: 'get', template: '/api/health', path: () => '/api/health', expect: open() },
    'GET health live': {
      method: 'get',
      template: '/api/health/live',
      path: () => '/api/health/live',
      expect: open(),
    },
    'GET health ready': {
      method: 'get',
      template: '/api/health/ready',
      path: () => '/api/health/ready',
      expect: open(),
    },
    'POST login': {
      method: 'post',
      template: '/api/auth/login',
      path: () => '/api/auth/login',
      body: () => ({ username: 'staff', password: 'demo1234' }),
      expect: open(),
    },
    'GET docs-json': { method: 'get', template: '/api/docs-json', path: () => '/api/docs-json', expect: open() },
    'GET registry': { method: 'get', template: '/api/registry', path: () => '/api/registry', expect: everyone() },
    'GET definitions': {
      method: 'get',
      template: '/api/definitions',
      path: () => '/api/definitions',
      expect: everyone(),
    },
    'GET definition': {
      method: 'get',
      template: '/api/definitions/{key}',
      path: () => `/api/definitions/${key}`,
      expect: everyone(),
    },
    'GET definition version': {
      method: 'get',
      template: '/api/definitions/{key}/versions/{version}',
      path: () => `/api/definitions/${key}/versions/1`,
      expect: everyone(),
    },
    'POST validate': {
      method: 'post',
      template: '/api/definitions/validate',
      path: () => '/api/definitions/validate',
      body: () => ({ spec: matrixSpec(key) }),
      expect: everyone(),
    },
    'PUT draft': {
      method: 'put',
      template: '/api/definitions/{key}/draft',
      path: () => `/api/definitions/${publishKey}/draft`,
      body: () => ({ spec: matrixSpec(publishKey) }),
      expect: only(['owner', 'admin']),
    },
    'POST publish': {
      method: 'post',
      template: '/api/definitions/{key}/publish',
      path: () => `/api/definitions/${publishKey}/publish`,
      prepare: withDraft,
      expect: only(['owner', 'admin'], 201),
    },
    'POST instances (starterRoles: staff)': {
      method: 'post',
      template: '/api/instances',
      path: () => '/api/instances',
      body: () => ({ definitionKey: key }),
      expect: only(['staff'], 201),
    },
    'POST instances (no starterRoles)': {
      method: 'post',
      template: '/api/instances',
      path: () => '/api/instances',
      body: () => ({ definitionKey: openKey }),
      expect: notAuditor(201),
    },
    'GET instances': { method: 'get', template: '/api/instances', path: () => '/api/instances', expect: everyone() },
    'GET instance': {
      method: 'get',
      template: '/api/instances/{id}',
      path: (f) => `/api/instances/${f.instanceId}`,
      expect: only(instanceReaders as Role[]),
    },
    'GET history': {
      method: 'get',
      template: '/api/instances/{id}/history',
      path: (f) => `/api/instances/${f.instanceId}/history`,
      expect: only(instanceReaders as Role[]),
    },
    'GET replay': {
      method: 'get',
      template: '/api/instances/{id}/replay',
      path: (f) => `/api/instances/${f.instanceId}/replay?seq=1`,
      expect: only(instanceReaders as Role[]),
    },
    'GET replay steps': {
      method: 'get',
      template: '/api/instances/{id}/replay/steps',
      path: (f) => `/api/instances/${f.instanceId}/replay/steps?from=1&limit=1`,
      expect: only(instanceReaders as Role[]),
    },
    'GET verify': {
      method: 'get',
      template: '/api/instances/{id}/verify',
      path: (f) => `/api/instances/${f.instanceId}/verify`,
      expect: only(instanceReaders as Role[]),
    },
    'GET instance timers': {
      method: 'get',
      template: '/api/instances/{id}/timers',
      path: (f) => `/api/instances/${f.instanceId}/timers`,
      expect: only(instanceReaders as Role[]),
    },
    'GET timer incidents': {
      method: 'get',
      template: '/api/admin/timer-incidents',
      path: () => '/api/admin/timer-incidents',
      expect: only(['auditor', 'admin']),
    },
    'GET group commit status': {
      method: 'get',
      template: '/api/admin/group-commit',
      path: () => '/api/admin/group-commit',
      expect: only(['auditor', 'admin']),
    },
    'POST timer incident retry': {
      method: 'post',
      template: '/api/admin/timer-incidents/{id}/retry',
      path: (f) => `/api/admin/timer-incidents/${(f as Fixture & { timerId: string }).timerId}/retry`,
      // A fresh instance whose timer gave up (marked by SQL: the matrix checks who may retry).
      prepare: async () => {
        const f = await startInstance();
        const [timer] = await t.app.get(DataSource).query(
          `WITH u AS (UPDATE timers SET status = 'failed', attempts = 5, last_error = 'matrix', failed_at = now()
               WHERE instance_id = $1 RETURNING id) SELECT id FROM u`,
          [f.instanceId],
        );
        return Object.assign(f, { timerId: timer.id as string });
      },
      expect: only(['admin']),
    },
    'POST event: task outcome': {
      method: 'post',
      template: '/api/instances/{id}/events',
      path: (f) => `/api/instances/${f.instanceId}/events`,
      body: () => ({ type: 'APPROVE' }),
      prepare: startInstance,
      expect: only(['leader']),
    },
    'POST event: no task outcome': {
      method: 'post',
      template: '/api/instances/{id}/events',
      path: (f) => `/api/instances/${f.instanceId}/events`,
      body: () => ({ type: 'WITHDRAW' }),
      prepare: startInstance,
      expect: only(['staff', 'admin']),
    },
    'POST event: timer': {
      method: 'post',
      template: '/api/instances/{id}/events',
      path: (f) => `/api/instances/${f.instanceId}/events`,
      body: () => ({ type: `xstate.after.P5D.${key}.review` }),
      expect: only([]),
    },
    'GET instance attachments': {
      method: 'get',
      template: '/api/instances/{id}/attachments',
      path: (f) => `/api/instances/${f.instanceId}/attachments`,
      expect: only(instanceReaders as Role[]),
    },
    'POST attachments': {
      method: 'post',
      template: '/api/attachments',
      path: () => '/api/attachments',
      headers: { 'Content-Type': 'image/jpeg', 'X-Filename': encodeURIComponent('矩阵.jpg') },
      body: () => files.jpeg(),
      expect: notAuditor(201),
    },
    // Readers of its instance; anyone else 404 (an attachment's existence is not leaked).
    'GET attachment': {
      method: 'get',
      template: '/api/attachments/{id}',
      path: () => `/api/attachments/${attachmentId}`,
      expect: (who) =>
        who === 'no token' || who === 'expired token' ? 401 : instanceReaders.includes(who) ? 200 : 404,
    },
    'GET attachment content': {
      method: 'get',
      template: '/api/attachments/{id}/content',
      path: () => `/api/attachments/${attachmentId}/content`,
      expect: (who) =>
        who === 'no token' || who === 'expired token' ? 401 : instanceReaders.includes(who) ? 200 : 404,
    },
    'GET tasks mine': {
      method: 'get',
      template: '/api/tasks',
      path: () => '/api/tasks?scope=mine',
      expect: everyone(),
    },
    'GET tasks candidate': {
      method: 'get',
      template: '/api/tasks',
      path: () => '/api/tasks?scope=candidate&sort=due',
      expect: everyone(),
    },
    'GET task counts': {
      method: 'get',
      template: '/api/tasks/counts',
      path: () => '/api/tasks/counts',
      expect: everyone(),
    },
    'GET tasks all': {
      method: 'get',
      template: '/api/tasks',
      path: () => '/api/tasks?scope=all&status=open',
      expect: only(['leader', 'auditor', 'admin']),
    },
    'GET task': {
      method: 'get',
      template: '/api/tasks/{id}',
      path: (f) => `/api/tasks/${f.taskId}`,
      expect: only(instanceReaders as Role[]),
    },
    'POST claim': {
      method: 'post',
      template: '/api/tasks/{id}/claim',
      path: (f) => `/api/tasks/${f.taskId}/claim`,
      prepare: startInstance,
      expect: only(['leader']),
    },
    'POST unclaim': {
      method: 'post',
      template: '/api/tasks/{id}/unclaim',
      path: (f) => `/api/tasks/${f.taskId}/unclaim`,
      prepare: claimedByLeader,
      expect: only(['leader', 'admin']),
    },
    'POST assign': {
      method: 'post',
      template: '/api/tasks/{id}/assign',
      path: (f) => `/api/tasks/${f.taskId}/assign`,
      body: () => ({ username: 'leader' }),
      prepare: startInstance,
      expect: only(['leader', 'admin']),
    },
    'POST complete': {
      method: 'post',
      template: '/api/tasks/{id}/complete',
      path: (f) => `/api/tasks/${f.taskId}/complete`,
      body: () => ({ outcome: 'REJECT' }),
      prepare: startInstance,
      expect: only(['leader']),
    },
    'POST transfer': {
      method: 'post',
      template: '/api/tasks/{id}/transfer',
      path: (f) => `/api/tasks/${f.taskId}/transfer`,
      body: () => ({ to: 'hq' }),
      prepare: approvalTask,
      expect: only(['leader', 'admin']),
    },
    'POST delegate': {
      method: 'post',
      template: '/api/tasks/{id}/delegate',
      path: (f) => `/api/tasks/${f.taskId}/delegate`,
      body: () => ({ to: 'office' }),
      prepare: approvalTask,
      expect: only(['leader']),
    },
    'POST resolve a delegation': {
      method: 'post',
      template: '/api/tasks/{id}/resolve',
      path: (f) => `/api/tasks/${f.taskId}/resolve`,
      body: () => ({ comment: '看过了' }),
      prepare: delegatedToOffice,
      expect: only(['office']),
    },
    'POST add approvers': {
      method: 'post',
      template: '/api/tasks/{id}/add-approvers',
      path: (f) => `/api/tasks/${f.taskId}/add-approvers`,
      body: () => ({ users: ['hq'], position: 'parallel' }),
      prepare: approvalTask,
      expect: only(['leader']),
    },
    'POST send back': {
      method: 'post',
      template: '/api/tasks/{id}/send-back',
      path: (f) => `/api/tasks/${f.taskId}/send-back`,
      body: () => ({ to: 'draft' }),
      prepare: approvalTask,
      expect: only(['leader']),
    },
    'POST cc': {
      method: 'post',
      template: '/api/tasks/{id}/cc',
      path: (f) => `/api/tasks/${f.taskId}/cc`,
      body: () => ({ users: ['office'] }),
      prepare: approvalTask,
      expect: only(['leader']),
    },
    'POST withdraw': {
      method: 'post',
      template: '/api/instances/{id}/withdraw',
      path: (f) => `/api/instances/${f.instanceId}/withdraw`,
      body: () => ({}),
      prepare: approvalTask,
      expect: only(['staff']),
    },
    'POST urge': {
      method: 'post',
      template: '/api/instances/{id}/urge',
      path: (f) => `/api/instances/${f.instanceId}/urge`,
      body: () => ({}),
      prepare: approvalTask,
      expect: only(['staff']),
    },
    'POST remove approver': {
      method: 'post',
      template: '/api/instances/{id}/remove-approver',
      path: (f) => `/api/instances/${f.instanceId}/remove-approver`,
      body: () => ({ statePath: 'manager', slot: '1.2' }),
      prepare: withAddedApprover,
      expect: only(['leader', 'admin']),
    },
    'GET users': {
      method: 'get',
      template: '/api/users',
      path: () => '/api/users',
      expect: only(['leader', 'auditor', 'admin']),
    },
    'GET users/me': { method: 'get', template: '/api/users/me', path: () => '/api/users/me', expect: everyone() },
    'GET user': {
      method: 'get',
      template: '/api/users/{username}',
      path: () => '/api/users/staff',
      expect: only(['leader', 'auditor', 'admin']),
    },
    'POST users': {
      method: 'post',
      template: '/api/users',
      path: () => '/api/users',
      body: () => ({
        username: `matrix-new-${process.pid}-${Date.now().toString(36)}-${++cellNo}`,
        displayName: '新用户',
        password: 'matrix-password',
        roles: ['staff'],
      }),
      expect: only(['admin'], 201),
    },
    'PATCH user': {
      method: 'patch',
      template: '/api/users/{username}',
      path: () => `/api/users/${managed}`,
      body: () => ({ displayName: '矩阵用户' }),
      expect: only(['admin']),
    },
    "POST another user's password": {
      method: 'post',
      template: '/api/users/{username}/password',
      path: () => `/api/users/${managed}/password`,
      body: () => ({ password: 'another-password' }),
      expect: only(['admin'], 204),
    },
    'GET roles': { method: 'get', template: '/api/roles', path: () => '/api/roles', expect: everyone() },
    'GET notifications': {
      method: 'get',
      template: '/api/notifications',
      path: () => '/api/notifications?unread=true',
      expect: everyone(),
    },
    'GET notifications unread-count': {
      method: 'get',
      template: '/api/notifications/unread-count',
      path: () => '/api/notifications/unread-count',
      expect: everyone(),
    },
    'POST notifications stream-ticket': {
      method: 'post',
      template: '/api/notifications/stream-ticket',
      path: () => '/api/notifications/stream-ticket',
      expect: everyone(),
    },
    'GET notifications stream (a bearer token is no ticket: 401)': {
      method: 'get',
      template: '/api/notifications/stream',
      path: () => '/api/notifications/stream?ticket=not-a-ticket',
      expect: open(401),
    },
    'POST notifications read-all': {
      method: 'post',
      template: '/api/notifications/read-all',
      path: () => '/api/notifications/read-all',
      expect: everyone(),
    },
    'POST notification read (none of mine: 404)': {
      method: 'post',
      template: '/api/notifications/{id}/read',
      path: () => '/api/notifications/00000000-0000-4000-8000-000000000000/read',
      expect: everyone(404),
    },
    'GET cc': {
      method: 'get',
      template: '/api/cc',
      path: () => '/api/cc?status=unread',
      expect: everyone(),
    },
    'GET directory': {
      method: 'get',
      template: '/api/directory',
      path: () => '/api/directory?q=leader',
      expect: everyone(),
    },
    'GET cc unread-count': {
      method: 'get',
      template: '/api/cc/unread-count',
      path: () => '/api/cc/unread-count',
      expect: everyone(),
    },
    'POST cc read-all': {
      method: 'post',
      template: '/api/cc/read-all',
      path: () => '/api/cc/read-all',
      expect: everyone(),
    },
    'POST cc read (none of mine: 404)': {
      method: 'post',
      template: '/api/cc/{id}/read',
      path: () => '/api/cc/00000000-0000-4000-8000-000000000000/read',
      expect: everyone(404),
    },
    'GET notification deliveries': {
      method: 'get',
      template: '/api/admin/notification-deliveries',
      path: () => '/api/admin/notification-deliveries?status=failed',
      expect: only(['admin']),
    },
    'GET departments': {
      method: 'get',
      template: '/api/departments',
      path: () => '/api/departments',
      expect: everyone(),
    },
    'POST departments': {
      method: 'post',
      template: '/api/departments',
      path: () => '/api/departments',
      body: () => ({ code: `matrix-new-${run}-${++cellNo}`, name: { zh: '新部门', en: 'New department' } }),
      expect: only(['admin'], 201),
    },
    'PATCH department': {
      method: 'patch',
      template: '/api/departments/{id}',
      path: () => `/api/departments/${sharedDepartment}`,
      body: () => ({ name: { zh: '矩阵部', en: 'Matrix department' } }),
      expect: only(['admin']),
    },
    'DELETE department': {
      method: 'delete',
      template: '/api/departments/{id}',
      path: (f) => `/api/departments/${f.departmentId}`,
      prepare: freshDepartment,
      expect: only(['admin'], 204),
    },
    'GET user managers': {
      method: 'get',
      template: '/api/users/{username}/managers',
      path: () => '/api/users/staff/managers',
      expect: only(['leader', 'auditor', 'admin']),
    },
    // Proxy ranges lie centuries ahead (farRange): they never route a task of today.
    'GET user proxies': {
      method: 'get',
      template: '/api/users/{username}/proxies',
      path: () => '/api/users/staff/proxies',
      expect: only(['staff', 'auditor', 'admin']),
    },
    'POST own proxy': {
      method: 'post',
      template: '/api/users/{username}/proxies',
      path: (_f, who) => `/api/users/${who}/proxies`,
      body: () => farRange(managed),
      // Everyone for themselves (their own account); a mixed user's path names nobody they are.
      expect: everyone(201),
    },
    "POST another user's proxy": {
      method: 'post',
      template: '/api/users/{username}/proxies',
      path: () => `/api/users/${managed}/proxies`,
      body: () => farRange('leader'),
      expect: only(['admin'], 201),
    },
    "DELETE another user's proxy": {
      method: 'delete',
      template: '/api/users/{username}/proxies/{id}',
      path: (f) => `/api/users/${managed}/proxies/${f.proxyId}`,
      prepare: freshProxy,
      expect: only(['admin']),
    },
    'GET proxies': {
      method: 'get',
      template: '/api/proxies',
      path: () => '/api/proxies?activeAt=2300-01-01T00:00:00Z',
      expect: only(['auditor', 'admin']),
    },
    'POST org resolve': {
      method: 'post',
      template: '/api/org/resolve',
      path: () => '/api/org/resolve',
      body: () => ({ starter: 'staff', sources: [{ kind: 'manager' }] }),
      expect: only(['owner', 'admin']),
    },
    'POST instance cancel': {
      method: 'post',
      template: '/api/instances/{id}/cancel',
      path: (f) => `/api/instances/${f.instanceId}/cancel`,
      body: () => ({ reason: '矩阵' }),
      prepare: startInstance,
      expect: only(['admin']),
    },
    'POST definition migration dry run': {
      method: 'post',
      template: '/api/definitions/{key}/versions/{version}/migration/dry-run',
      path: () => `/api/definitions/${migrateKey}/versions/1/migration/dry-run`,
      body: () => ({ mapping: {}, reason: '矩阵' }),
      expect: only(['owner', 'admin']),
    },
    'POST definition migration': {
      method: 'post',
      template: '/api/definitions/{key}/versions/{version}/migration',
      path: () => `/api/definitions/${migrateKey}/versions/1/migration`,
      body: () => ({ mapping: {}, reason: '矩阵' }),
      expect: only(['owner', 'admin']),
    },
    'POST instance move': {
      method: 'post',
      template: '/api/instances/{id}/move',
      path: (f) => `/api/instances/${f.instanceId}/move`,
      body: () => ({ to: 'approved', reason: '矩阵' }),
      prepare: startInstance,
      expect: only(['admin']),
    },
    'GET audit checkpoints': {
      method: 'get',
      template: '/api/audit/checkpoints',
      path: () => '/api/audit/checkpoints?limit=2',
      expect: only(['auditor', 'admin']),
    },
    'POST audit checkpoint': {
      method: 'post',
      template: '/api/audit/checkpoints',
      path: () => '/api/audit/checkpoints',
      expect: only(['admin'], 201),
    },
    'GET audit checkpoint latest': {
      method: 'get',
      template: '/api/audit/checkpoints/latest',
      path: () => '/api/audit/checkpoints/latest',
      expect: only(['auditor', 'admin']),
    },
    'GET audit checkpoint': {
      method: 'get',
      template: '/api/audit/checkpoints/{seq}',
      path: () => `/api/audit/checkpoints/${sharedCheckpoint}`,
      expect: only(['auditor', 'admin']),
    },
    'GET audit checkpoint verify': {
      method: 'get',
      template: '/api/audit/checkpoints/{seq}/verify',
      path: () => `/api/audit/checkpoints/${sharedCheckpoint}/verify`,
      expect: only(['auditor', 'admin']),
    },
    'POST audit checkpoint signature': {
      method: 'post',
      template: '/api/audit/checkpoints/{seq}/signature',
      path: (f) => `/api/audit/checkpoints/${f.checkpointSeq}/signature`,
      prepare: signableCheckpoint,
      body: () => ({ keyId: auditKeyId, signature: checkpointSignature }),
      expect: only(['admin']),
    },
    'GET audit signing keys': {
      method: 'get',
      template: '/api/audit/signing-keys',
      path: () => '/api/audit/signing-keys',
      expect: only(['auditor', 'admin']),
    },
    'POST audit signing key': {
      method: 'post',
      template: '/api/audit/signing-keys',
      path: () => '/api/audit/signing-keys',
      body: () => ({
        publicKey: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        label: '矩阵',
      }),
      expect: only(['admin'], 201),
    },
    'GET audit bundle': {
      method: 'get',
      template: '/api/audit/bundles',
      path: (f) => `/api/audit/bundles?instanceId=${f.instanceId}`,
      expect: only(['auditor', 'admin']),
    },
    'POST audit verification run': {
      method: 'post',
      template: '/api/audit/verification-runs',
      path: () => '/api/audit/verification-runs',
      expect: only(['admin'], 201),
    },
    'GET audit verification runs': {
      method: 'get',
      template: '/api/audit/verification-runs',
      path: () => '/api/audit/verification-runs?limit=5',
      expect: only(['auditor', 'admin']),
    },
    'GET audit incidents': {
      method: 'get',
      template: '/api/audit/incidents',
      path: () => '/api/audit/incidents?limit=5',
      expect: only(['auditor', 'admin']),
    },
    'GET audit ledger': {
      method: 'get',
      template: '/api/audit/ledger',
      path: () => '/api/audit/ledger?from=2026-03-01&to=2026-03-01',
      // The demo leader heads 业务拓展部 and reads its ledger (ledger.spec.ts: only its own).
      expect: only(['leader', 'auditor', 'admin']),
    },
    'GET audit ledger assessment': {
      method: 'get',
      template: '/api/audit/ledger/assessment',
      path: () => '/api/audit/ledger/assessment?month=2026-03',
      // The demo leader heads 业务拓展部 and reads its ledger (ledger.spec.ts: only its own).
      expect: only(['leader', 'auditor', 'admin']),
    },
    'GET audit analytics of a version': {
      method: 'get',
      template: '/api/audit/analytics/{definitionKey}/versions/{version}',
      path: () => '/api/audit/analytics/weekly-report/versions/1',
      expect: only(['auditor', 'admin']),
    },
    'GET calendars': { method: 'get', template: '/api/calendars', path: () => '/api/calendars', expect: everyone() },
    'GET calendar': {
      method: 'get',
      template: '/api/calendars/{key}',
      path: () => '/api/calendars/mon-fri',
      expect: everyone(),
    },
    'PUT calendar': {
      method: 'put',
      template: '/api/calendars/{key}',
      path: () => `/api/calendars/${matrixCalendar}`,
      body: calendarBody,
      expect: only(['admin']),
    },
    'POST calendar exception': {
      method: 'post',
      template: '/api/calendars/{key}/exceptions',
      path: () => `/api/calendars/${matrixCalendar}/exceptions`,
      body: () => ({ kind: 'extra', from: '2300-01-02', reason: '矩阵' }),
      expect: only(['admin'], 201),
    },
    'DELETE calendar exception': {
      method: 'delete',
      template: '/api/calendars/{key}/exceptions/{id}',
      path: (f) => `/api/calendars/${matrixCalendar}/exceptions/${f.exceptionId}`,
      prepare: freshException,
      expect: only(['admin'], 204),
    },
    'GET calendar days': {
      method: 'get',
      template: '/api/calendars/{key}/days',
      path: () => '/api/calendars/mon-fri/days?from=2026-10-01&to=2026-10-31',
      expect: everyone(),
    },
    'GET schedules': {
      method: 'get',
      template: '/api/schedules',
      path: () => '/api/schedules',
      expect: everyone(),
    },
    'GET schedules of a definition': {
      method: 'get',
      template: '/api/schedules/{key}',
      path: () => `/api/schedules/${scheduleKey}`,
      expect: everyone(),
    },
    'POST schedule pause': {
      method: 'post',
      template: '/api/schedules/{key}/{schedule}/pause',
      path: () => `/api/schedules/${scheduleKey}/weekly/pause`,
      expect: only(['owner', 'admin']),
    },
    'POST schedule resume': {
      method: 'post',
      template: '/api/schedules/{key}/{schedule}/resume',
      path: () => `/api/schedules/${scheduleKey}/weekly/resume`,
      expect: only(['owner', 'admin']),
    },
    'POST schedule run now': {
      method: 'post',
      template: '/api/schedules/{key}/{schedule}/run',
      path: () => `/api/schedules/${scheduleKey}/weekly/run`,
      expect: only(['owner', 'admin']),
    },
    'GET schedule runs': {
      method: 'get',
      template: '/api/schedules/{key}/{schedule}/runs',
      path: () => `/api/schedules/${scheduleKey}/weekly/runs`,
      expect: only(['owner', 'auditor', 'admin']),
    },
  };

  beforeAll(async () => {
    t = await startTestApp();
    await publishSpec(t, key, matrixSpec(key, ['staff']));
    await publishSpec(t, openKey, matrixSpec(openKey));
    await publishSpec(t, publishKey, matrixSpec(publishKey));
    await publishSpec(t, approvalKey, purchaseApprovalSpec(approvalKey));
    await publishSpec(t, scheduleKey, scheduledMatrixSpec(scheduleKey));
    await publishSpec(t, migrateKey, matrixSpec(migrateKey));
    const second = matrixSpec(migrateKey) as { meta: { title: Record<string, string> } };
    second.meta.title = { zh: '权限矩阵（第二版）', en: 'Authorization matrix (v2)' };
    await publishSpec(t, migrateKey, second);
    shared = await startInstance();
    const bound = await startInstance();
    const upload = await request(t.http)
      .post('/api/attachments')
      .set(await t.auth('leader'))
      .set('Content-Type', 'application/pdf')
      .set('X-Filename', 'decision.pdf')
      .send(files.pdf())
      .expect(201);
    attachmentId = upload.body.id;
    const { id, sha256, filename, contentType, size } = upload.body;
    await request(t.http)
      .post(`/api/tasks/${bound.taskId}/complete`)
      .set(await t.auth('leader'))
      .send({ outcome: 'APPROVE', data: { decision: { attachmentId: id, sha256, filename, contentType, size } } })
      .expect(200);
    expired = await t.expiredToken('admin', ['admin']);
    await request(t.http)
      .post('/api/users')
      .set(await t.auth('admin'))
      .send({ username: managed, displayName: '矩阵用户', password: 'matrix-password', roles: ['staff'] })
      .expect(201);
    const department = await request(t.http)
      .post('/api/departments')
      .set(await t.auth('admin'))
      .send({ code: `matrix-dept-${run}`, name: { zh: '矩阵部', en: 'Matrix department' } })
      .expect(201);
    sharedDepartment = department.body.id;
    sharedCheckpoint = (
      await request(t.http)
        .post('/api/audit/checkpoints')
        .set(await t.auth('admin'))
        .expect(201)
    ).body.seq;
    await request(t.http)
      .put(`/api/calendars/${matrixCalendar}`)
      .set(await t.auth('admin'))
      .send(calendarBody())
      .expect(200);
    for (const role of ROLES) await t.token(role);
    const db = t.app.get(DataSource);
    for (const mixed of MIXED) {
      const [, role] = mixed.split('+');
      const username = `matrix-${role}-auditor-${run}`;
      await request(t.http)
        .post('/api/users')
        .set(await t.auth('admin'))
        .send({ username, displayName: mixed, password: 'matrix-password', roles: [role] })
        .expect(201);
      await db.query(`INSERT INTO user_roles (user_id, role) SELECT id, 'auditor' FROM users WHERE username = $1`, [
        username,
      ]);
      const token = await t.login(username, 'matrix-password');
      extraTokens.set(mixed, token);
    }
    const jwt = t.app.get(JwtService);
    extraTokens.set(
      'ghost without roles',
      await jwt.signAsync({ sub: `ghost-${run}`, name: 'ghost', roles: [], tv: 0 }),
    );
    extraTokens.set(
      'ghost admin',
      await jwt.signAsync({ sub: `ghost-${run}`, name: 'ghost', roles: ['admin'], tv: 0 }),
    );
  }, SETUP_TIMEOUT);
  afterAll(() => t?.close());

  it('covers every route of the OpenAPI document', async () => {
    const doc = await request(t.http).get('/api/docs-json').expect(200);
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`),
    );
    const covered = new Set(Object.values(ROUTES).map((r) => `${r.method} ${r.template}`));
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
  });

  it('gives the mixed-role users both roles in their tokens', async () => {
    const me = await request(t.http)
      .get('/api/users/me')
      .set('Authorization', `Bearer ${extraTokens.get('auditor+admin')}`)
      .expect(200);
    expect([...me.body.roles].sort()).toEqual(['admin', 'auditor']);
  });

  const cells = Object.entries(ROUTES).flatMap(([name, route]) =>
    WHO.map((who) => [name, who, expected(route, who)] as const),
  );

  it.each(cells)('%s as %s -> %i', async (name, who, status) => {
    const route = ROUTES[name];
    const fixture = route.prepare ? await route.prepare() : shared;
    const req = request(t.http)[route.method](route.path(fixture, who));
    if (route.headers) req.set(route.headers);
    if (who === 'expired token') req.set('Authorization', `Bearer ${expired}`);
    else if (isMixed(who) || isGhost(who)) req.set('Authorization', `Bearer ${extraTokens.get(who)}`);
    else if (who !== 'no token') req.set(await t.auth(who));
    const res = await (route.body ? req.send(route.body(who) as object) : req);
    expect({ status: res.status, body: res.status === status ? 'as expected' : res.body }).toEqual({
      status,
      body: 'as expected',
    });
    if (status >= 400) expect(res.body.statusCode).toBe(status);
  });

  describe('auditor is held alone', () => {
    const auditorExclusive = {
      reason: 'auditor-exclusive',
      errors: [{ path: '/roles', message: expect.stringContaining('auditor'), code: 'auditor-exclusive' }],
    };

    it.each(['admin', 'owner', 'leader', 'staff'])(
      'refuses to create a user holding auditor and %s (422)',
      async (role) => {
        const username = `matrix-mix-${role}-${run}`;
        const res = await request(t.http)
          .post('/api/users')
          .set(await t.auth('admin'))
          .send({ username, displayName: '混合', password: 'matrix-password', roles: ['auditor', role] })
          .expect(422);
        expect(res.body.details).toEqual(auditorExclusive);
        await request(t.http)
          .get(`/api/users/${username}`)
          .set(await t.auth('admin'))
          .expect(404);
      },
    );

    it('refuses to give auditor to a user holding another role, and leaves the roles unchanged', async () => {
      const res = await request(t.http)
        .patch(`/api/users/${managed}`)
        .set(await t.auth('admin'))
        .send({ roles: ['staff', 'auditor'], displayName: '不应改变' })
        .expect(422);
      expect(res.body.details).toEqual(auditorExclusive);
      const user = await request(t.http)
        .get(`/api/users/${managed}`)
        .set(await t.auth('admin'))
        .expect(200);
      expect(user.body.roles).toEqual(['staff']);
      expect(user.body.displayName).toBe('矩阵用户');
    });

    it('still creates an auditor alone', async () => {
      await request(t.http)
        .post('/api/users')
        .set(await t.auth('admin'))
        .send({
          username: `matrix-auditor-${run}`,
          displayName: '审计',
          password: 'matrix-password',
          roles: ['auditor'],
        })
        .expect(201);
    });
  });
});
